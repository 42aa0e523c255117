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
/// Gas: each batch costs two new storage slots to post (its hash; its size, fee and deposit range)
/// and two to propose (the root; proposer and deadline); the counters share one slot with
/// `nextDeposit`. Everything else is in the calldata and the events.
contract OptimisticRollup is PullPayments, RollupInbox {
    /// @notice A posted batch, in four storage slots (five while disputed).
    /// @param dataHash H(batchData): all L1 keeps of the data (slot 0)
    /// @param itemCount number of items; zero while the data is withheld (slot 1, written when L1
    /// reads the data: postBatch or revealBatchData)
    /// @param depositCount how many deposits the batch consumes, from `firstDeposit` on
    /// @param l1FeePerByte the batch header's price of a byte of L1 calldata
    /// @param firstDeposit the queue index of the batch's first deposit
    /// @param revealDeadline withheld data: the last L1 second at which it may be revealed
    /// @param postStateRoot the root the proposer claims after the batch's last item (slot 2)
    /// @param proposer who claimed it (slot 3, with the deadline)
    /// @param challengeDeadline the last L1 second at which a challenge may open
    /// @param disputeGameId the game running against this root, or 0 (slot 4)
    /// @param disputedSince when that game started (the window is paused from then on)
    struct Batch {
        bytes32 dataHash;
        uint32 itemCount;
        uint32 depositCount;
        uint64 l1FeePerByte;
        uint64 firstDeposit;
        uint64 revealDeadline;
        bytes32 postStateRoot;
        address proposer;
        uint64 challengeDeadline;
        uint64 disputeGameId;
        uint64 disputedSince;
    }

    /// @notice A proposer's locked bond and how many of its roots are neither final nor withdrawn,
    /// in one slot: proposing reads the bond and counts the root with one storage access.
    struct Proposer {
        uint128 bond;
        uint128 pendingRoots;
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

    // The three counters share a slot with RollupInbox.nextDeposit (declared just before them), so
    // posting a batch updates one slot for both its index and its deposits.
    /// @notice Batches [0, batchCount) are posted (with their data or only its hash).
    uint64 public batchCount;
    /// @notice Batches [0, proposedCount) have a root.
    uint64 public proposedCount;
    /// @notice Batches [0, finalizedCount) are final.
    uint64 public finalizedCount;
    mapping(uint256 batchIndex => Batch) private batches;
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
        batcher = msg.sender;
        bond = bond_;
        challengePeriod = challengePeriod_;
        revealPeriod = revealPeriod_;
        disputeGame = new DisputeGame(bond_, clockBudget, l2ChainId);
    }

    // ------------------------------------------------------------------ the batcher

    /// @notice Posts a batch's data (L2-RULES.md §2): L1 reads it and keeps its hash.
    /// @param depositsConsumed how many deposit items the batch holds (checked against the data)
    /// @return batchIndex the new batch's index
    function postBatch(bytes calldata batchData, uint64 depositsConsumed)
        external
        onlyBatcher
        returns (uint256 batchIndex)
    {
        batchIndex = appendBatch();
        Batch storage b = batches[batchIndex];
        BatchData.Summary memory s = acceptBatchData(batchIndex, batchData, depositsConsumed);
        b.dataHash = s.dataHash;
        recordSummary(b, s);
    }

    /// @notice Posts only the hash of a batch's data and withholds the bytes (a teaching fault).
    /// @return batchIndex the new batch's index
    function postBatchCommitment(bytes32 dataHash) external onlyBatcher returns (uint256 batchIndex) {
        batchIndex = appendBatch();
        Batch storage b = batches[batchIndex];
        uint64 deadline = uint64(block.timestamp + revealPeriod);
        b.dataHash = dataHash;
        b.revealDeadline = deadline;
        emit BatchDataWithheld(batchIndex, dataHash, deadline);
    }

    /// @notice Shows the withheld data of batch `batchIndex`; anyone who has the bytes may send them
    /// until the reveal deadline. L1 reads them as `postBatch` would have (deposits, force inclusion
    /// as of now).
    function revealBatchData(uint256 batchIndex, bytes calldata batchData, uint64 depositsConsumed) external {
        Batch storage b = withheld(batchIndex);
        if (block.timestamp > b.revealDeadline) revert RevealPeriodOver(batchIndex, b.revealDeadline);
        BatchData.checkHash(batchData, b.dataHash, batchIndex);
        recordSummary(b, acceptBatchData(batchIndex, batchData, depositsConsumed));
    }

    /// @notice Drops batch `batchIndex` whose data was not revealed in time. It is the last batch (no
    /// batch can follow withheld data) and consumed no deposit, so nothing else changes; the batcher
    /// posts its transactions again.
    function dropUnavailableBatch(uint256 batchIndex) external {
        Batch storage b = withheld(batchIndex);
        if (block.timestamp <= b.revealDeadline) revert RevealPeriodOpen(batchIndex, b.revealDeadline);
        bytes32 dataHash = b.dataHash;
        delete batches[batchIndex];
        batchCount--;
        emit BatchDropped(batchIndex, dataHash);
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
        if (p.pendingRoots != 0) revert BondLocked(msg.sender, p.pendingRoots);
        p.bond = 0;
        emit ProposerBondWithdrawn(msg.sender, amount);
        pay(msg.sender, amount);
    }

    /// @notice Claims the L2 state root after batch `batchIndex`, the next batch without a root, and
    /// opens its challenge window.
    function proposeRoot(uint256 batchIndex, bytes32 postStateRoot) external {
        Proposer storage p = proposers[msg.sender];
        if (p.bond == 0) revert NotRegistered(msg.sender);
        if (batchIndex != proposedCount) revert NotNextToPropose(batchIndex, proposedCount);
        Batch storage b = existing(batchIndex);
        if (b.itemCount == 0) revert DataUnavailable(batchIndex);
        uint64 deadline = uint64(block.timestamp + challengePeriod);
        b.postStateRoot = postStateRoot;
        b.proposer = msg.sender;
        b.challengeDeadline = deadline;
        p.pendingRoots++;
        proposedCount++;
        emit BatchProposed(batchIndex, msg.sender, postStateRoot, deadline);
    }

    /// @notice Makes the next root final once its window has passed without a running game.
    function finalize(uint256 batchIndex) external {
        if (batchIndex != finalizedCount) revert NotNextToFinalize(batchIndex, finalizedCount);
        Batch storage b = proposed(batchIndex);
        if (b.disputeGameId != 0) revert BatchDisputed(batchIndex, b.disputeGameId);
        if (block.timestamp <= b.challengeDeadline) revert ChallengeWindowOpen(batchIndex, b.challengeDeadline);
        finalizedCount++;
        proposers[b.proposer].pendingRoots--;
        emit BatchFinalized(batchIndex, b.postStateRoot);
    }

    // ------------------------------------------------------------------ called by the dispute game

    /// @notice Marks a root as disputed by game `gameId` and tells the game what it is about.
    /// @return b the batch
    /// @return preRoot the root both parties start from (the previous batch's post-root)
    function openDispute(uint256 batchIndex, uint64 gameId)
        external
        onlyDisputeGame
        returns (Batch memory b, bytes32 preRoot)
    {
        Batch storage stored = proposed(batchIndex);
        if (batchIndex < finalizedCount) revert AlreadyFinal(batchIndex);
        if (block.timestamp > stored.challengeDeadline) revert ChallengeWindowClosed(batchIndex, stored.challengeDeadline);
        if (stored.disputeGameId != 0) revert BatchDisputed(batchIndex, stored.disputeGameId);
        stored.disputeGameId = gameId;
        stored.disputedSince = uint64(block.timestamp);
        emit BatchChallenged(batchIndex, gameId);
        return (stored, preStateRoot(batchIndex));
    }

    /// @notice The proposer won: the root stands, and its window gets back the time the game took.
    function upholdBatch(uint256 batchIndex) external onlyDisputeGame {
        Batch storage b = batches[batchIndex];
        uint64 gameId = b.disputeGameId;
        b.challengeDeadline += uint64(block.timestamp) - b.disputedSince;
        b.disputeGameId = 0;
        b.disputedSince = 0;
        emit BatchUpheld(batchIndex, gameId, b.challengeDeadline);
    }

    /// @notice The proposer lost: its bond is credited to `challenger`, and the roots of this batch
    /// and every later one are withdrawn, latest first. The batches and their deposits stay: the
    /// next `proposeRoot` is for `batchIndex` again.
    function rejectBatch(uint256 batchIndex, address challenger) external onlyDisputeGame {
        address proposer = batches[batchIndex].proposer;
        uint256 slashed = proposers[proposer].bond;
        proposers[proposer].bond = 0;
        emit ProposerSlashed(proposer, challenger, slashed);
        for (uint256 i = proposedCount; i > batchIndex; i--) {
            Batch storage b = batches[i - 1];
            address rootProposer = b.proposer;
            proposers[rootProposer].pendingRoots--;
            delete b.postStateRoot;
            delete b.proposer;
            delete b.challengeDeadline;
            delete b.disputeGameId;
            delete b.disputedSince;
            emit RootRolledBack(i - 1, rootProposer);
        }
        proposedCount = uint64(batchIndex);
        credit(challenger, slashed, CreditReason.ProposerSlashed);
    }

    // ------------------------------------------------------------------ views

    function batch(uint256 batchIndex) external view returns (Batch memory) {
        return existing(batchIndex);
    }

    /// @notice The bond `proposer` has locked (zero: not registered).
    function bondOf(address proposer) external view returns (uint256) {
        return proposers[proposer].bond;
    }

    /// @notice How many of `proposer`'s roots are neither final nor withdrawn; its bond stays
    /// locked until zero.
    function pendingBatches(address proposer) external view returns (uint256) {
        return proposers[proposer].pendingRoots;
    }

    /// @notice The game currently running against `batchIndex`'s root, or 0 (also when the root
    /// was withdrawn).
    function disputeGameOf(uint256 batchIndex) external view returns (uint64) {
        return batches[batchIndex].disputeGameId;
    }

    /// @notice The state root batch `batchIndex` starts from: the empty tree (zero) for the first.
    function preStateRoot(uint256 batchIndex) public view returns (bytes32) {
        return batchIndex == 0 ? bytes32(0) : batches[batchIndex - 1].postStateRoot;
    }

    /// @inheritdoc IStateRootOracle
    function finalizedStateRoot(uint256 batchIndex) external view override returns (bytes32) {
        return batchIndex < finalizedCount ? batches[batchIndex].postStateRoot : bytes32(0);
    }

    // ------------------------------------------------------------------ internals

    /// @dev The index of a new batch; the one before it must have its data (a batch is executed
    /// on top of the previous one, and nobody can execute data nobody has).
    function appendBatch() private returns (uint256 batchIndex) {
        batchIndex = batchCount;
        if (batchIndex != 0 && batches[batchIndex - 1].itemCount == 0) revert DataUnavailable(batchIndex - 1);
        batchCount++;
    }

    /// @dev Stores what L1 read from the data, all in the batch's second slot. The counts fit
    /// 32 bits: 2^32 items would need more calldata than an L1 block can hold.
    function recordSummary(Batch storage b, BatchData.Summary memory s) private {
        b.itemCount = uint32(s.itemCount);
        b.depositCount = uint32(s.depositCount);
        b.l1FeePerByte = s.l1FeePerByte;
        b.firstDeposit = s.firstDeposit;
    }

    function existing(uint256 batchIndex) private view returns (Batch storage) {
        if (batchIndex >= batchCount) revert UnknownBatch(batchIndex);
        return batches[batchIndex];
    }

    /// @dev A batch whose data is withheld.
    function withheld(uint256 batchIndex) private view returns (Batch storage b) {
        b = existing(batchIndex);
        if (b.itemCount != 0) revert DataAlreadyAvailable(batchIndex);
    }

    /// @dev A batch with a root.
    function proposed(uint256 batchIndex) private view returns (Batch storage) {
        if (batchIndex >= proposedCount) {
            existing(batchIndex);
            revert NoRootProposed(batchIndex);
        }
        return batches[batchIndex];
    }
}
