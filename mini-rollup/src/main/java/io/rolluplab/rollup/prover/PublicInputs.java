package io.rolluplab.rollup.prover;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.rollup.state.Bytes32;
import java.nio.ByteBuffer;

/**
 * What a proof of one batch is about, and all L1 learns from it (L2-RULES.md §4): from state
 * {@code preRoot}, transactions that change exactly the leaves of the state diff hashing to
 * {@code dataHash}, consuming the deposits up to queue hash {@code depositQueueHash}, lead to state
 * {@code postRoot}. Everything else (the transactions themselves, their signatures, the Merkle
 * paths) stays in the witness.
 *
 * @param dataHash the hash of the batch's state diff (L2-RULES.md §5)
 */
public record PublicInputs(Bytes32 preRoot, Bytes32 postRoot, Bytes32 dataHash, Bytes32 depositQueueHash) {

  /** {@code H(abi.encode(preRoot, postRoot, diffHash, depositQueueHash))}: what {@code ZkRollup.proveBatch} hashes. */
  public Bytes32 hash() {
    final ByteBuffer encoded = ByteBuffer.allocate(4 * Bytes32.SIZE).put(preRoot.toArray()).put(postRoot.toArray())
        .put(dataHash.toArray()).put(depositQueueHash.toArray());
    return Bytes32.wrap(Keccak.hash(encoded.array()));
  }

  /** The same statement about another post-state root. */
  public PublicInputs withPostRoot(final Bytes32 root) {
    return new PublicInputs(preRoot, root, dataHash, depositQueueHash);
  }
}
