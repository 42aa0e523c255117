// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Rlp} from "./Rlp.sol";

/// @title MerkleTrie: checks a Merkle-Patricia proof, the way a block header commits to its transactions
/// @notice A header's `transactionsRoot` is the root of a trie holding transaction i under the key
/// RLP(i) (the Yellow Paper, appendix D). A proof is the list of nodes on the path from the root to
/// the leaf, each the preimage of the hash its parent names:
/// - a branch node is a list of 17: one child per next nibble of the key, and a value;
/// - a leaf or extension node is a list of 2: a path in hex-prefix form (its first nibble says
///   which of the two it is and whether the path has an odd number of nibbles), then the value
///   (leaf) or the child (extension).
/// @dev Every node of a transaction trie is at least 32 bytes long (a transaction is longer than
/// that), so every child is named by its hash; a node short enough to be written inline in its
/// parent is refused.
library MerkleTrie {
    /// @notice Node `node` of the proof does not hash to what its parent names.
    error NodeHashMismatch(uint256 node);
    /// @notice The proof ends before the key's leaf, or its path leaves the key.
    error KeyNotInProof(uint256 node);
    /// @notice Node `node` is neither a branch (17 items) nor a leaf or extension (2 items).
    error BadNode(uint256 node);

    /// @notice The value stored under `key` in the trie whose root hash is `root`.
    /// @param proof the nodes from the root to the key's leaf
    /// @return value the leaf's value (for a transaction trie: the signed transaction)
    function get(bytes32 root, bytes memory key, bytes[] calldata proof) internal pure returns (bytes calldata value) {
        bytes32 expected = root;
        uint256 nibble; // how many nibbles of the key the path has consumed
        for (uint256 n; n < proof.length; ++n) {
            if (keccak256(proof[n]) != expected) revert NodeHashMismatch(n);
            bool isLeaf;
            (nibble, isLeaf, value) = step(Rlp.list(proof[n]), key, nibble, n);
            if (isLeaf) {
                if (n != proof.length - 1) revert KeyNotInProof(n);
                return value;
            }
            expected = childHash(value, n);
        }
        revert KeyNotInProof(proof.length);
    }

    /// @dev Goes through node `n` (its list payload `items`) along `key` from nibble `nibble` on.
    /// @return next the key's nibble after this node
    /// @return isLeaf whether the node is the key's leaf
    /// @return found the leaf's value, or the hash of the child to go on with
    function step(bytes calldata items, bytes memory key, uint256 nibble, uint256 n)
        private
        pure
        returns (uint256 next, bool isLeaf, bytes calldata found)
    {
        uint256 count = Rlp.count(items);
        if (count == 2) { // a leaf or an extension: [hex-prefixed path, value or child]
            (next, isLeaf) = followPath(Rlp.at(items, 0), key, nibble, n);
            if (isLeaf && next != key.length * 2) revert KeyNotInProof(n); // a leaf ends the key
            return (next, isLeaf, Rlp.at(items, 1));
        }
        if (count != 17) revert BadNode(n);
        // a branch: the next nibble picks the child; no key of a transaction trie ends at a branch
        if (nibble >= key.length * 2) revert KeyNotInProof(n);
        return (nibble + 1, false, Rlp.at(items, nibbleOf(key, nibble)));
    }

    /// @dev Follows a leaf's or an extension's hex-prefixed `path` (its first nibble: 0 or 1 an
    /// extension, 2 or 3 a leaf, odd when the path has an odd number of nibbles, whose first is then
    /// the second nibble of the byte) along `key` from nibble `nibble` on.
    /// @return next the key's nibble after the path
    /// @return isLeaf whether the node is a leaf
    function followPath(bytes calldata path, bytes memory key, uint256 nibble, uint256 n)
        private
        pure
        returns (uint256 next, bool isLeaf)
    {
        if (path.length == 0) revert BadNode(n);
        uint256 flag = uint8(path[0]) >> 4;
        if (flag > 3) revert BadNode(n);
        uint256 skip = flag & 1 == 1 ? 1 : 2;
        uint256 pathNibbles = path.length * 2 - skip;
        if (nibble + pathNibbles > key.length * 2) revert KeyNotInProof(n);
        for (uint256 i; i < pathNibbles; ++i) {
            if (nibbleAt(path, i + skip) != nibbleOf(key, nibble + i)) revert KeyNotInProof(n);
        }
        return (nibble + pathNibbles, flag >= 2);
    }

    /// @dev The hash a node names its child by; an empty or inline child is not on a transaction's path.
    function childHash(bytes calldata child, uint256 n) private pure returns (bytes32) {
        if (child.length != 32) revert KeyNotInProof(n);
        return bytes32(child);
    }

    /// @dev Nibble `i` of `data` (high nibble first) in calldata.
    function nibbleAt(bytes calldata data, uint256 i) private pure returns (uint256) {
        uint256 b = uint8(data[i / 2]);
        return i % 2 == 0 ? b >> 4 : b & 0x0f;
    }

    /// @dev Nibble `i` of `key` (high nibble first).
    function nibbleOf(bytes memory key, uint256 i) private pure returns (uint256) {
        uint256 b = uint8(key[i / 2]);
        return i % 2 == 0 ? b >> 4 : b & 0x0f;
    }
}
