package io.rolluplab.rollup.batcher;

import io.rolluplab.devnet.crypto.Keccak;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

/**
 * The batcher's own L1 key. In the optimistic rollup batch i is the batcher's transaction with
 * nonce {@code firstBatcherNonce + i} (L2-RULES.md §2.2), so the batcher's account must send
 * nothing but batches: it cannot share the operator's key, which also proposes, finalizes and
 * funds. The OP Stack gives its batcher a key of its own for the same reason.
 *
 * <p>Derived from the operator's key (keccak256 of a label and that key), so the flags stay as they
 * are and a restart with the same {@code --l1-key} finds the same batcher.
 */
public final class BatcherKey {
  private static final byte[] LABEL = "rollup-lab batcher key".getBytes(StandardCharsets.US_ASCII);

  private BatcherKey() {}

  /** The batcher key that belongs to {@code operator}. */
  public static Credentials of(final Credentials operator) {
    final byte[] operatorKey = Numeric.toBytesPadded(operator.getEcKeyPair().getPrivateKey(), 32);
    final byte[] input = new byte[LABEL.length + operatorKey.length];
    System.arraycopy(LABEL, 0, input, 0, LABEL.length);
    System.arraycopy(operatorKey, 0, input, LABEL.length, operatorKey.length);
    // a hash is below the curve order n except with probability about 2^-128; reduce it anyway
    final BigInteger key = new BigInteger(1, Keccak.hash(input)).mod(Sign.CURVE_PARAMS.getN().subtract(BigInteger.ONE))
        .add(BigInteger.ONE);
    return Credentials.create(ECKeyPair.create(key));
  }
}
