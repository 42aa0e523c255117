// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {L2Rules} from "./L2Rules.sol";

/// @title BatchData: reads the batch format of L2-RULES.md §2 on L1
/// @notice `batchData = uint64 l1FeePerByte ‖ item_0 ‖ … ‖ item_{n-1}`, each item `uint24 length ‖
/// body`. L1 keeps only a hash of the data, so it builds `txRoot`, a binary Merkle tree over the
/// item hashes H(body_i): later, a fraud proof can show one item with a short path instead of
/// posting the whole batch again.
library BatchData {
    /// @notice What L1 learns from reading a batch.
    /// @param dataHash H(batchData): what L1 stores instead of the data, which stays in calldata
    /// @param txRoot Merkle root over H(body_i), padded with zero leaves to a power of two
    /// @param itemCount number of items (at least one)
    /// @param l1FeePerByte the header: wei per byte of a transaction, its share of the L1 data cost
    /// @param firstDeposit the queue index of the batch's first deposit item (if it has any)
    /// @param depositCount how many deposit items the batch holds
    struct Summary {
        bytes32 dataHash;
        bytes32 txRoot;
        uint64 itemCount;
        uint64 l1FeePerByte;
        uint64 firstDeposit;
        uint64 depositCount;
    }

    /// @notice The data ends inside the header or inside item `item`.
    error TruncatedBatch(uint256 item);
    /// @notice A batch must hold at least one item.
    error EmptyBatch();
    /// @notice Deposit item `item` names queue entry `named`, but the next one to consume is `expected`.
    error DepositOutOfOrder(uint256 item, uint64 expected, uint64 named);

    uint256 private constant HEADER_BYTES = 8;
    uint256 private constant LENGTH_BYTES = 3;

    /// @notice Reads the header and every item, checks that the deposit items name consecutive queue
    /// entries from `firstDeposit` on, and builds the txRoot.
    function read(bytes calldata data, uint64 firstDeposit) internal pure returns (Summary memory s) {
        if (data.length < HEADER_BYTES) revert TruncatedBatch(0);
        s.dataHash = keccak256(data);
        s.firstDeposit = firstDeposit;
        s.l1FeePerByte = uint64(bytes8(data[:HEADER_BYTES]));
        bytes32[] memory leaves = new bytes32[](data.length / (LENGTH_BYTES + 1)); // room for the most items possible
        uint256 pos = HEADER_BYTES;
        while (pos < data.length) {
            if (pos + LENGTH_BYTES > data.length) revert TruncatedBatch(s.itemCount);
            uint256 end = pos + LENGTH_BYTES + uint24(bytes3(data[pos:pos + LENGTH_BYTES]));
            if (end > data.length) revert TruncatedBatch(s.itemCount);
            bytes calldata body = data[pos + LENGTH_BYTES:end];
            if (isDeposit(body)) {
                uint64 named = uint64(bytes8(body[1:9]));
                uint64 expected = firstDeposit + s.depositCount;
                if (named != expected) revert DepositOutOfOrder(s.itemCount, expected, named);
                s.depositCount++;
            }
            leaves[s.itemCount++] = keccak256(body);
            pos = end;
        }
        if (s.itemCount == 0) revert EmptyBatch();
        s.txRoot = merkleRoot(leaves, s.itemCount);
    }

    /// @notice True when the path shows that H(body) is leaf `index` of a batch of `itemCount`
    /// items with root `txRoot`. The path holds one sibling per level, the leaf's neighbour first.
    function containsItem(bytes32 txRoot, uint256 itemCount, uint256 index, bytes calldata body, bytes32[] calldata path)
        internal
        pure
        returns (bool)
    {
        if (index >= itemCount || path.length != depth(itemCount)) return false;
        bytes32 node = keccak256(body);
        for (uint256 level; level < path.length; ++level) {
            node = (index >> level) & 1 == 1 ? hashPair(path[level], node) : hashPair(node, path[level]);
        }
        return node == txRoot;
    }

    /// @notice A deposit item is exactly `0x7E ‖ uint64 index`; any other body is a transaction.
    function isDeposit(bytes calldata body) internal pure returns (bool) {
        return body.length == 9 && body[0] == L2Rules.DEPOSIT_TYPE;
    }

    /// @notice Number of levels above the leaves: log2 of `itemCount` rounded up to a power of two.
    function depth(uint256 itemCount) internal pure returns (uint256 levels) {
        while ((1 << levels) < itemCount) ++levels;
    }

    /// @dev Hashes the first `count` leaves pairwise, level by level, in place; a missing right
    /// neighbour is a zero leaf (the padding).
    function merkleRoot(bytes32[] memory nodes, uint256 count) private pure returns (bytes32) {
        while (count > 1) {
            uint256 parents = (count + 1) / 2;
            for (uint256 i; i < parents; ++i) {
                bytes32 right = 2 * i + 1 < count ? nodes[2 * i + 1] : bytes32(0);
                nodes[i] = hashPair(nodes[2 * i], right);
            }
            count = parents;
        }
        return nodes[0];
    }

    /// @dev A plain H(left ‖ right): unlike the state tree, two zero children do not hash to zero.
    function hashPair(bytes32 left, bytes32 right) private pure returns (bytes32) {
        return keccak256(abi.encodePacked(left, right));
    }
}
