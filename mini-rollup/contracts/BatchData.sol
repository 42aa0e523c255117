// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

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
    /// @dev The first four bytes of every deposit item: the length 9 and the type 0x7E.
    uint256 private constant DEPOSIT_ITEM_HEAD = 0x0000097e;

    /// @notice Reads the header and every item, and checks that the deposit items name consecutive
    /// queue entries from `firstDeposit` on.
    /// @dev This loop runs once per item on every batch, so it is written in assembly: about 60 gas
    /// an item instead of about 500 with calldata slices (each slice and index is bounds-checked
    /// again, though the loop has checked the bounds already). The item at `pos` is `uint24 length ‖
    /// body`, as `next` reads it; a deposit item is exactly `0x7E ‖ uint64 index` (L2Rules.DEPOSIT_TYPE),
    /// so its first four bytes are `00 00 09 7E`, one comparison. An item that ends past the data
    /// ends the loop (it is the last), so the loop checks the end once, after it.
    function read(bytes calldata data, uint64 firstDeposit) internal pure returns (Summary memory) {
        if (data.length < HEADER_BYTES) revert TruncatedBatch(0);
        if (data.length == HEADER_BYTES) revert EmptyBatch();
        uint256 itemCount;
        uint256 depositCount;
        bool truncated;
        uint256 misnamed = type(uint256).max; // the queue index a deposit item names out of order
        assembly ("memory-safe") {
            let end := add(data.offset, data.length)
            let pos := add(data.offset, HEADER_BYTES)
            for {} 1 {} { // at least one item: the data is longer than its header
                let word := calldataload(pos) // prefix and the body's first bytes; zeros past the end
                pos := add(add(pos, LENGTH_BYTES), shr(232, word))
                itemCount := add(itemCount, 1)
                if eq(shr(224, word), DEPOSIT_ITEM_HEAD) {
                    if gt(pos, end) { break } // truncated: reported below
                    let named := shr(192, calldataload(sub(pos, 8)))
                    if iszero(eq(named, add(firstDeposit, depositCount))) {
                        misnamed := named
                        break
                    }
                    depositCount := add(depositCount, 1)
                }
                if iszero(lt(pos, end)) { break }
            }
            truncated := gt(pos, end)
        }
        if (truncated) revert TruncatedBatch(itemCount - 1);
        if (misnamed != type(uint256).max) {
            revert DepositOutOfOrder(itemCount - 1, firstDeposit + uint64(depositCount), uint64(misnamed));
        }
        return Summary({
            dataHash: keccak256(data),
            itemCount: uint64(itemCount),
            l1FeePerByte: l1FeePerByte(data),
            firstDeposit: firstDeposit,
            depositCount: uint64(depositCount)
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

    /// @notice The batch header: wei per byte of a transaction, its share of the L1 data cost. Only
    /// for data L1 has read before (it holds a header).
    function l1FeePerByte(bytes calldata data) internal pure returns (uint64) {
        return uint64(bytes8(data[:HEADER_BYTES]));
    }

    /// @notice Reverts with DataHashMismatch unless H(data) is `committed`, the hash L1 holds for
    /// batch `batchIndex`.
    function checkHash(bytes calldata data, bytes32 committed, uint256 batchIndex) internal pure {
        bytes32 given = keccak256(data);
        if (given != committed) revert DataHashMismatch(batchIndex, committed, given);
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
