package io.rolluplab.rollup.l1;

import io.rolluplab.rollup.state.Bytes32;

/**
 * An L1 block as the rollup sees it: where it is and when it was sealed. Its timestamp is the L1
 * clock on which challenge windows and deadlines are measured.
 *
 * @param timestamp seconds since 1970, as {@code block.timestamp} in Solidity
 */
public record L1Block(long number, Bytes32 hash, long timestamp) {}
