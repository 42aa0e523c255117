// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {BatchData} from "./BatchData.sol";
import {DisputeGame} from "./DisputeGame.sol";
import {IStateRootOracle} from "./IStateRootOracle.sol";
import {PullPayments} from "./PullPayments.sol";
import {RollupInbox} from "./RollupInbox.sol";

/// @title OptimisticRollup: batches are believed unless someone proves them wrong in time
/// @notice The life of a batch:
/// 1. A registered proposer (one who locked `bond`) posts the batch data and the L2 state root it
///    claims after executing it: `proposeBatch`. L1 does not execute anything; it only reads the
///    data (RollupInbox) and starts the challenge window of `challengePeriod` seconds.
/// 2. Within the window anyone who disagrees locks the same bond and opens a game in the
///    `disputeGame` contract. The window pauses while the game runs.
/// 3. If the proposer loses, its bond is credited to the challenger, who takes it with `claim`
///    (PullPayments: resolving a game never sends ETH), and the batch, with every later batch
///    (they were built on its root), is rolled back; their deposits go back to the queue.
/// 4. If the window passes without a lost game, anyone may `finalize` the batch, in order. Its root
///    is then final: the Bridge pays withdrawals against it.
/// @dev Anyone may register as a proposer, so the usual sequencer cannot censor by withholding
/// batches: the Bridge's force-inclusion rule plus open proposing let a user post a batch itself.
contract OptimisticRollup is RollupInbox, PullPayments {
    /// @notice A proposed batch.
    /// @param postStateRoot the root the proposer claims after the batch's last item
    /// @param challengeDeadline the last L1 second at which a challenge may open
    /// @param disputeGameId the game running against this batch, or 0
    /// @param disputedSince when that game started (the window is paused from then on)
    struct Batch {
        bytes32 dataHash;
        bytes32 txRoot;
        bytes32 postStateRoot;
        address proposer;
        uint64 itemCount;
        uint64 l1FeePerByte;
        uint64 firstDeposit;
        uint64 depositCount;
        uint64 challengeDeadline;
        uint64 disputeGameId;
        uint64 disputedSince;
    }

    /// @notice The ETH a proposer locks to propose, and a challenger to challenge.
    uint256 public immutable bond;
    /// @notice Seconds after a proposal during which it can be challenged.
    uint256 public immutable challengePeriod;
    /// @notice The bisection game that decides challenges; it was created by this contract.
    DisputeGame public immutable disputeGame;

    Batch[] private batches;
    /// @notice Batches [0, finalizedCount) are final.
    uint256 public finalizedCount;
    /// @notice The bond a proposer has locked (zero: not registered).
    mapping(address proposer => uint256) public bondOf;
    /// @notice A proposer's batches that are neither final nor rolled back; its bond stays locked until zero.
    mapping(address proposer => uint256) public pendingBatches;

    event ProposerRegistered(address indexed proposer, uint256 bond);
    event ProposerBondWithdrawn(address indexed proposer, uint256 bond);
    event BatchProposed(uint256 indexed batchIndex, address indexed proposer, bytes32 postStateRoot, uint64 challengeDeadline);
    event BatchChallenged(uint256 indexed batchIndex, uint256 indexed gameId);
    /// @notice The proposer won the game; the window runs again for the time the game took.
    event BatchUpheld(uint256 indexed batchIndex, uint256 indexed gameId, uint64 challengeDeadline);
    event ProposerSlashed(address indexed proposer, address indexed challenger, uint256 bond);
    event BatchRolledBack(uint256 indexed batchIndex, address indexed proposer);
    /// @notice Batches were rolled back: deposits from `nextDeposit` on wait to be consumed again.
    event DepositsUnconsumed(uint64 nextDeposit);
    event BatchFinalized(uint256 indexed batchIndex, bytes32 postStateRoot);

    error WrongBond(uint256 sent, uint256 required);
    error AlreadyRegistered(address proposer);
    error NotRegistered(address proposer);
    error BondLocked(address proposer, uint256 pendingBatches);
    error UnknownBatch(uint256 batchIndex);
    error AlreadyFinal(uint256 batchIndex);
    /// @notice Batches finalize in order: `expected` is next.
    error NotNextToFinalize(uint256 batchIndex, uint256 expected);
    error ChallengeWindowOpen(uint256 batchIndex, uint64 challengeDeadline);
    error ChallengeWindowClosed(uint256 batchIndex, uint64 challengeDeadline);
    error BatchDisputed(uint256 batchIndex, uint64 gameId);
    error OnlyDisputeGame(address caller);

    modifier onlyDisputeGame() {
        if (msg.sender != address(disputeGame)) revert OnlyDisputeGame(msg.sender);
        _;
    }

    /// @param bond_ wei a proposer or a challenger locks
    /// @param challengePeriod_ seconds a batch stays open to challenges
    /// @param clockBudget seconds each party of a dispute may think in total (its chess clock)
    /// @param forceInclusionDelay seconds a deposit may wait before every batch must consume it
    /// @param l2ChainId the chain id L2 transactions sign (L2-RULES.md §3, rule 2)
    constructor(uint256 bond_, uint256 challengePeriod_, uint64 clockBudget, uint256 forceInclusionDelay, uint256 l2ChainId)
        RollupInbox(forceInclusionDelay)
    {
        bond = bond_;
        challengePeriod = challengePeriod_;
        disputeGame = new DisputeGame(bond_, clockBudget, l2ChainId);
    }

    // ------------------------------------------------------------------ proposers

    /// @notice Locks `bond` wei so the caller may propose batches.
    function registerProposer() external payable {
        if (msg.value != bond) revert WrongBond(msg.value, bond);
        if (bondOf[msg.sender] != 0) revert AlreadyRegistered(msg.sender);
        bondOf[msg.sender] = msg.value;
        emit ProposerRegistered(msg.sender, msg.value);
    }

    /// @notice Sends the caller its bond once none of its batches can be challenged any more. The
    /// caller takes its own ETH, so if it refuses the payment only its own withdrawal reverts.
    function withdrawBond() external {
        uint256 amount = bondOf[msg.sender];
        if (amount == 0) revert NotRegistered(msg.sender);
        if (pendingBatches[msg.sender] != 0) revert BondLocked(msg.sender, pendingBatches[msg.sender]);
        bondOf[msg.sender] = 0;
        emit ProposerBondWithdrawn(msg.sender, amount);
        pay(msg.sender, amount);
    }

    // ------------------------------------------------------------------ the life of a batch

    /// @notice Posts a batch (L2-RULES.md §2) and the state root its proposer claims after it.
    /// @param depositsConsumed how many deposit items the batch holds (checked against the data)
    /// @return batchIndex the new batch's index
    function proposeBatch(bytes calldata batchData, bytes32 postStateRoot, uint64 depositsConsumed)
        external
        returns (uint256 batchIndex)
    {
        if (bondOf[msg.sender] == 0) revert NotRegistered(msg.sender);
        batchIndex = batches.length;
        BatchData.Summary memory s = acceptBatchData(batchIndex, batchData, depositsConsumed);
        uint64 deadline = uint64(block.timestamp + challengePeriod);
        batches.push(Batch({
            dataHash: s.dataHash,
            txRoot: s.txRoot,
            postStateRoot: postStateRoot,
            proposer: msg.sender,
            itemCount: s.itemCount,
            l1FeePerByte: s.l1FeePerByte,
            firstDeposit: s.firstDeposit,
            depositCount: s.depositCount,
            challengeDeadline: deadline,
            disputeGameId: 0,
            disputedSince: 0
        }));
        pendingBatches[msg.sender]++;
        emit BatchProposed(batchIndex, msg.sender, postStateRoot, deadline);
    }

    /// @notice Makes the next batch final once its window has passed without a running game.
    function finalize(uint256 batchIndex) external {
        if (batchIndex != finalizedCount) revert NotNextToFinalize(batchIndex, finalizedCount);
        Batch storage b = existing(batchIndex);
        if (b.disputeGameId != 0) revert BatchDisputed(batchIndex, b.disputeGameId);
        if (block.timestamp <= b.challengeDeadline) revert ChallengeWindowOpen(batchIndex, b.challengeDeadline);
        finalizedCount++;
        pendingBatches[b.proposer]--;
        emit BatchFinalized(batchIndex, b.postStateRoot);
    }

    // ------------------------------------------------------------------ called by the dispute game

    /// @notice Marks a batch as disputed by game `gameId` and tells the game what it is about.
    /// @return b the batch
    /// @return preRoot the root both parties start from (the previous batch's post-root)
    function openDispute(uint256 batchIndex, uint64 gameId)
        external
        onlyDisputeGame
        returns (Batch memory b, bytes32 preRoot)
    {
        Batch storage stored = existing(batchIndex);
        if (batchIndex < finalizedCount) revert AlreadyFinal(batchIndex);
        if (block.timestamp > stored.challengeDeadline) revert ChallengeWindowClosed(batchIndex, stored.challengeDeadline);
        if (stored.disputeGameId != 0) revert BatchDisputed(batchIndex, stored.disputeGameId);
        stored.disputeGameId = gameId;
        stored.disputedSince = uint64(block.timestamp);
        emit BatchChallenged(batchIndex, gameId);
        return (stored, preStateRoot(batchIndex));
    }

    /// @notice The proposer won: the batch stands, and its window gets back the time the game took.
    function upholdBatch(uint256 batchIndex) external onlyDisputeGame {
        Batch storage b = batches[batchIndex];
        uint64 gameId = b.disputeGameId;
        b.challengeDeadline += uint64(block.timestamp) - b.disputedSince;
        b.disputeGameId = 0;
        b.disputedSince = 0;
        emit BatchUpheld(batchIndex, gameId, b.challengeDeadline);
    }

    /// @notice The proposer lost: its bond is credited to `challenger`, and this batch and every
    /// later one are rolled back (latest first), handing their deposits back to the queue.
    function rejectBatch(uint256 batchIndex, address challenger) external onlyDisputeGame {
        Batch storage b = batches[batchIndex];
        address proposer = b.proposer;
        uint64 firstDeposit = b.firstDeposit;
        uint256 slashed = bondOf[proposer];
        bondOf[proposer] = 0;
        emit ProposerSlashed(proposer, challenger, slashed);
        for (uint256 i = batches.length; i > batchIndex; i--) {
            address batchProposer = batches[i - 1].proposer;
            pendingBatches[batchProposer]--;
            batches.pop();
            emit BatchRolledBack(i - 1, batchProposer);
        }
        nextDeposit = firstDeposit;
        emit DepositsUnconsumed(firstDeposit);
        credit(challenger, slashed, CreditReason.ProposerSlashed);
    }

    // ------------------------------------------------------------------ views

    function batch(uint256 batchIndex) external view returns (Batch memory) {
        return existing(batchIndex);
    }

    function batchCount() external view returns (uint256) {
        return batches.length;
    }

    /// @notice The game currently running against `batchIndex`, or 0 (also when the batch is gone).
    function disputeGameOf(uint256 batchIndex) external view returns (uint64) {
        return batchIndex < batches.length ? batches[batchIndex].disputeGameId : 0;
    }

    /// @notice The state root batch `batchIndex` starts from: the empty tree (zero) for the first.
    function preStateRoot(uint256 batchIndex) public view returns (bytes32) {
        return batchIndex == 0 ? bytes32(0) : batches[batchIndex - 1].postStateRoot;
    }

    /// @inheritdoc IStateRootOracle
    function finalizedStateRoot(uint256 batchIndex) external view override returns (bytes32) {
        return batchIndex < finalizedCount ? batches[batchIndex].postStateRoot : bytes32(0);
    }

    function existing(uint256 batchIndex) private view returns (Batch storage) {
        if (batchIndex >= batches.length) revert UnknownBatch(batchIndex);
        return batches[batchIndex];
    }
}
