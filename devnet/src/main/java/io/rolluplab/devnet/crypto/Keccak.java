package io.rolluplab.devnet.crypto;

import org.bouncycastle.crypto.digests.KeccakDigest;

/**
 * Keccak-256, Ethereum's hash (the original Keccak padding, not NIST SHA3-256).
 *
 * <p>The static helper allocates a digest per call, which is fine off the hot path; the EVM keeps
 * one {@link KeccakDigest} per interpreter and reuses it for the KECCAK256 opcode.
 */
public final class Keccak {
  /** keccak256 of the empty string: the code hash of an account without code. */
  public static final byte[] EMPTY = hash(new byte[0]);

  private Keccak() {}

  public static byte[] hash(final byte[] data) {
    return hash(data, 0, data.length);
  }

  public static byte[] hash(final byte[] data, final int offset, final int length) {
    final KeccakDigest digest = new KeccakDigest(256);
    digest.update(data, offset, length);
    final byte[] out = new byte[32];
    digest.doFinal(out, 0);
    return out;
  }
}
