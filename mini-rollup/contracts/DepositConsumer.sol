// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Bridge} from "./Bridge.sol";
import {IStateRootOracle} from "./IStateRootOracle.sol";

/// @title DepositConsumer: what the optimistic and the zk rollup share about consuming deposits
/// @notice Both rollups consume deposits from the same kind of Bridge (which each creates for
/// itself, so the two trust each other by construction) and enforce the same force-inclusion rule
/// (`consumeDeposits`): the zk rollup when a batch is committed, the optimistic rollup when a root
/// is proposed for a batch (its batches go to an address without code, L2-RULES.md §2.2).
abstract contract DepositConsumer is IStateRootOracle {
    /// @notice This rollup's deposit queue and withdrawal payer.
    Bridge public immutable bridge;
    /// @notice Deposits [0, nextDeposit) are consumed; the next batch starts here.
    /// (40 bits, as the rollups' counters packed beside it: 2^40 deposits would cost L1 2^40 transactions.)
    uint40 public nextDeposit;
    /// @notice Up to this L1 second no batch can leave an overdue deposit behind: the Bridge said so
    /// (`Bridge.overdueAfter`), and batches only consume more of the queue. Up to then a batch's
    /// deposits need no call to the Bridge (a cold account and a cold slot, about 5,000 gas).
    uint40 public depositsSafeUntil;

    /// @notice The batch names deposit `index`, which nobody has made yet.
    error UnknownDeposit(uint256 index);
    /// @notice Deposit `index` had waited past its deadline at the batch's time: the batch must consume it.
    error DepositOverdue(uint256 index);

    constructor(uint256 forceInclusionDelay) {
        bridge = new Bridge(forceInclusionDelay);
    }

    /// @notice Consumes the next `count` deposits of the queue and checks force inclusion: every
    /// deposit the batch leaves in the queue must still be within its delay at L1 second `asOf`,
    /// the batch's time.
    /// @return next the first deposit the next batch consumes
    function consumeDeposits(uint64 count, uint256 asOf) internal returns (uint64 next) {
        next = nextDeposit + count;
        // a batch without deposits cannot name a missing one: it saves the call
        if (count != 0 && next > bridge.depositCount()) revert UnknownDeposit(next - 1);
        if (asOf > depositsSafeUntil) {
            uint256 safeUntil = bridge.overdueAfter(next);
            if (asOf > safeUntil) revert DepositOverdue(next);
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
