/**
 * The L2 state (L2-RULES.md §1): one binary sparse Merkle tree of depth 256 whose root is all L1
 * ever sees of L2.
 *
 * <ol>
 *   <li>Leaves: a 256-bit key and a 32-byte value; zero means empty.
 *   <li>{@link io.rolluplab.rollup.state.Account} leaves: key = the address, value =
 *       {@code H(address ‖ uint256 balance ‖ uint64 nonce)}, zero for an empty account.
 *   <li>{@link io.rolluplab.rollup.state.Withdrawal} leaves: key = value = the withdrawal's hash;
 *       written once, never removed, paid on L1 at most once.
 *   <li>Interior nodes: {@code node(0, 0) = 0}, else {@code H(l ‖ r)}; so the empty tree's root is
 *       zero and {@link io.rolluplab.rollup.state.SparseMerkleTree} stores only non-zero nodes.
 *   <li>Paths: bit 255 of the key decides at the root, bit 0 next to the leaf.
 *   <li>{@link io.rolluplab.rollup.state.CompactProof}: a bitmap of the non-zero siblings and only
 *       those; updating a leaf = verify the old value, recompute with the new one.
 * </ol>
 *
 * <p>{@code mini-rollup/contracts/L2State.sol} hashes the same way, bit for bit.
 */
package io.rolluplab.rollup.state;
