// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {BatchData} from "./BatchData.sol";
import {DisputeGame} from "./DisputeGame.sol";
import {IStateRootOracle} from "./IStateRootOracle.sol";
import {PullPayments} from "./PullPayments.sol";
import {RollupInbox} from "./RollupInbox.sol";

/// @title OptimisticRollup: batches are believed unless someone proves them wrong in time
/// @notice Posting data and claiming its result are two L1 transactions by two roles, as the OP
/// Stack's batcher and proposer (or Arbitrum's sequencer inbox and assertions) do:
/// 1. The `batcher` (who deployed this contract) posts batch data: `postBatch`. L1 does not execute
///    it; it reads it (RollupInbox), stores its hash and consumes its deposits.
/// 2. A registered proposer (one who locked `bond`) claims the L2 state root after the batch:
///    `proposeRoot`, batch by batch in order. That starts the challenge window of
///    `challengePeriod` seconds.
/// 3. Within the window anyone who disagrees locks the same bond and opens a game in the
///    `disputeGame` contract. The window pauses while the game runs.
/// 4. If the proposer loses, its bond is credited to the challenger, who takes it with `claim`
///    (PullPayments: resolving a game never sends ETH), and the root of that batch and of every
///    later batch (they were built on it) are withdrawn. The data stays: only the claim was wrong,
///    so an honest proposer proposes the true roots again.
/// 5. If the window passes without a lost game, anyone may `finalize` the batch, in order. Its root
///    is then final: the Bridge pays withdrawals against it.
/// Withheld data (a teaching fault, what a validium risks): the batcher may post only the hash
/// (`postBatchCommitment`). Nobody can check a root for data nobody has, so L1 takes no root for
/// that batch and no later batch until someone shows the bytes (`revealBatchData`) within
/// `revealPeriod`; after that anyone may drop the batch (`dropUnavailableBatch`).
/// @dev Only the batcher posts, so a batcher that posts nothing stops the rollup (real rollups let
/// users force transactions in through L1 after a delay). What it cannot do is censor a deposit:
/// once a deposit is overdue, every batch that skips it reverts (RollupInbox).
/// Gas: posting runs for every batch, so it writes two storage slots that are never new: the
/// counters (shared with `nextDeposit`) and the batch's commitment, `H(dataHash, itemCount)`, in a
/// ring of `MAX_UNPROPOSED` slots that are written again and again (5,000 gas each, against 22,100
/// for a new slot; the constructor fills the ring so that even its first lap pays 5,000). The
/// proposer opens the commitment and copies the data hash and item count into its proposal, once
/// per batch, before the ring comes round to that slot again (`TooManyUnproposed`). Everything else
/// is in the calldata and the events.
contract OptimisticRollup is PullPayments, RollupInbox {
    /// @notice How many posted batches may wait for a root at once: the size of the commitment ring.
    uint256 public constant MAX_UNPROPOSED = 32;

    /// @notice A proposed batch, in three storage slots (four while disputed). `finalize` reads
    /// only slots 1 and 2: slot 2 says whether a game runs, slot 3 which one.
    /// @param dataHash H(batchData), copied from the batch's commitment at its first proposal
    /// (slot 0); it stays when the root is withdrawn, as the batch does
    /// @param postStateRoot the root the proposer claims after the batch's last item (slot 1)
    /// @param proposer who claimed it (slot 2, with the deadline, the item count and the flag)
    /// @param challengeDeadline the last L1 second at which a challenge may open (40 bits: L1
    /// seconds reach 2^40 in the year 36812)
    /// @param itemCount number of items, copied with the data hash
    /// @param disputed whether a game runs against this root (`disputeGameId != 0`)
    /// @param disputeGameId the game running against this root, or 0 (slot 3)
    /// @param disputedSince when that game started (the window is paused from then on)
    struct Proposal {
        bytes32 dataHash;
        bytes32 postStateRoot;
        address proposer;
        uint40 challengeDeadline;
        uint32 itemCount;
        bool disputed;
        uint64 disputeGameId;
        uint64 disputedSince;
    }

    /// @notice A proposer's locked bond and where its roots end, in one slot: proposing reads the
    /// bond and notes the root with one storage access. Batches finalize in order, so the bond is
    /// free once batch `rootsEnd - 1`, the one of its latest root, is final: finalizing needs no
    /// per-proposer count (a count cost `finalize` a cold slot, 5,000 gas).
    /// @param rootsEnd one past the index of the proposer's latest root (0: it never proposed);
    /// when a lost game withdraws the roots from batch i on, at most i
    struct Proposer {
        uint128 bond;
        uint128 rootsEnd;
    }

    /// @notice The only address that may post batch data: the deployer.
    address public immutable batcher;
    /// @notice The ETH a proposer locks to propose, and a challenger to challenge.
    uint256 public immutable bond;
    /// @notice Seconds after a proposal during which it can be challenged.
    uint256 public immutable challengePeriod;
    /// @notice Seconds anyone has to reveal withheld batch data before the batch may be dropped.
    uint256 public immutable revealPeriod;
    /// @notice The bisection game that decides challenges; it was created by this contract.
    DisputeGame public immutable disputeGame;

    // The counters and the reveal deadline share a slot with RollupInbox's nextDeposit and
    // depositsSafeUntil (declared just before them), so posting a batch reads and updates one slot
    // for its index, its deposits, whether it must ask the Bridge about overdue deposits and the
    // check that the batch before it has its data. 2^40 batches would take L1 thousands of years.
    /// @notice Batches [0, batchCount) are posted (with their data or only its hash).
    uint40 public batchCount;
    /// @notice Batches [0, proposedCount) have a root.
    uint40 public proposedCount;
    /// @notice Batches [0, finalizedCount) are final.
    uint40 public finalizedCount;
    /// @notice While the last batch's data is withheld: the last L1 second to reveal it; else 0.
    /// Only the last batch can be withheld: no batch follows withheld data.
    uint40 public revealDeadline;
    /// @dev batchCommitment(dataHash, itemCount) of batch i in slot i % MAX_UNPROPOSED, until its
    /// first proposal copies it out.
    bytes32[MAX_UNPROPOSED] private commitments;
    /// @dev H(batchData) of the last batch while its data is withheld.
    bytes32 private withheldDataHash;
    mapping(uint256 batchIndex => Proposal) private proposals;
    mapping(address proposer => Proposer) private proposers;

    event BatchDataWithheld(uint256 indexed batchIndex, bytes32 dataHash, uint64 revealDeadline);
    /// @notice Withheld data was not revealed in time: the batch is gone (its transactions are not).
    event BatchDropped(uint256 indexed batchIndex, bytes32 dataHash);
    event ProposerRegistered(address indexed proposer, uint256 bond);
    event ProposerBondWithdrawn(address indexed proposer, uint256 bond);
    event BatchProposed(uint256 indexed batchIndex, address indexed proposer, bytes32 postStateRoot, uint64 challengeDeadline);
    event BatchChallenged(uint256 indexed batchIndex, uint256 indexed gameId);
    /// @notice The proposer won the game; the window runs again for the time the game took.
    event BatchUpheld(uint256 indexed batchIndex, uint256 indexed gameId, uint64 challengeDeadline);
    event ProposerSlashed(address indexed proposer, address indexed challenger, uint256 bond);
    /// @notice The root `proposer` claimed for `batchIndex` is withdrawn; the batch's data stays.
    event RootRolledBack(uint256 indexed batchIndex, address indexed proposer);
    event BatchFinalized(uint256 indexed batchIndex, bytes32 postStateRoot);

    error NotBatcher(address caller);
    /// @notice Batch `batchIndex`'s data is withheld: no root for it and no later batch until it is
    /// revealed (or dropped after its reveal deadline).
    error DataUnavailable(uint256 batchIndex);
    /// @notice Batch `batchIndex`'s data is on L1 already: there is nothing to reveal or drop.
    error DataAlreadyAvailable(uint256 batchIndex);
    error RevealPeriodOver(uint256 batchIndex, uint64 revealDeadline);
    error RevealPeriodOpen(uint256 batchIndex, uint64 revealDeadline);
    error WrongBond(uint256 sent, uint256 required);
    error AlreadyRegistered(address proposer);
    error NotRegistered(address proposer);
    error BondLocked(address proposer, uint256 pendingBatches);
    error UnknownBatch(uint256 batchIndex);
    /// @notice `maxUnproposed` posted batches wait for a root already: propose some first.
    error TooManyUnproposed(uint256 maxUnproposed);
    /// @notice Batch `batchIndex` was not posted with this data hash and item count (see the
    /// BatchDataAccepted event for the right ones).
    error NotPosted(uint256 batchIndex, bytes32 dataHash, uint32 itemCount);
    /// @notice Roots are proposed in order (each starts from the previous one): `expected` is next.
    error NotNextToPropose(uint256 batchIndex, uint256 expected);
    /// @notice Batch `batchIndex` exists but has no root (yet, or any more).
    error NoRootProposed(uint256 batchIndex);
    error AlreadyFinal(uint256 batchIndex);
    /// @notice Batches finalize in order: `expected` is next.
    error NotNextToFinalize(uint256 batchIndex, uint256 expected);
    error ChallengeWindowOpen(uint256 batchIndex, uint64 challengeDeadline);
    error ChallengeWindowClosed(uint256 batchIndex, uint64 challengeDeadline);
    error BatchDisputed(uint256 batchIndex, uint64 gameId);
    error OnlyDisputeGame(address caller);
    /// @notice A challenge or reveal period of 2^32 seconds (136 years) or more would not fit a deadline's 40 bits.
    error PeriodTooLong(uint256 seconds_);

    modifier onlyBatcher() {
        if (msg.sender != batcher) revert NotBatcher(msg.sender);
        _;
    }

    modifier onlyDisputeGame() {
        if (msg.sender != address(disputeGame)) revert OnlyDisputeGame(msg.sender);
        _;
    }

    /// @param bond_ wei a proposer or a challenger locks
    /// @param challengePeriod_ seconds a root stays open to challenges
    /// @param clockBudget seconds each party of a dispute may think in total (its chess clock)
    /// @param forceInclusionDelay seconds a deposit may wait before every batch must consume it
    /// @param l2ChainId the chain id L2 transactions sign (L2-RULES.md §3, rule 2)
    /// @param revealPeriod_ seconds withheld batch data may stay unrevealed before the batch is dropped
    constructor(
        uint256 bond_,
        uint256 challengePeriod_,
        uint64 clockBudget,
        uint256 forceInclusionDelay,
        uint256 l2ChainId,
        uint256 revealPeriod_
    ) RollupInbox(forceInclusionDelay) {
        if (challengePeriod_ >= 1 << 32) revert PeriodTooLong(challengePeriod_);
        if (revealPeriod_ >= 1 << 32) revert PeriodTooLong(revealPeriod_);
        batcher = msg.sender;
        bond = bond_;
        challengePeriod = challengePeriod_;
        revealPeriod = revealPeriod_;
        disputeGame = new DisputeGame(bond_, clockBudget, l2ChainId);
        for (uint256 i; i < MAX_UNPROPOSED; ++i) {
            commitments[i] = bytes32(uint256(1)); // no batch's commitment: only makes the slot non-zero
        }
    }

    // ------------------------------------------------------------------ the batcher

    /// @notice Posts a batch's data (L2-RULES.md §2): L1 reads it and keeps its commitment.
    /// @param depositsConsumed how many deposit items the batch holds (checked against the data)
    /// @return batchIndex the new batch's index
    function postBatch(bytes calldata batchData, uint64 depositsConsumed)
        external
        onlyBatcher
        returns (uint256 batchIndex)
    {
        batchIndex = appendBatch();
        BatchData.Summary memory s = acceptBatchData(batchIndex, batchData, depositsConsumed);
        commitments[batchIndex % MAX_UNPROPOSED] = batchCommitment(s.dataHash, uint32(s.itemCount));
    }

    /// @notice Posts only the hash of a batch's data and withholds the bytes (a teaching fault).
    /// @return batchIndex the new batch's index
    function postBatchCommitment(bytes32 dataHash) external onlyBatcher returns (uint256 batchIndex) {
        batchIndex = appendBatch();
        uint40 deadline = uint40(block.timestamp + revealPeriod);
        revealDeadline = deadline;
        withheldDataHash = dataHash;
        emit BatchDataWithheld(batchIndex, dataHash, deadline);
    }

    /// @notice Shows the withheld data of batch `batchIndex`; anyone who has the bytes may send them
    /// until the reveal deadline. L1 reads them as `postBatch` would have (deposits, force inclusion
    /// as of now).
    function revealBatchData(uint256 batchIndex, bytes calldata batchData, uint64 depositsConsumed) external {
        withheld(batchIndex);
        if (block.timestamp > revealDeadline) revert RevealPeriodOver(batchIndex, revealDeadline);
        BatchData.checkHash(batchData, withheldDataHash, batchIndex);
        BatchData.Summary memory s = acceptBatchData(batchIndex, batchData, depositsConsumed);
        commitments[batchIndex % MAX_UNPROPOSED] = batchCommitment(s.dataHash, uint32(s.itemCount));
        revealDeadline = 0;
        delete withheldDataHash;
    }

    /// @notice Drops batch `batchIndex` whose data was not revealed in time. It is the last batch (no
    /// batch can follow withheld data) and consumed no deposit, so nothing else changes; the batcher
    /// posts its transactions again.
    function dropUnavailableBatch(uint256 batchIndex) external {
        withheld(batchIndex);
        if (block.timestamp <= revealDeadline) revert RevealPeriodOpen(batchIndex, revealDeadline);
        emit BatchDropped(batchIndex, withheldDataHash);
        batchCount--;
        revealDeadline = 0;
        delete withheldDataHash;
    }

    // ------------------------------------------------------------------ proposers

    /// @notice Locks `bond` wei so the caller may propose roots.
    function registerProposer() external payable {
        if (msg.value != bond) revert WrongBond(msg.value, bond);
        Proposer storage p = proposers[msg.sender];
        if (p.bond != 0) revert AlreadyRegistered(msg.sender);
        p.bond = uint128(msg.value); // less than 2^128 wei: there is not that much ETH
        emit ProposerRegistered(msg.sender, msg.value);
    }

    /// @notice Sends the caller its bond once none of its roots can be challenged any more. The
    /// caller takes its own ETH, so if it refuses the payment only its own withdrawal reverts.
    function withdrawBond() external {
        Proposer storage p = proposers[msg.sender];
        uint256 amount = p.bond;
        if (amount == 0) revert NotRegistered(msg.sender);
        if (p.rootsEnd > finalizedCount) revert BondLocked(msg.sender, p.rootsEnd - finalizedCount);
        p.bond = 0;
        emit ProposerBondWithdrawn(msg.sender, amount);
        pay(msg.sender, amount);
    }

    /// @notice Claims the L2 state root after batch `batchIndex`, the next batch without a root, and
    /// opens its challenge window. The first proposal of a batch opens its commitment: `dataHash` and
    /// `itemCount` are what the batch's BatchDataAccepted event says, and the proposal keeps them
    /// (the game reads them; the ring slot is reused).
    function proposeRoot(uint256 batchIndex, bytes32 postStateRoot, bytes32 dataHash, uint32 itemCount) external {
        Proposer storage p = proposers[msg.sender];
        if (p.bond == 0) revert NotRegistered(msg.sender);
        if (batchIndex != proposedCount) revert NotNextToPropose(batchIndex, proposedCount);
        if (batchIndex >= batchCount) revert UnknownBatch(batchIndex);
        if (batchIndex == batchCount - 1 && revealDeadline != 0) revert DataUnavailable(batchIndex);
        Proposal storage b = proposals[batchIndex];
        if (b.dataHash == 0) { // its first proposal: the commitment is still in the ring
            if (commitments[batchIndex % MAX_UNPROPOSED] != batchCommitment(dataHash, itemCount)) {
                revert NotPosted(batchIndex, dataHash, itemCount);
            }
            b.dataHash = dataHash;
        } else if (b.dataHash != dataHash || b.itemCount != itemCount) { // proposed again after a lost game
            revert NotPosted(batchIndex, dataHash, itemCount);
        }
        uint40 deadline = uint40(block.timestamp + challengePeriod);
        b.postStateRoot = postStateRoot;
        b.proposer = msg.sender;
        b.challengeDeadline = deadline;
        b.itemCount = itemCount;
        p.rootsEnd = uint128(batchIndex + 1);
        proposedCount++;
        emit BatchProposed(batchIndex, msg.sender, postStateRoot, deadline);
    }

    /// @notice Makes the next root final once its window has passed without a running game.
    function finalize(uint256 batchIndex) external {
        if (batchIndex != finalizedCount) revert NotNextToFinalize(batchIndex, finalizedCount);
        Proposal storage b = proposed(batchIndex);
        if (b.disputed) revert BatchDisputed(batchIndex, b.disputeGameId);
        if (block.timestamp <= b.challengeDeadline) revert ChallengeWindowOpen(batchIndex, b.challengeDeadline);
        finalizedCount++;
        emit BatchFinalized(batchIndex, b.postStateRoot);
    }

    // ------------------------------------------------------------------ called by the dispute game

    /// @notice Marks a root as disputed by game `gameId` and tells the game what it is about.
    /// @return b the batch
    /// @return preRoot the root both parties start from (the previous batch's post-root)
    function openDispute(uint256 batchIndex, uint64 gameId)
        external
        onlyDisputeGame
        returns (Proposal memory b, bytes32 preRoot)
    {
        Proposal storage stored = proposed(batchIndex);
        if (batchIndex < finalizedCount) revert AlreadyFinal(batchIndex);
        if (block.timestamp > stored.challengeDeadline) revert ChallengeWindowClosed(batchIndex, stored.challengeDeadline);
        if (stored.disputed) revert BatchDisputed(batchIndex, stored.disputeGameId);
        stored.disputed = true;
        stored.disputeGameId = gameId;
        stored.disputedSince = uint64(block.timestamp);
        emit BatchChallenged(batchIndex, gameId);
        return (stored, preStateRoot(batchIndex));
    }

    /// @notice The proposer won: the root stands, and its window gets back the time the game took.
    function upholdBatch(uint256 batchIndex) external onlyDisputeGame {
        Proposal storage b = proposals[batchIndex];
        uint64 gameId = b.disputeGameId;
        b.challengeDeadline += uint40(block.timestamp - b.disputedSince);
        b.disputed = false;
        b.disputeGameId = 0;
        b.disputedSince = 0;
        emit BatchUpheld(batchIndex, gameId, b.challengeDeadline);
    }

    /// @notice The proposer lost: its bond is credited to `challenger`, and the roots of this batch
    /// and every later one are withdrawn, latest first. The batches and their deposits stay: the
    /// next `proposeRoot` is for `batchIndex` again.
    function rejectBatch(uint256 batchIndex, address challenger) external onlyDisputeGame {
        address proposer = proposals[batchIndex].proposer;
        uint256 slashed = proposers[proposer].bond;
        proposers[proposer].bond = 0;
        emit ProposerSlashed(proposer, challenger, slashed);
        for (uint256 i = proposedCount; i > batchIndex; i--) {
            Proposal storage b = proposals[i - 1]; // the data hash and item count stay
            address rootProposer = b.proposer;
            Proposer storage p = proposers[rootProposer];
            if (p.rootsEnd > batchIndex) p.rootsEnd = uint128(batchIndex); // its later roots are gone
            delete b.postStateRoot;
            delete b.proposer;
            delete b.challengeDeadline;
            delete b.disputed;
            delete b.disputeGameId;
            delete b.disputedSince;
            emit RootRolledBack(i - 1, rootProposer);
        }
        proposedCount = uint40(batchIndex);
        credit(challenger, slashed, CreditReason.ProposerSlashed);
    }

    // ------------------------------------------------------------------ views

    /// @notice What batch `batchIndex`'s proposal holds: all zero before its first proposal, the
    /// data hash and item count alone after its root was withdrawn.
    function proposal(uint256 batchIndex) external view returns (Proposal memory) {
        if (batchIndex >= batchCount) revert UnknownBatch(batchIndex);
        return proposals[batchIndex];
    }

    /// @notice What L1 keeps of a posted batch until its first proposal (L2-RULES.md §2).
    function batchCommitment(bytes32 dataHash, uint32 itemCount) public pure returns (bytes32) {
        return keccak256(abi.encode(dataHash, itemCount));
    }

    /// @notice The bond `proposer` has locked (zero: not registered).
    function bondOf(address proposer) external view returns (uint256) {
        return proposers[proposer].bond;
    }

    /// @notice How many batches up to `proposer`'s latest root are not final yet; its bond stays
    /// locked until zero.
    function pendingBatches(address proposer) external view returns (uint256) {
        uint256 end = proposers[proposer].rootsEnd;
        return end > finalizedCount ? end - finalizedCount : 0;
    }

    /// @notice The game currently running against `batchIndex`'s root, or 0 (also when the root
    /// was withdrawn).
    function disputeGameOf(uint256 batchIndex) external view returns (uint64) {
        return proposals[batchIndex].disputeGameId;
    }

    /// @notice The state root batch `batchIndex` starts from: the empty tree (zero) for the first.
    function preStateRoot(uint256 batchIndex) public view returns (bytes32) {
        return batchIndex == 0 ? bytes32(0) : proposals[batchIndex - 1].postStateRoot;
    }

    /// @inheritdoc IStateRootOracle
    function finalizedStateRoot(uint256 batchIndex) external view override returns (bytes32) {
        return batchIndex < finalizedCount ? proposals[batchIndex].postStateRoot : bytes32(0);
    }

    // ------------------------------------------------------------------ internals

    /// @dev The index of a new batch; the one before it must have its data (a batch is executed
    /// on top of the previous one, and nobody can execute data nobody has), and the ring must have a
    /// slot whose batch was proposed.
    function appendBatch() private returns (uint256 batchIndex) {
        batchIndex = batchCount;
        if (revealDeadline != 0) revert DataUnavailable(batchIndex - 1);
        if (batchIndex - proposedCount >= MAX_UNPROPOSED) revert TooManyUnproposed(MAX_UNPROPOSED);
        batchCount = uint40(batchIndex + 1);
    }

    /// @dev Batch `batchIndex` exists and its data is withheld (it is then the last batch).
    function withheld(uint256 batchIndex) private view {
        if (batchIndex >= batchCount) revert UnknownBatch(batchIndex);
        if (batchIndex != batchCount - 1 || revealDeadline == 0) revert DataAlreadyAvailable(batchIndex);
    }

    /// @dev A batch with a root.
    function proposed(uint256 batchIndex) private view returns (Proposal storage) {
        if (batchIndex >= proposedCount) {
            if (batchIndex >= batchCount) revert UnknownBatch(batchIndex);
            revert NoRootProposed(batchIndex);
        }
        return proposals[batchIndex];
    }
}
