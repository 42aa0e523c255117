package io.rolluplab.web.l2;

import io.rolluplab.rollup.state.Bytes32;

/**
 * One step of a Merkle proof walked up from the leaf: at {@code depth} the path goes left or right
 * by bit {@code depth} of the key, and the parent is the hash of the path's node and its sibling.
 *
 * @param right true when the key's bit is 1: the path's node is the right child, the sibling the left
 * @param sibling the other child's hash, zero on a single-child level (not sent in the proof)
 * @param parent the hash this step computes: {@code H(node ‖ sibling)} or {@code H(sibling ‖ node)}
 */
public record ProofLevel(int depth, boolean right, Bytes32 sibling, Bytes32 parent) {}
