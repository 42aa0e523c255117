// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title BatchData: reads the batch format of L2-RULES.md §2 on L1
/// @notice `batchData = uint64 l1FeePerByte ‖ uint16 runCount ‖ run* ‖ nonces ‖ recipients ‖
/// signatures ‖ others`: the items written column by column, each `run = uint8 count ‖ shape` for
/// `count` consecutive items of one shape. A compact transfer's shape holds what its neighbours
/// share (kind, nonce and value heads, value mantissa); its nonce mantissa, recipient and signature
/// are in the three columns. A deposit run names its first queue index; any other item is written
/// whole in `others` as `uint24 length ‖ body`. L1 keeps only H(batchData); the bytes stay in the
/// calldata of the transaction that posted them. A one-step proof sends the whole batch again, L1
/// checks its hash (`checkHash`) and rebuilds the disputed item from the columns (`item`).
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

    /// @dev How long the columns are, from walking the runs, and the queue index (and run) the
    /// first deposit run starts at.
    struct Layout {
        uint256 runsEnd;
        uint256 nonceBytes;
        uint256 recipientBytes;
        uint256 compactItems;
        uint256 wholeItems;
        uint256 itemCount;
        uint256 depositCount;
        uint256 firstDeposit;
        uint256 firstDepositRun;
    }

    /// @dev Where one item lies: its run's shape, its place in the run, and what the columns hold
    /// for the items before its run.
    struct Position {
        uint256 shapeAt;
        uint256 indexInRun;
        uint256 nonceBytes;
        uint256 recipientBytes;
        uint256 compactItems;
        uint256 wholeItems;
    }

    /// @notice The data ends inside its header, a run or a column.
    error TruncatedBatch();
    /// @notice A batch must hold at least one item (one run).
    error EmptyBatch();
    /// @notice Run `run` holds no items, has an unknown shape or a quantity head above 0xE0.
    error BadRun(uint256 run);
    /// @notice `count` bytes follow the last column.
    error ExtraBytes(uint256 count);
    /// @notice Deposit run `run` starts at queue entry `named`, but the next one to consume is `expected`.
    error DepositOutOfOrder(uint256 run, uint64 expected, uint64 named);
    /// @notice The bytes given for batch `batchIndex` hash to `given`, but L1 holds `committed`:
    /// they are not that batch's data.
    error DataHashMismatch(uint256 batchIndex, bytes32 committed, bytes32 given);
    /// @notice The body sent is not item `item` of batch `batchIndex`.
    error ItemMismatch(uint256 batchIndex, uint256 item);

    uint256 private constant HEADER_BYTES = 10;
    uint256 private constant SIGNATURE_BYTES = 64;
    uint256 private constant ADDRESS_BYTES = 20;
    uint256 private constant DEPOSIT = 0x7E;
    uint256 private constant WHOLE = 0xFF;
    uint256 private constant PREFIX_KIND = 0x80;
    uint256 private constant MAX_PREFIX = 8;
    uint256 private constant FULL_WIDTH = 0xE0;
    /// @dev No item index: `walk` looks for none.
    uint256 private constant NONE = type(uint256).max;

    /// @notice Reads the header and every run, checks that the deposit runs name consecutive queue
    /// entries from `firstDeposit` on and that the columns end exactly where the data does.
    /// @dev It costs L1 a loop step per run, not per item: a batch of transfers that share their
    /// shape is one run.
    function read(bytes calldata data, uint64 firstDeposit) internal pure returns (Summary memory) {
        (Layout memory l,) = walk(data, NONE);
        if (l.depositCount != 0 && l.firstDeposit != firstDeposit) {
            revert DepositOutOfOrder(l.firstDepositRun, firstDeposit, uint64(l.firstDeposit));
        }
        uint256 end = othersStart(l);
        if (end > data.length) revert TruncatedBatch();
        for (uint256 i; i < l.wholeItems; ++i) {
            end = skipWhole(data, end);
        }
        if (end != data.length) revert ExtraBytes(data.length - end);
        return Summary({
            dataHash: keccak256(data),
            itemCount: uint64(l.itemCount),
            l1FeePerByte: l1FeePerByte(data),
            firstDeposit: firstDeposit,
            depositCount: uint64(l.depositCount)
        });
    }

    /// @notice The body of item `index`, put back together from its run's shape and the columns.
    /// @dev Only for data L1 has read before (its hash matches an accepted batch), so `index` is
    /// the only thing that can be out of range.
    function item(bytes calldata data, uint256 index) internal pure returns (bytes memory body) {
        (Layout memory l, Position memory p) = walk(data, index);
        if (index >= l.itemCount) revert TruncatedBatch();
        uint256 kind = uint8(data[p.shapeAt]);
        if (kind == DEPOSIT) {
            uint64 first = uint64(bytes8(data[p.shapeAt + 1:p.shapeAt + 9]));
            return abi.encodePacked(bytes1(uint8(DEPOSIT)), first + uint64(p.indexInRun));
        }
        if (kind == WHOLE) {
            uint256 at = othersStart(l);
            for (uint256 i; i < p.wholeItems + p.indexInRun; ++i) {
                at = skipWhole(data, at);
            }
            return data[at + 3:skipWhole(data, at)];
        }
        return compactBody(data, l, p, kind == 0 ? ADDRESS_BYTES : kind - PREFIX_KIND);
    }

    /// @dev A compact transfer's body: `kind ‖ nonceHead` from the shape, its nonce mantissa and
    /// recipient from their columns, `valueHead ‖ valueMantissa` from the shape, its signature.
    function compactBody(bytes calldata data, Layout memory l, Position memory p, uint256 recipientLength)
        private
        pure
        returns (bytes memory)
    {
        uint256 shapeAt = p.shapeAt;
        uint256 nonceLength = mantissaLength(uint8(data[shapeAt + 1]));
        uint256 nonceAt = l.runsEnd + p.nonceBytes + p.indexInRun * nonceLength;
        uint256 recipientAt = l.runsEnd + l.nonceBytes + p.recipientBytes + p.indexInRun * recipientLength;
        bytes memory upToRecipient = bytes.concat(
            data[shapeAt:shapeAt + 2], data[nonceAt:nonceAt + nonceLength], data[recipientAt:recipientAt + recipientLength]
        );
        uint256 signatureAt = othersStart(l) - (l.compactItems - p.compactItems - p.indexInRun) * SIGNATURE_BYTES;
        uint256 valueEnd = shapeAt + 3 + mantissaLength(uint8(data[shapeAt + 2]));
        return bytes.concat(upToRecipient, data[shapeAt + 2:valueEnd], data[signatureAt:signatureAt + SIGNATURE_BYTES]);
    }

    /// @notice The batch header: wei per byte of a transaction, its share of the L1 data cost. Only
    /// for data L1 has read before (it holds a header).
    function l1FeePerByte(bytes calldata data) internal pure returns (uint64) {
        return uint64(bytes8(data[:8]));
    }

    /// @notice Reverts with DataHashMismatch unless H(data) is `committed`, the hash L1 holds for
    /// batch `batchIndex`.
    function checkHash(bytes calldata data, bytes32 committed, uint256 batchIndex) internal pure {
        bytes32 given = keccak256(data);
        if (given != committed) revert DataHashMismatch(batchIndex, committed, given);
    }

    /// @notice Reverts with ItemMismatch unless `body` is item `index` of `data` (data L1 has read
    /// before). The rules read a body from calldata, so a one-step proof sends it beside the batch.
    function checkItem(bytes calldata data, uint256 index, bytes calldata body, uint256 batchIndex) internal pure {
        if (keccak256(item(data, index)) != keccak256(body)) revert ItemMismatch(batchIndex, index);
    }

    /// @dev Walks the runs: the columns' lengths, and where item `target` lies (if it is in range).
    /// Each deposit run must start where the one before it ended; `read` checks where the first one
    /// starts. Every batch pays for this loop, once per run, so it is written in assembly: about 660
    /// gas a run, against about 2,400 in Solidity, where each sum is checked for an overflow that
    /// cannot happen (every length and count here is below the data's length, far below 2^64). `l`
    /// and `p` are memory structs of words, their fields at 0x00, 0x20, … in declaration order.
    function walk(bytes calldata data, uint256 target) private pure returns (Layout memory l, Position memory p) {
        if (data.length < HEADER_BYTES) revert TruncatedBatch();
        if (bytes2(data[8:10]) == 0) revert EmptyBatch();
        uint256 fault; // 1: the data ends inside run `run`; 2: run `run` is bad; 3: its deposits are out of order
        uint256 run;
        assembly ("memory-safe") {
            let pos := add(data.offset, HEADER_BYTES)
            for {} lt(run, shr(240, calldataload(add(data.offset, 8)))) { run := add(run, 1) } {
                let word := calldataload(pos) // the run's first bytes; past the data, not the batch's
                let count := byte(0, word)
                let kind := byte(1, word)
                if lt(target, add(mload(add(l, 0xa0)), count)) {
                    if iszero(lt(target, mload(add(l, 0xa0)))) { // the target is in this run
                        mstore(p, sub(add(pos, 1), data.offset)) // shapeAt
                        mstore(add(p, 0x20), sub(target, mload(add(l, 0xa0)))) // indexInRun
                        mstore(add(p, 0x40), mload(add(l, 0x20))) // nonceBytes
                        mstore(add(p, 0x60), mload(add(l, 0x40))) // recipientBytes
                        mstore(add(p, 0x80), mload(add(l, 0x60))) // compactItems
                        mstore(add(p, 0xa0), mload(add(l, 0x80))) // wholeItems
                    }
                }
                mstore(add(l, 0xa0), add(mload(add(l, 0xa0)), count)) // itemCount
                let next := pos // where the next run starts; stays at pos for an unknown kind
                // a compact transfer (the common case, so tested first): kind 0x00, or 0x81 to 0x88
                // for a key prefix of kind - 0x80 bytes; a head's mantissa has head / 32 bytes, 32
                // for the full-width head 0xE0
                if or(iszero(kind), lt(sub(kind, 0x81), 8)) {
                    let recipientLength := sub(kind, 0x80)
                    if iszero(kind) { recipientLength := 20 }
                    if or(gt(byte(2, word), 0xE0), gt(byte(3, word), 0xE0)) { fault := 2 }
                    let nonceLength := add(shr(5, byte(2, word)), mul(eq(byte(2, word), 0xE0), 25))
                    mstore(add(l, 0x20), add(mload(add(l, 0x20)), mul(count, nonceLength))) // nonceBytes
                    mstore(add(l, 0x40), add(mload(add(l, 0x40)), mul(count, recipientLength))) // recipientBytes
                    mstore(add(l, 0x60), add(mload(add(l, 0x60)), count)) // compactItems
                    next := add(pos, add(4, add(shr(5, byte(3, word)), mul(eq(byte(3, word), 0xE0), 25))))
                }
                if eq(kind, 0x7E) {
                    switch mload(add(l, 0xc0)) // depositCount
                    case 0 {
                        mstore(add(l, 0xe0), shr(192, shl(16, word))) // firstDeposit: the queue index it names
                        mstore(add(l, 0x100), run) // firstDepositRun
                    }
                    default {
                        mstore(0, shr(192, shl(16, word))) // the queue index it names
                        mstore(0x20, add(mload(add(l, 0xe0)), mload(add(l, 0xc0)))) // the next one
                        if iszero(eq(mload(0), mload(0x20))) { fault := 3 }
                    }
                    mstore(add(l, 0xc0), add(mload(add(l, 0xc0)), count)) // depositCount
                    next := add(pos, 10)
                }
                if eq(kind, 0xFF) {
                    mstore(add(l, 0x80), add(mload(add(l, 0x80)), count)) // wholeItems
                    next := add(pos, 2)
                }
                if or(iszero(count), eq(next, pos)) { fault := 2 }
                // data cut off inside the run is reported first: what was read past its end is not the batch's
                if or(gt(add(pos, 2), add(data.offset, data.length)), gt(next, add(data.offset, data.length))) {
                    fault := 1
                }
                if fault { break }
                pos := next
            }
            mstore(l, sub(pos, data.offset)) // runsEnd
        }
        if (fault == 1) revert TruncatedBatch();
        if (fault == 2) revert BadRun(run);
        if (fault == 3) {
            (uint64 named, uint64 expected) = (0, 0);
            assembly ("memory-safe") {
                named := mload(0)
                expected := mload(0x20)
            }
            revert DepositOutOfOrder(run, expected, named);
        }
    }

    /// @dev Where the others column starts: after the runs and the three columns of compact transfers.
    function othersStart(Layout memory l) private pure returns (uint256) {
        return l.runsEnd + l.nonceBytes + l.recipientBytes + l.compactItems * SIGNATURE_BYTES;
    }

    /// @dev The item written whole at `at` (`uint24 length ‖ body`): where the next one starts.
    function skipWhole(bytes calldata data, uint256 at) private pure returns (uint256 next) {
        if (at + 3 > data.length) revert TruncatedBatch();
        next = at + 3 + (load(data, at) >> 232);
        if (next > data.length) revert TruncatedBatch();
    }

    /// @dev The mantissa length a quantity head (at most 0xE0) announces (L2-RULES.md §2.1).
    function mantissaLength(uint256 head) private pure returns (uint256) {
        return head == FULL_WIDTH ? 32 : head >> 5;
    }

    /// @dev The 32 bytes of `data` from `pos` on, zeros past its end.
    function load(bytes calldata data, uint256 pos) private pure returns (uint256 word) {
        assembly ("memory-safe") {
            word := calldataload(add(data.offset, pos))
        }
    }
}
