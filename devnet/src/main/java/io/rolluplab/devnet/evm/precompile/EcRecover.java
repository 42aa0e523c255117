package io.rolluplab.devnet.evm.precompile;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.crypto.secp256k1.Secp256k1;
import java.math.BigInteger;

/**
 * 0x01: recovers the address that signed a message hash (Frontier). Input: hash, v, r, s, each a
 * 32-byte word. Output: the signer's address left-padded to 32 bytes.
 *
 * <p>A bad signature is not an error here: the call succeeds with empty output, and the calling
 * contract sees "no signer". The yellow paper's conditions are v ∈ {27, 28} as a whole word (no
 * EIP-155 chain ids) and r, s in [1, n − 1]; unlike transaction signatures, a high s is allowed.
 * The curve arithmetic is the project's own {@link Secp256k1} (web3j's gives the same answers for
 * about 1.8 times the CPU): every L2 transfer's sender is recovered here.
 */
public final class EcRecover implements Precompile {
  private static final BigInteger CURVE_ORDER = Secp256k1.N;
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
    final byte[] publicKey = Secp256k1.recoverPublicKey(hash, v.intValue() - 27, r, s);
    if (publicKey == null) {
      return PrecompileResult.ok(NO_SIGNER);
    }
    final byte[] keyHash = Keccak.hash(publicKey);
    final byte[] out = new byte[Words.SIZE];
    System.arraycopy(keyHash, 12, out, 12, 20);
    return PrecompileResult.ok(out);
  }

  private static boolean isValidV(final BigInteger v) {
    return v.equals(BigInteger.valueOf(27)) || v.equals(BigInteger.valueOf(28));
  }

  private static boolean isScalar(final BigInteger value) {
    return value.signum() > 0 && value.compareTo(CURVE_ORDER) < 0;
  }
}
