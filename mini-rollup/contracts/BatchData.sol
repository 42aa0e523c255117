// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {L2Rules} from "./L2Rules.sol";

/// @title BatchData: reads the batch format of L2-RULES.md §2 on L1
/// @notice `batchData = uint64 l1FeePerByte ‖ item_0 ‖ … ‖ item_{n-1}`, each item `uint24 length ‖
/// body`. L1 keeps only H(batchData); the bytes stay in the calldata of the transaction that posted
/// them. L1 builds no Merkle tree over the items: that cost about 6,900 gas per item on every
/// batch, and it only served fraud proofs, which are rare. Instead a one-step proof sends the whole
/// batch again, L1 checks its hash (`checkHash`) and walks to the disputed item (`item`).
library BatchData {
    /// @notice What L1 learns from reading a batch.
    /// @param dataHash H(batchData): what L1 stores instead of the data
    /// @param itemCount number of items (at least one)
    /// @param l1FeePerByte the header: wei per byte of a transaction, its share of the L1 data cost
    /// @param firstDeposit the queue index of the batch's first deposit item (if it has any)
    /// @param depositCount how many deposit items the batch holds
    struct Summary {
        bytes32 dataHash;
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
    /// @notice The bytes given for batch `batchIndex` hash to `given`, but L1 holds `committed`:
    /// they are not that batch's data.
    error DataHashMismatch(uint256 batchIndex, bytes32 committed, bytes32 given);

    uint256 private constant HEADER_BYTES = 8;
    uint256 private constant LENGTH_BYTES = 3;

    /// @notice Reads the header and every item, and checks that the deposit items name consecutive
    /// queue entries from `firstDeposit` on.
    function read(bytes calldata data, uint64 firstDeposit) internal pure returns (Summary memory) {
        if (data.length < HEADER_BYTES) revert TruncatedBatch(0);
        // plain local counters, not the struct's fields: this loop runs once per item on every batch
        uint64 itemCount;
        uint64 depositCount;
        uint256 pos = HEADER_BYTES;
        while (pos < data.length) {
            bytes calldata body;
            (body, pos) = next(data, pos, itemCount);
            if (isDeposit(body)) {
                uint64 named = uint64(bytes8(body[1:]));
                if (named != firstDeposit + depositCount) {
                    revert DepositOutOfOrder(itemCount, firstDeposit + depositCount, named);
                }
                depositCount++;
            }
            unchecked {
                itemCount++; // fewer items than bytes
            }
        }
        if (itemCount == 0) revert EmptyBatch();
        return Summary({
            dataHash: keccak256(data),
            itemCount: itemCount,
            l1FeePerByte: uint64(bytes8(data[:HEADER_BYTES])),
            firstDeposit: firstDeposit,
            depositCount: depositCount
        });
    }

    /// @notice The body of item `index`, found by walking the length prefixes from the first item.
    /// @dev Only for data L1 has read before (its hash matches an accepted batch), so `index` is
    /// the only thing that can be out of range.
    function item(bytes calldata data, uint256 index) internal pure returns (bytes calldata body) {
        uint256 pos = HEADER_BYTES;
        for (uint256 i; i < index; ++i) {
            (, pos) = next(data, pos, i);
        }
        (body,) = next(data, pos, index);
    }

    /// @notice Reverts with DataHashMismatch unless H(data) is `committed`, the hash L1 holds for
    /// batch `batchIndex`.
    function checkHash(bytes calldata data, bytes32 committed, uint256 batchIndex) internal pure {
        bytes32 given = keccak256(data);
        if (given != committed) revert DataHashMismatch(batchIndex, committed, given);
    }

    /// @notice A deposit item is exactly `0x7E ‖ uint64 index`; any other body is a transaction.
    function isDeposit(bytes calldata body) internal pure returns (bool) {
        return body.length == 9 && body[0] == L2Rules.DEPOSIT_TYPE;
    }

    /// @dev Item `itemIndex` starts at `pos`: returns its body and where the next item starts.
    function next(bytes calldata data, uint256 pos, uint256 itemIndex)
        private
        pure
        returns (bytes calldata body, uint256 end)
    {
        unchecked { // pos <= data.length, which is far below 2^64: these sums cannot overflow
            uint256 start = pos + LENGTH_BYTES;
            if (start > data.length) revert TruncatedBatch(itemIndex);
            end = start + lengthPrefix(data, pos);
            if (end > data.length) revert TruncatedBatch(itemIndex);
            body = data[start:end];
        }
    }

    /// @dev The uint24 at `pos`, which the caller has checked lies inside `data`. Written as
    /// `uint24(bytes3(data[pos:pos + 3]))` it cost about 200 gas more per item, for bounds checks
    /// already made: CALLDATALOAD reads the 32 bytes from `pos` on, and the top 3 are the prefix.
    function lengthPrefix(bytes calldata data, uint256 pos) private pure returns (uint256 length) {
        assembly ("memory-safe") {
            length := shr(232, calldataload(add(data.offset, pos)))
        }
    }
}
