package io.rolluplab.devnet.evm.precompile;

import io.rolluplab.devnet.crypto.Keccak;
import java.math.BigInteger;
import org.web3j.crypto.ECDSASignature;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

/**
 * 0x01: recovers the address that signed a message hash (Frontier). Input: hash, v, r, s, each a
 * 32-byte word. Output: the signer's address left-padded to 32 bytes.
 *
 * <p>A bad signature is not an error here: the call succeeds with empty output, and the calling
 * contract sees "no signer". The yellow paper's conditions are v ∈ {27, 28} as a whole word (no
 * EIP-155 chain ids) and r, s in [1, n − 1]; unlike transaction signatures, a high s is allowed.
 */
public final class EcRecover implements Precompile {
  private static final BigInteger CURVE_ORDER = Sign.CURVE_PARAMS.getN();
  private static final byte[] NO_SIGNER = new byte[0];

  @Override
  public String name() {
    return "ecrecover";
  }

  @Override
  public long gasCost(final byte[] input) {
    return 3000;
  }

  @Override
  public PrecompileResult run(final byte[] input) {
    final BigInteger v = Words.unsigned(input, 32, Words.SIZE);
    final BigInteger r = Words.unsigned(input, 64, Words.SIZE);
    final BigInteger s = Words.unsigned(input, 96, Words.SIZE);
    if (!isValidV(v) || !isScalar(r) || !isScalar(s)) {
      return PrecompileResult.ok(NO_SIGNER);
    }
    final byte[] hash = Words.read(input, 0, Words.SIZE);
    final BigInteger publicKey = recover(v.intValue() - 27, new ECDSASignature(r, s), hash);
    if (publicKey == null || publicKey.signum() == 0) {
      return PrecompileResult.ok(NO_SIGNER);
    }
    final byte[] keyHash = Keccak.hash(Numeric.toBytesPadded(publicKey, 64));
    final byte[] out = new byte[Words.SIZE];
    System.arraycopy(keyHash, 12, out, 12, 20);
    return PrecompileResult.ok(out);
  }

  /**
   * web3j returns null for most unrecoverable signatures but throws when r is not the x of any
   * curve point; both mean "no signer".
   */
  private static BigInteger recover(final int recId, final ECDSASignature sig, final byte[] hash) {
    try {
      return Sign.recoverFromSignature(recId, sig, hash);
    } catch (final RuntimeException notOnCurve) {
      return null;
    }
  }

  private static boolean isValidV(final BigInteger v) {
    return v.equals(BigInteger.valueOf(27)) || v.equals(BigInteger.valueOf(28));
  }

  private static boolean isScalar(final BigInteger value) {
    return value.signum() > 0 && value.compareTo(CURVE_ORDER) < 0;
  }
}
