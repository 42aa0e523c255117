package io.rolluplab.rollup.proposer;

import io.rolluplab.rollup.state.Bytes32;

/**
 * A batch the operator's batcher withholds (teaching fault): what the operator's proposer claims
 * about it all the same, from the sequencer's own blocks rather than from L1.
 *
 * @param postRoot the sequencer's state root after the batch
 */
public record WithheldBatch(long index, Bytes32 dataHash, long itemCount, long depositCount, Bytes32 postRoot) {}
