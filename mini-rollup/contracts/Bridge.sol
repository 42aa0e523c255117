// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IDepositSource} from "./L2Rules.sol";
import {L2State} from "./L2State.sol";
import {IStateRootOracle} from "./IStateRootOracle.sol";

/// @title Bridge: the rollup's portal between L1 and L2
/// @notice Deposits: anyone sends ETH with `deposit`; the Bridge keeps it and appends an entry to the
/// deposit queue, which the rollup's batches must consume in order (L2-RULES.md §2). Withdrawals:
/// an L2 withdrawal writes a leaf into the L2 state (L2-RULES.md §1); once a batch whose state
/// holds that leaf is final, anyone can call `finalizeWithdrawal` with a Merkle proof of the leaf
/// and the Bridge pays the recipient, exactly once.
/// @dev Force inclusion: a deposit waits at most `forceInclusionDelay` seconds. After that every
/// new batch must consume it (`overdueAfter`, which DepositConsumer asks only when its last answer
/// may be stale): the zk rollup refuses a commit without it, and an optimistic batch without it
/// counts as empty (L2-RULES.md §2.2). Who can do what:
/// - anyone can deposit and anyone can finalize a withdrawal (the ETH always goes to the recipient);
/// - only the rollup that created this Bridge decides which state roots are final;
/// - the sequencer orders deposits into batches, but cannot skip an overdue one: it must include
///   it or stop posting (optimistic: every batch without it counts as empty, and a claim that it
///   holds something is refused with DepositOverdue; zk: anyone may then commit the batch that
///   includes it).
contract Bridge is IDepositSource {
    /// @notice The rollup that created this Bridge and whose final roots it trusts.
    IStateRootOracle public immutable rollup;
    /// @notice Seconds of L1 time a deposit may wait before every batch must include it.
    uint256 public immutable forceInclusionDelay;

    /// @inheritdoc IDepositSource
    bytes32[] public depositHash;
    /// @notice When each deposit entered the queue (L1 block timestamp).
    uint64[] public queuedAt;
    /// @dev runningHash[i] is the queue hash after deposit i: q_{i+1} = H(q_i ‖ depositHash[i]).
    bytes32[] private runningHash;
    /// @notice Withdrawals already paid, by withdrawal hash.
    mapping(bytes32 withdrawalHash => bool) public withdrawalFinalized;

    /// @notice A deposit entered the queue; the L2 will credit `amount` to `to` when a batch consumes it.
    event DepositQueued(uint256 indexed index, address indexed from, address indexed to, uint256 amount);
    /// @notice A withdrawal was paid out on L1.
    event WithdrawalFinalized(bytes32 indexed withdrawalHash, address indexed recipient, uint256 amount, uint256 batchIndex);

    /// @notice A deposit must carry some ETH.
    error EmptyDeposit();
    /// @notice Batch `batchIndex` is not final yet (or does not exist): its root cannot be trusted.
    error BatchNotFinal(uint256 batchIndex);
    /// @notice This withdrawal was paid before: a replay.
    error WithdrawalAlreadyFinalized(bytes32 withdrawalHash);
    /// @notice The proof does not show the withdrawal's leaf in the batch's state.
    error WithdrawalNotInState(bytes32 withdrawalHash, bytes32 stateRoot);
    /// @notice Sending ETH to `recipient` failed.
    error PaymentFailed(address recipient, uint256 amount);

    /// @notice The rollup creates its Bridge in its constructor, which makes it `rollup`.
    constructor(uint256 forceInclusionDelay_) {
        rollup = IStateRootOracle(msg.sender);
        forceInclusionDelay = forceInclusionDelay_;
    }

    /// @notice Locks `msg.value` on L1 and queues its credit to `l2Recipient` on L2.
    /// @return index the deposit's place in the queue (the `0x7E ‖ index` item that consumes it)
    function deposit(address l2Recipient) external payable returns (uint256 index) {
        if (msg.value == 0) revert EmptyDeposit();
        index = depositHash.length;
        bytes32 entry = keccak256(abi.encode(index, msg.sender, l2Recipient, msg.value));
        depositHash.push(entry);
        queuedAt.push(uint64(block.timestamp));
        runningHash.push(keccak256(abi.encodePacked(queueHash(index), entry)));
        emit DepositQueued(index, msg.sender, l2Recipient, msg.value);
    }

    /// @notice Pays an L2 withdrawal: `amount` to `l2Sender`'s own address on L1 (L2-RULES.md §3).
    /// @param batchIndex a final batch whose post-state holds the withdrawal leaf (any later final
    /// batch does too: withdrawal leaves are never removed)
    /// @param l2Nonce the sender's L2 nonce before the withdrawal transaction
    /// @param proof the Merkle proof of the leaf `withdrawalHash` under that batch's state root
    function finalizeWithdrawal(
        uint256 batchIndex,
        address l2Sender,
        uint256 amount,
        uint256 l2Nonce,
        L2State.Proof calldata proof
    ) external {
        bytes32 root = rollup.finalizedStateRoot(batchIndex);
        if (root == 0) revert BatchNotFinal(batchIndex);
        bytes32 wHash = L2State.withdrawalHash(l2Sender, l2Sender, amount, l2Nonce);
        if (withdrawalFinalized[wHash]) revert WithdrawalAlreadyFinalized(wHash);
        if (!L2State.hasWithdrawal(root, wHash, proof)) revert WithdrawalNotInState(wHash, root);
        withdrawalFinalized[wHash] = true; // before paying, so a re-entering recipient is a replay
        emit WithdrawalFinalized(wHash, l2Sender, amount, batchIndex);
        // l2Sender signed an L2 transaction, so it has a private key and (on a Cancun L1) no code:
        // it cannot refuse ETH. The call fails only if this Bridge holds less than `amount`, which
        // happens only after a false root became final. Reverting then keeps the withdrawal unpaid
        // instead of marking it paid and losing it. (Bonds are different: their winners may be
        // contracts, so the rollup credits them instead of sending them; see PullPayments.)
        (bool paid,) = l2Sender.call{value: amount}("");
        if (!paid) revert PaymentFailed(l2Sender, amount);
    }

    /// @notice How many deposits were ever queued.
    function depositCount() external view returns (uint256) {
        return depositHash.length;
    }

    /// @notice The running hash of the first `count` deposits: q_0 = 0, q_{i+1} = H(q_i ‖ depositHash[i])
    /// (L2-RULES.md §4). The zk rollup's public inputs commit to it.
    function queueHash(uint256 count) public view returns (bytes32) {
        return count == 0 ? bytes32(0) : runningHash[count - 1];
    }

    /// @notice True when deposit `index` exists and has waited longer than `forceInclusionDelay`,
    /// so a batch that leaves it unconsumed is refused.
    function isOverdue(uint256 index) external view returns (bool) {
        return block.timestamp > overdueAfter(index);
    }

    /// @notice The last L1 second at which deposit `index`, and so every later one, is not yet
    /// overdue. For a deposit not queued yet: now plus the delay, since it will be queued no earlier
    /// than now (queue times never decrease). A rollup that learned this need not ask again until then.
    function overdueAfter(uint256 index) public view returns (uint256) {
        return (index < queuedAt.length ? queuedAt[index] : block.timestamp) + forceInclusionDelay;
    }
}
