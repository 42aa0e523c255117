package io.rolluplab.rollup.l2tx;

import io.rolluplab.devnet.crypto.Keccak;
import java.math.BigInteger;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.Sign;
import org.web3j.crypto.TransactionEncoder;

/**
 * Signs L2 transfers as a wallet does, and gives the same bytes as web3j's
 * {@link TransactionEncoder#signMessage(RawTransaction, long, org.web3j.crypto.Credentials)}: the same
 * deterministic nonce (RFC 6979 with HMAC-SHA256) and the same low s (EIP-2).
 *
 * <p>Why not web3j then: an ECDSA signature is (r, s), but Ethereum also wants the parity of the
 * point R = k·G, so that ecrecover needs no guessing. web3j's signer does not keep R, and finds the
 * parity by recovering the public key from the signature for each candidate until one matches: two
 * or three times the work of signing. Here R is computed on the way, so its parity is known.
 */
public final class L2Signer {
  private static final BigInteger N = Sign.CURVE_PARAMS.getN();
  private static final BigInteger HALF_N = N.shiftRight(1);
  private static final ECPoint G = Sign.CURVE_PARAMS.getG();
  private static final FixedPointCombMultiplier MULTIPLIER = new FixedPointCombMultiplier();
  private static final BigInteger EIP155_V_BASE = BigInteger.valueOf(35);

  private L2Signer() {}

  /** The signed transaction: EIP-1559 with its own chain id, or legacy with {@code chainId} per EIP-155. */
  public static byte[] sign(final RawTransaction tx, final long chainId, final ECKeyPair key) {
    if (tx.getType().isEip1559()) {
      final Sign.SignatureData signature = sign(Keccak.hash(TransactionEncoder.encode(tx)), key);
      return TransactionEncoder.encode(tx, signature);
    }
    final Sign.SignatureData signature = sign(Keccak.hash(TransactionEncoder.encode(tx, chainId)), key);
    final BigInteger v = BigInteger.valueOf(chainId).shiftLeft(1).add(EIP155_V_BASE)
        .add(BigInteger.valueOf(signature.getV()[0] - 27));
    return TransactionEncoder.encode(tx, new Sign.SignatureData(v.toByteArray(), signature.getR(), signature.getS()));
  }

  /** ECDSA over secp256k1 of a 32-byte hash, with v = 27 + the parity of R's y (after making s low). */
  public static Sign.SignatureData sign(final byte[] hash, final ECKeyPair key) {
    final BigInteger d = key.getPrivateKey();
    final BigInteger e = new BigInteger(1, hash);
    final HMacDSAKCalculator nonces = new HMacDSAKCalculator(new SHA256Digest());
    nonces.init(N, d, hash);
    while (true) {
      final BigInteger k = nonces.nextK();
      final ECPoint point = MULTIPLIER.multiply(G, k).normalize();
      final BigInteger x = point.getAffineXCoord().toBigInteger();
      final BigInteger r = x.mod(N);
      BigInteger s = k.modInverse(N).multiply(e.add(d.multiply(r))).mod(N);
      if (r.signum() == 0 || s.signum() == 0 || x.compareTo(N) >= 0) {
        continue; // r or s zero, or an x that v cannot describe: odds about 2^-128, take the next k
      }
      boolean yOdd = point.getAffineYCoord().testBitZero();
      if (s.compareTo(HALF_N) > 0) {
        s = N.subtract(s); // EIP-2: the low s, which is the signature of -R: its y has the other parity
        yOdd = !yOdd;
      }
      return new Sign.SignatureData((byte) (yOdd ? 28 : 27), word(r), word(s));
    }
  }

  private static byte[] word(final BigInteger value) {
    final byte[] bytes = value.toByteArray();
    final byte[] word = new byte[32];
    final int length = Math.min(bytes.length, 32);
    System.arraycopy(bytes, bytes.length - length, word, 32 - length, length);
    return word;
  }
}
