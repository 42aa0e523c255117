// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title L2State: the rollup's state tree as L1 sees it (L2-RULES.md §1)
/// @notice The whole L2 state is one sparse Merkle tree of depth 256. L1 never stores it: it only
/// stores roots, and checks single leaves with compact proofs. The Java side
/// (io.rolluplab.rollup.state) builds the same tree with the same hashing, bit for bit.
/// @dev An empty subtree of any height hashes to zero (node(0, 0) = 0), so the empty tree's root is
/// zero and a proof only needs the non-zero siblings; `bitmap` says at which levels they sit.
library L2State {
    /// @notice A compact Merkle proof of one key.
    /// @param bitmap bit i is set when the sibling at level i (level 0 = next to the leaf) is non-zero
    /// @param siblings the non-zero siblings only, level 0 first
    struct Proof {
        uint256 bitmap;
        bytes32[] siblings;
    }

    /// @notice A proof did not lead to the expected root (or did not use exactly all its siblings).
    error InvalidProof(uint256 key);

    /// @notice Recomputes the root from a leaf value and its proof, walking from the leaf up.
    /// @dev At level i the path goes right when key bit i is 1. Reverts if the proof has siblings
    /// left over: a proof must use every sibling, or two different proofs could verify one leaf.
    function computeRoot(uint256 key, bytes32 leafValue, Proof calldata proof) internal pure returns (bytes32 node) {
        node = leafValue;
        uint256 used;
        for (uint256 i; i < 256; ++i) {
            bytes32 sibling;
            if ((proof.bitmap >> i) & 1 == 1) {
                sibling = proof.siblings[used++]; // out of range reverts: too few siblings
            }
            node = (key >> i) & 1 == 1 ? hashNode(sibling, node) : hashNode(node, sibling);
        }
        if (used != proof.siblings.length) revert InvalidProof(key);
    }

    /// @notice True when `proof` shows that `key` holds `value` under `root` (zero = absent).
    function verify(bytes32 root, uint256 key, bytes32 value, Proof calldata proof) internal pure returns (bool) {
        return computeRoot(key, value, proof) == root;
    }

    /// @notice Replaces the value at `key`: checks the old value against `root`, then recomputes the
    /// root with the new value along the same path (the siblings do not change).
    /// @return the root after the update; reverts with InvalidProof if the old value does not verify
    function update(bytes32 root, uint256 key, bytes32 oldValue, bytes32 newValue, Proof calldata proof)
        internal
        pure
        returns (bytes32)
    {
        if (!verify(root, key, oldValue, proof)) revert InvalidProof(key);
        return computeRoot(key, newValue, proof);
    }

    /// @notice An interior node: zero for two empty children, else H(left ‖ right).
    function hashNode(bytes32 left, bytes32 right) internal pure returns (bytes32 h) {
        if (left == 0 && right == 0) return 0;
        assembly ("memory-safe") {
            // hash the two words in Solidity's scratch space (0x00..0x3f) instead of allocating memory
            mstore(0x00, left)
            mstore(0x20, right)
            h := keccak256(0x00, 0x40)
        }
    }

    /// @notice An account's key: its address in the low 20 bytes.
    function accountKey(address account) internal pure returns (uint256) {
        return uint256(uint160(account));
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
