/**
 * Ethereum's Merkle Patricia Trie, the structure behind the state, storage, transactions and
 * receipts roots.
 *
 * <ol>
 *   <li>{@link MerklePatriciaTrie}: put / get / remove / rootHash / proof.
 *   <li>{@code NibblePath}: a key as hex digits, one per trie level.
 *   <li>{@code Leaf}, {@code Extension}, {@code Branch}: the three node kinds, each with its own
 *       put / get / remove; {@code Node} holds what they share (encoding, hash, references).
 *   <li>{@code HexPrefix}: how a leaf or extension stores its piece of path.
 *   <li>{@link SecureTrie} (keys hashed, for state and storage) and {@link OrderedTrie} (keys
 *       RLP(index), for transactions and receipts).
 * </ol>
 *
 * <p>Invariant: equal contents give one shape and so one root, whatever the order of updates. The
 * tests check it against a trie rebuilt from scratch.
 */
package io.rolluplab.devnet.trie;
