// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Bridge} from "./Bridge.sol";
import {BatchData} from "./BatchData.sol";
import {IStateRootOracle} from "./IStateRootOracle.sol";

/// @title RollupInbox: what the optimistic and the zk rollup share about accepting a batch
/// @notice Both rollups consume deposits from the same kind of Bridge (which each creates for
/// itself, so the two trust each other by construction) and enforce the same force-inclusion rule
/// (`consumeDeposits`). The optimistic rollup reads its batch data (`acceptBatchData`), which a
/// fraud proof re-executes; the zk rollup posts state differences it never reads (L2-RULES.md §5).
abstract contract RollupInbox is IStateRootOracle {
    /// @notice This rollup's deposit queue and withdrawal payer.
    Bridge public immutable bridge;
    /// @notice Deposits [0, nextDeposit) are consumed by accepted batches; the next batch starts here.
    /// (40 bits, as the rollups' counters packed beside it: 2^40 deposits would cost L1 2^40 transactions.)
    uint40 public nextDeposit;
    /// @notice Until this L1 second no batch can leave an overdue deposit behind: the Bridge said so
    /// (`Bridge.overdueAfter`), and batches only consume more of the queue. Until then accepting a
    /// batch need not call the Bridge (a cold account and a cold slot, about 5,000 gas).
    uint40 public depositsSafeUntil;

    /// @notice L1 read batch `batchIndex`: its data hash, size, L1 fee and deposit range. The data
    /// itself is in the calldata of the transaction that emitted this event.
    event BatchDataAccepted(
        uint256 indexed batchIndex,
        bytes32 dataHash,
        uint64 itemCount,
        uint64 l1FeePerByte,
        uint64 firstDeposit,
        uint64 depositCount
    );

    /// @notice The caller's `depositsConsumed` does not match the deposit items in the data.
    error DepositCountMismatch(uint64 declared, uint64 found);
    /// @notice The batch names deposit `index`, which nobody has made yet.
    error UnknownDeposit(uint256 index);
    /// @notice Deposit `index` has waited past its deadline: this batch must consume it.
    error DepositOverdue(uint256 index);

    constructor(uint256 forceInclusionDelay) {
        bridge = new Bridge(forceInclusionDelay);
    }

    /// @notice Reads a batch (BatchData.read), consumes its deposits and checks force inclusion.
    /// @return s what the batch holds
    function acceptBatchData(uint256 batchIndex, bytes calldata batchData, uint64 depositsConsumed)
        internal
        returns (BatchData.Summary memory s)
    {
        s = BatchData.read(batchData, nextDeposit);
        if (s.depositCount != depositsConsumed) revert DepositCountMismatch(depositsConsumed, s.depositCount);
        consumeDeposits(s.depositCount);
        emit BatchDataAccepted(
            batchIndex, s.dataHash, s.itemCount, s.l1FeePerByte, s.firstDeposit, s.depositCount
        );
    }

    /// @notice Consumes the next `count` deposits of the queue and checks force inclusion: every
    /// deposit the batch leaves in the queue must still be within its delay.
    /// @return next the first deposit the next batch consumes
    function consumeDeposits(uint64 count) internal returns (uint64 next) {
        next = nextDeposit + count;
        // a batch without deposits cannot name a missing one: it saves the call
        if (count != 0 && next > bridge.depositCount()) revert UnknownDeposit(next - 1);
        if (block.timestamp > depositsSafeUntil) {
            uint256 safeUntil = bridge.overdueAfter(next);
            if (block.timestamp > safeUntil) revert DepositOverdue(next);
            depositsSafeUntil = safeUntil > type(uint40).max ? type(uint40).max : uint40(safeUntil);
        }
        nextDeposit = uint40(next); // at most the Bridge's deposit count (checked above when it grew)
    }

    /// @notice Puts the queue position back to `next` (deposits a taken-back batch consumed). An
    /// older deposit may be overdue sooner than the Bridge last said, so the next batch asks again.
    function unconsumeDeposits(uint40 next) internal {
        nextDeposit = next;
        depositsSafeUntil = 0;
    }
}
