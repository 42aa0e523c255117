/**
 * The L2 state (L2-RULES.md §1): one compressed sparse Merkle tree over 256-bit keys whose root is
 * all L1 ever sees of L2.
 *
 * <ol>
 *   <li>Leaves: a 256-bit key and a non-zero 32-byte value; zero means "no leaf". A leaf, once
 *       written, is never removed.
 *   <li>{@link io.rolluplab.rollup.state.Account} leaves: key = {@code H(address)}, value =
 *       {@code H(address ‖ uint256 balance ‖ uint64 nonce)}, zero for an empty account.
 *   <li>{@link io.rolluplab.rollup.state.Withdrawal} leaves: key = value = the withdrawal's hash;
 *       paid on L1 at most once.
 *   <li>Hashes: an empty subtree is 0, a subtree of one leaf is {@code H(0x01 ‖ key ‖ value)}
 *       wherever it sits, one of two or more leaves is {@code H(left ‖ right)}; so a path is only
 *       about log2(number of leaves) levels long, and
 *       {@link io.rolluplab.rollup.state.SparseMerkleTree} stores one node per leaf and one per
 *       place where paths part.
 *   <li>Paths: bit 255 of the key (the most significant) decides at the root, then downwards.
 *   <li>{@link io.rolluplab.rollup.state.CompactProof}: the path of one key down to where it ends
 *       (a bitmap of the non-zero siblings and only those), and what sits there: nothing, the key's
 *       own leaf, or another leaf (the key is absent). Updates and insertions work from the proof
 *       alone, as on L1.
 * </ol>
 *
 * <p>{@code mini-rollup/contracts/L2State.sol} hashes the same way, bit for bit.
 */
package io.rolluplab.rollup.state;
