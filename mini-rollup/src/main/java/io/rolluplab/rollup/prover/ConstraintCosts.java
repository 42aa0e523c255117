package io.rolluplab.rollup.prover;

/**
 * Rough sizes, in R1CS constraints, of what a circom circuit for our L2 rules would spend on each
 * check: an estimate for the UI, not a circuit. The two big figures come from public circom
 * libraries; the small ones are the usual bit decompositions and are rough.
 *
 * <p>The lesson in these numbers: keccak is expensive inside a circuit, and our state tree hashes
 * with it. A circuit has a fixed shape: it cannot stop where a {@code CompactProof}'s path ends, so
 * it is built for the deepest path the tree allows, 256 levels, and every Merkle path costs 256
 * permutations, about 39 million constraints. This is why
 * zk rollups keep their state in trees hashed with circuit-friendly hashes (Poseidon: about 240
 * constraints per 2-to-1 hash in circomlib) and verify ECDSA once per batch, or not at all.
 */
final class ConstraintCosts {
  /**
   * One keccak-f[1600] permutation, i.e. keccak-256 of up to 135 bytes: 150,848 constraints
   * (vocdoni/keccak256-circom's README).
   */
  static final long KECCAK_PERMUTATION = 150_848;
  /**
   * One secp256k1 ECDSA verification (r, s, message hash, public key): about 1.5 million
   * constraints (0xPARC circom-ecdsa, {@code ECDSAVerifyNoPubkeyCheck(64, 4)}); recovering the key
   * from the signature costs about as much again, so we count it once and call it rough.
   */
  static final long ECDSA_VERIFY = 1_500_000;
  /** Comparing or range-checking one 256-bit number: a bit decomposition, about 256 (rough). */
  static final long COMPARE_256 = 256;
  /** Adding or subtracting 256-bit numbers with an overflow check (rough). */
  static final long ADD_256 = 2 * COMPARE_256;
  /** Parsing a transaction's RLP and its fields out of the batch bytes (rough, a few thousand). */
  static final long RLP_DECODE = 5_000;
  /** A leaf of the state tree: the account's hash (60 bytes), then the leaf node H(key ‖ value). */
  static final long LEAF_HASH = keccak(60) + keccak(64);
  /** One Merkle path of the depth-256 tree: 256 node hashes of 64 bytes, one permutation each. */
  static final long MERKLE_PATH = 256 * KECCAK_PERMUTATION;
  /** Updating one leaf: its old value's path checked against the root, its new value's path hashed up. */
  static final long LEAF_UPDATE = 2 * (LEAF_HASH + MERKLE_PATH);

  private ConstraintCosts() {}

  /** keccak-256 of {@code bytes} bytes: one permutation per 136-byte block, padding included. */
  static long keccak(final long bytes) {
    return KECCAK_PERMUTATION * (bytes / 136 + 1);
  }
}
