// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title L2State: the rollup's state tree as L1 sees it (L2-RULES.md §1)
/// @notice The whole L2 state is one compressed sparse Merkle tree over 256-bit keys. L1 never
/// stores it: it only stores roots, and checks and updates single leaves with proofs. The Java side
/// (io.rolluplab.rollup.state) builds the same tree with the same hashing, bit for bit.
/// @dev A subtree without leaves hashes to 0, a subtree with one leaf (k, v) to leafNode(k, v) =
/// H(0x01 ‖ k ‖ v) wherever it sits, a subtree with two or more to H(left ‖ right). Paths read the
/// key from its most significant bit down. So a path ends as soon as it holds one leaf, about
/// log2(number of leaves) levels down, and a proof only walks those levels.
library L2State {
    /// @notice The proof of one key K: its path from the root down to where it ends, and what sits there.
    /// @param depth d: the first depth where the node on K's path holds at most one leaf
    /// @param bitmap bit i (i < d) set when the sibling at depth i is non-zero
    /// @param siblings the non-zero siblings only, the deepest (nearest the end) first
    /// @param otherKey with otherValue: the leaf at the end when it is not K's own, proving that K
    /// is absent; both zero when the end is K's own leaf or nothing
    /// @param otherValue non-zero exactly when there is such another leaf
    struct Proof {
        uint16 depth;
        uint256 bitmap;
        bytes32[] siblings;
        uint256 otherKey;
        bytes32 otherValue;
    }

    /// @notice A proof is not the canonical proof of `key` (L2-RULES.md §1.3), or does not lead to
    /// the expected root.
    error InvalidProof(uint256 key);
    /// @notice A write would remove a leaf; the rules never do (L2-RULES.md §1.1).
    error LeafRemoval(uint256 key);

    /// @notice The root of a tree in which `key` holds `value` (zero = absent) and everything else is
    /// as `proof` says. Reverts with InvalidProof if the proof is not canonical for them.
    function computeRoot(uint256 key, bytes32 value, Proof calldata proof) internal pure returns (bytes32) {
        requireCanonical(key, value, proof);
        bytes32 end;
        if (value != 0) {
            end = leafNode(key, value);
        } else if (proof.otherValue != 0) {
            end = leafNode(proof.otherKey, proof.otherValue);
        }
        return walkUp(key, end, proof.depth, proof);
    }

    /// @notice True when `proof` shows that `key` holds `value` (zero = absent) under `root`.
    /// Reverts with InvalidProof if the proof is not canonical.
    function verify(bytes32 root, uint256 key, bytes32 value, Proof calldata proof) internal pure returns (bool) {
        return computeRoot(key, value, proof) == root;
    }

    /// @notice Writes `newValue` at `key` from its proof alone: checks `oldValue` against `root`, then
    /// puts the new leaf where the path ends: in place of the key's own leaf, into the empty end, or,
    /// when another leaf sits there, below the first depth where the two keys differ (a split).
    /// @return the root after the write; reverts with InvalidProof if the old value does not verify,
    /// with LeafRemoval if a leaf would be removed
    function update(bytes32 root, uint256 key, bytes32 oldValue, bytes32 newValue, Proof calldata proof)
        internal
        pure
        returns (bytes32)
    {
        if (!verify(root, key, oldValue, proof)) revert InvalidProof(key);
        if (newValue == 0) {
            if (oldValue != 0) revert LeafRemoval(key);
            return root; // no leaf before, none after
        }
        bytes32 leaf = leafNode(key, newValue);
        if (proof.otherValue == 0) {
            return walkUp(key, leaf, proof.depth, proof); // the siblings stay the same
        }
        // a split: both leaves go down to the first depth where their keys differ (verify made sure
        // that they differ and share the first `depth` bits)
        uint256 s = proof.depth;
        while (bit(key, s) == bit(proof.otherKey, s)) ++s;
        bytes32 other = leafNode(proof.otherKey, proof.otherValue);
        bytes32 node = bit(key, s) == 0 ? hashPair(leaf, other) : hashPair(other, leaf);
        return walkUp(key, node, s, proof); // no bitmap bits at depths depth..s-1: sibling 0 there
    }

    /// @notice Hashes `node`, the subtree at depth `from` on `key`'s path, up to the root with the
    /// proof's siblings. Reverts with InvalidProof unless it uses each sibling exactly once and none
    /// of them is zero.
    function walkUp(uint256 key, bytes32 node, uint256 from, Proof calldata proof) private pure returns (bytes32) {
        uint256 bitmap = proof.bitmap;
        bytes32[] calldata siblings = proof.siblings;
        uint256 next;
        for (uint256 i = from; i > 0;) {
            unchecked {
                --i;
            }
            bytes32 sibling;
            if ((bitmap >> i) & 1 == 1) {
                sibling = siblings[next++]; // out of range reverts: too few siblings
                if (sibling == 0) revert InvalidProof(key);
            }
            node = bit(key, i) == 0 ? hashPair(node, sibling) : hashPair(sibling, node);
        }
        if (next != siblings.length) revert InvalidProof(key);
        return node;
    }

    /// @notice The checks of L2-RULES.md §1.3 that do not need the siblings themselves (walkUp checks
    /// their number and that none is zero).
    function requireCanonical(uint256 key, bytes32 value, Proof calldata proof) private pure {
        uint256 depth = proof.depth;
        // shifts by 256 or more give 0 in the EVM, so depth 0 and depth 256 need no special case
        if (depth > 256 || proof.bitmap >> depth != 0) revert InvalidProof(key);
        if (depth > 0 && (proof.bitmap >> (depth - 1)) & 1 == 0) revert InvalidProof(key);
        if (proof.otherValue == 0) {
            if (proof.otherKey != 0) revert InvalidProof(key);
        } else if (value != 0 || proof.otherKey == key || (proof.otherKey ^ key) >> (256 - depth) != 0) {
            revert InvalidProof(key);
        }
    }

    /// @notice Key bit `depth`, counted from the most significant: the side the path takes at that depth.
    function bit(uint256 key, uint256 depth) internal pure returns (uint256) {
        return (key >> (255 - depth)) & 1;
    }

    /// @notice The hash of a subtree that holds exactly one leaf: H(0x01 ‖ key ‖ value), 65 bytes,
    /// so it can never be mistaken for an interior node (64 bytes hashed).
    function leafNode(uint256 key, bytes32 value) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(bytes1(0x01), key, value));
    }

    /// @notice An interior node: H(left ‖ right).
    function hashPair(bytes32 left, bytes32 right) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            // hash the two words in Solidity's scratch space (0x00..0x3f) instead of allocating memory
            mstore(0x00, left)
            mstore(0x20, right)
            h := keccak256(0x00, 0x40)
        }
    }

    /// @notice An account's key: H(address), so that keys spread evenly over the tree.
    function accountKey(address account) internal pure returns (uint256) {
        return uint256(keccak256(abi.encodePacked(account)));
    }

    /// @notice An account's leaf value: H(address ‖ uint256 balance ‖ uint64 nonce), or zero for an
    /// empty account (no balance, nonce zero), which is therefore no leaf at all.
    function accountLeaf(address account, uint256 balance, uint64 nonce) internal pure returns (bytes32) {
        if (balance == 0 && nonce == 0) return 0;
        return keccak256(abi.encodePacked(account, balance, nonce));
    }

    /// @notice The hash that identifies a withdrawal; it is both the key and the value of its leaf.
    /// @param l2Nonce the sender's nonce before the withdrawal, so two equal withdrawals differ
    function withdrawalHash(address l2Sender, address l1Recipient, uint256 amount, uint256 l2Nonce)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(l2Sender, l1Recipient, amount, l2Nonce));
    }

    /// @notice True when the state `root` records the withdrawal `wHash` (what Bridge.finalizeWithdrawal checks).
    function hasWithdrawal(bytes32 root, bytes32 wHash, Proof calldata proof) internal pure returns (bool) {
        return wHash != 0 && verify(root, uint256(wHash), wHash, proof);
    }
}
