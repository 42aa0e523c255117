package io.rolluplab.rollup.l2tx;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.crypto.secp256k1.Secp256k1;
import java.math.BigInteger;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.Sign;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.utils.Numeric;

/**
 * Signs L2 transfers as a wallet does, and gives the same bytes as web3j's
 * {@link TransactionEncoder#signMessage(RawTransaction, long, org.web3j.crypto.Credentials)}: the same
 * deterministic nonce (RFC 6979 with HMAC-SHA256) and the same low s (EIP-2).
 *
 * <p>Why not web3j then: an ECDSA signature is (r, s), but Ethereum also wants the parity of the
 * point R = k·G, so that ecrecover needs no guessing. web3j's signer does not keep R, and finds the
 * parity by recovering the public key from the signature for each candidate until one matches: two
 * or three times the work of signing. {@link Secp256k1#sign}, the devnet's own curve arithmetic,
 * computes R on the way, so its parity is known.
 */
public final class L2Signer {
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
    final Secp256k1.RecoverableSignature signature = Secp256k1.sign(hash, key.getPrivateKey());
    return new Sign.SignatureData((byte) (27 + signature.recoveryId()), Numeric.toBytesPadded(signature.r(), 32),
        Numeric.toBytesPadded(signature.s(), 32));
  }
}
