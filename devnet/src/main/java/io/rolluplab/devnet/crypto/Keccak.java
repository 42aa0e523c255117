package io.rolluplab.devnet.crypto;

import org.bouncycastle.crypto.digests.KeccakDigest;

/**
 * Keccak-256, Ethereum's hash (the original Keccak padding, not NIST SHA3-256).
 *
 * <p>Each thread reuses one {@link KeccakDigest} ({@code doFinal} resets it): building a digest
 * costs about as much as hashing 64 bytes with it, and the state trees hash pairs of 32-byte nodes
 * millions of times.
 */
public final class Keccak {
  private static final ThreadLocal<KeccakDigest> DIGEST = ThreadLocal.withInitial(() -> new KeccakDigest(256));
  /** keccak256 of the empty string: the code hash of an account without code. */
  public static final byte[] EMPTY = hash(new byte[0]);

  private Keccak() {}

  public static byte[] hash(final byte[] data) {
    return hash(data, 0, data.length);
  }

  public static byte[] hash(final byte[] data, final int offset, final int length) {
    final KeccakDigest digest = DIGEST.get();
    digest.update(data, offset, length);
    final byte[] out = new byte[32];
    digest.doFinal(out, 0);
    return out;
  }
}
