// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {BatchData} from "./BatchData.sol";
import {DisputeGame} from "./DisputeGame.sol";
import {IStateRootOracle} from "./IStateRootOracle.sol";
import {L1Inclusion} from "./L1Inclusion.sol";
import {PullPayments} from "./PullPayments.sol";
import {DepositConsumer} from "./DepositConsumer.sol";

/// @title OptimisticRollup: batches are believed unless someone proves them wrong in time
/// @notice Posting data and claiming its result are two roles, as in the OP Stack:
/// 1. The `batcher` sends each batch as the call data of a plain L1 transaction to `batchInbox`,
///    an address without code (L2-RULES.md §2.2). L1 runs nothing and stores nothing for it: the
///    batch costs 21,000 gas and its calldata. Batch i is the batcher's transaction with nonce
///    `firstBatcherNonce + i`; whether it counts (is valid) is a rule of derivation, not a revert.
/// 2. A registered proposer (one who locked `bond`) claims, batch by batch in order, what batch i
///    holds and the L2 state root after it: `proposeRoot`. L1 checks what it can at once (force
///    inclusion of deposits, the previous root for an empty batch), keeps a hash of the claim, and
///    opens the challenge window of `challengePeriod` seconds.
/// 3. Within the window anyone who disagrees locks the same bond and either
///    - disputes the claim about the data (`challengeData`): the batch's transaction must then be
///      shown to L1 within `revealPeriod` (`answerDataChallenge`, a proof from a block hash L1
///      kept at the proposal down to the transaction, L1Inclusion), and L1 reads it itself; or
///    - disputes the root in a bisection game in the `disputeGame` contract.
///    The window pauses while either runs.
/// 4. If the proposer loses, its bond is credited to the challenger, who takes it with `claim`
///    (PullPayments: resolving a dispute never sends ETH), and the root of that batch and of every
///    later batch (they were built on it) are withdrawn. The batches stay: only the claims were
///    wrong, so an honest proposer proposes the true ones again.
/// 5. If the window passes without a lost dispute, anyone may `finalize` the batch, in order. Its
///    root is then final: the Bridge pays withdrawals against it.
/// @dev Only the batcher's transactions are batches, so a batcher that sends nothing stops the
/// rollup (real rollups let users force transactions in through L1 after a delay). What it cannot
/// do is censor a deposit: from the moment a deposit is overdue, a batch that leaves it out counts
/// as empty (L2-RULES.md §2.2), and L1 refuses a non-empty claim for it (DepositConsumer).
contract OptimisticRollup is PullPayments, DepositConsumer {
    /// @notice What a proposer claims batch i holds (L2-RULES.md §2.2).
    /// @param dataHash keccak256 of the batch transaction's call data
    /// @param itemCount how many items it holds; 0 if the batch is invalid (it then counts as empty)
    /// @param depositCount how many deposits it consumes
    /// @param l1Timestamp the timestamp of the L1 block the batch's transaction is in: deposits
    /// are judged as of it
    /// @param anchorBlock an L1 block at or after that one, among the last 256 at the proposal: a
    /// data challenge is answered with a proof from its hash down to the transaction
    /// @param anchorHash the anchor block's hash, which L1 fills in at the proposal (any value
    /// given there is ignored); whoever refers to the claim later sends it back (BatchProposed says it)
    struct BatchClaim {
        bytes32 dataHash;
        uint32 itemCount;
        uint40 depositCount;
        uint40 l1Timestamp;
        uint40 anchorBlock;
        bytes32 anchorHash;
    }

    /// @notice A proposed batch, in three storage slots (four while disputed). `finalize` reads
    /// only slots 1 and 2: slot 2 says whether a dispute runs, slot 3 which game.
    /// @param claimHash keccak256 of the abi-encoded BatchClaim (slot 0): what the batch holds, which
    /// every dispute is sent again and checks against this hash
    /// @param postStateRoot the root the proposer claims after the batch's last item (slot 1)
    /// @param proposer who claimed it (slot 2, with the deadline, the queue position and the flag)
    /// @param challengeDeadline the last L1 second at which a challenge may open (40 bits: L1
    /// seconds reach 2^40 in the year 36812)
    /// @param firstDeposit the first deposit the batch consumes: where the queue goes back to if
    /// the claim is withdrawn
    /// @param disputed whether a data challenge or a game runs against this claim
    /// @param disputeGameId the game running against this root, or 0 (slot 3)
    /// @param disputedSince when that dispute started (the window is paused from then on)
    struct Proposal {
        bytes32 claimHash;
        bytes32 postStateRoot;
        address proposer;
        uint40 challengeDeadline;
        uint40 firstDeposit;
        bool disputed;
        uint64 disputeGameId;
        uint64 disputedSince;
    }

    /// @notice A running data challenge: who locked the bond, and until when the batch's
    /// transaction may be shown.
    struct DataChallenge {
        address challenger;
        uint40 deadline;
    }

    /// @notice A proposer's locked bond and where its roots end, in one slot: proposing reads the
    /// bond and notes the root with one storage access. Batches finalize in order, so the bond is
    /// free once batch `rootsEnd - 1`, the one of its latest root, is final: finalizing needs no
    /// per-proposer count (a count cost `finalize` a cold slot, 5,000 gas).
    /// @param rootsEnd one past the index of the proposer's latest root (0: it never proposed);
    /// when a lost dispute withdraws the roots from batch i on, at most i
    struct Proposer {
        uint128 bond;
        uint128 rootsEnd;
    }

    /// @notice `blockhash` answers for the last 256 blocks only: an anchor must be among them.
    uint256 public constant BLOCKHASH_WINDOW = 256;

    /// @notice The only account whose transactions are batches.
    address public immutable batcher;
    /// @notice Batch i is the batcher's transaction with nonce `firstBatcherNonce + i`.
    uint256 public immutable firstBatcherNonce;
    /// @notice The address without code the batcher sends batches to: 0xff00…00 followed by the
    /// L2 chain id, the OP Stack's convention. A batcher transaction sent elsewhere counts as empty.
    address public immutable batchInbox;
    /// @notice The ETH a proposer locks to propose, and a challenger to challenge.
    uint256 public immutable bond;
    /// @notice Seconds after a proposal during which it can be challenged.
    uint256 public immutable challengePeriod;
    /// @notice Seconds anyone has to show a challenged batch's transaction.
    uint256 public immutable revealPeriod;
    /// @notice The bisection game that decides disputes about roots; it was created by this contract.
    DisputeGame public immutable disputeGame;

    // The counters share a slot with DepositConsumer's nextDeposit and depositsSafeUntil (declared just
    // before them), so proposing reads and updates one slot for its index and its deposits.
    /// @notice Batches [0, proposedCount) have a root.
    uint40 public proposedCount;
    /// @notice Batches [0, finalizedCount) are final.
    uint40 public finalizedCount;
    mapping(uint256 batchIndex => Proposal) private proposals;
    mapping(uint256 batchIndex => DataChallenge) private dataChallenges;
    mapping(address proposer => Proposer) private proposers;

    event ProposerRegistered(address indexed proposer, uint256 bond);
    event ProposerBondWithdrawn(address indexed proposer, uint256 bond);
    /// @notice `proposer` claims batch `batchIndex` holds `claim` (with L1's anchor hash) and ends in `postStateRoot`.
    event BatchProposed(
        uint256 indexed batchIndex,
        address indexed proposer,
        bytes32 postStateRoot,
        uint64 challengeDeadline,
        uint64 firstDeposit,
        BatchClaim claim
    );
    event BatchChallenged(uint256 indexed batchIndex, uint256 indexed gameId);
    /// @notice `challenger` disputes what the claim says batch `batchIndex` holds; its transaction
    /// must be shown by `deadline`.
    event DataChallenged(uint256 indexed batchIndex, address indexed challenger, uint64 deadline);
    /// @notice L1 read batch `batchIndex`'s transaction (`l1Transaction`, its hash) from a proof:
    /// `truth` is what it holds; `claimUpheld` whether the claim said so.
    event BatchDataShown(uint256 indexed batchIndex, bool claimUpheld, BatchClaim truth, bytes32 l1Transaction);
    /// @notice Nobody showed batch `batchIndex`'s transaction in time: the claim about it stands unproven.
    event DataChallengeUnanswered(uint256 indexed batchIndex);
    /// @notice The proposer won a dispute; the window runs again for the time the dispute took.
    event BatchUpheld(uint256 indexed batchIndex, uint256 indexed gameId, uint64 challengeDeadline);
    event ProposerSlashed(address indexed proposer, address indexed challenger, uint256 bond);
    /// @notice The root `proposer` claimed for `batchIndex` is withdrawn; the batch stays.
    event RootRolledBack(uint256 indexed batchIndex, address indexed proposer);
    event BatchFinalized(uint256 indexed batchIndex, bytes32 postStateRoot);

    error WrongBond(uint256 sent, uint256 required);
    error AlreadyRegistered(address proposer);
    error NotRegistered(address proposer);
    error BondLocked(address proposer, uint256 pendingBatches);
    /// @notice Roots are proposed in order (each starts from the previous one): `expected` is next.
    error NotNextToPropose(uint256 batchIndex, uint256 expected);
    /// @notice The anchor must be one of the last `BLOCKHASH_WINDOW` blocks before this one.
    error AnchorOutOfReach(uint256 anchorBlock, uint256 currentBlock);
    /// @notice A batch is in an earlier block than its proposal: its timestamp is before this block's.
    error BatchNotYetOnL1(uint256 l1Timestamp, uint256 now_);
    /// @notice An empty batch consumes no deposits and leaves the root as it was.
    error EmptyBatchChangesState(uint256 batchIndex);
    /// @notice Deposit `index` was queued at `queuedAt`, not before the batch's L1 block (at `l1Timestamp`).
    error DepositTooNew(uint256 index, uint256 queuedAt, uint256 l1Timestamp);
    /// @notice Batch `batchIndex` exists but has no root (yet, or any more).
    error NoRootProposed(uint256 batchIndex);
    error AlreadyFinal(uint256 batchIndex);
    /// @notice Batches finalize in order: `expected` is next.
    error NotNextToFinalize(uint256 batchIndex, uint256 expected);
    error ChallengeWindowOpen(uint256 batchIndex, uint64 challengeDeadline);
    error ChallengeWindowClosed(uint256 batchIndex, uint64 challengeDeadline);
    /// @notice A dispute runs against this claim already (`gameId` 0: a data challenge).
    error BatchDisputed(uint256 batchIndex, uint64 gameId);
    /// @notice The claim sent is not the one proposed for batch `batchIndex` (see BatchProposed).
    error NotTheClaim(uint256 batchIndex);
    /// @notice No data challenge runs against batch `batchIndex`.
    error NoDataChallenge(uint256 batchIndex);
    error RevealPeriodOver(uint256 batchIndex, uint64 deadline);
    error RevealPeriodOpen(uint256 batchIndex, uint64 deadline);
    /// @notice The proven transaction is `sender`'s with nonce `nonce`, not batch `batchIndex`'s
    /// (the batcher's with nonce `firstBatcherNonce + batchIndex`).
    error NotTheBatch(uint256 batchIndex, address sender, uint256 nonce);
    error OnlyDisputeGame(address caller);
    /// @notice Reading the batch ran out of gas, which says nothing about it: send the answer with more gas.
    error CheckOutOfGas();
    /// @notice A challenge or reveal period of 2^32 seconds (136 years) or more would not fit a deadline's 40 bits.
    error PeriodTooLong(uint256 seconds_);

    modifier onlyDisputeGame() {
        if (msg.sender != address(disputeGame)) revert OnlyDisputeGame(msg.sender);
        _;
    }

    /// @param bond_ wei a proposer or a challenger locks
    /// @param challengePeriod_ seconds a root stays open to challenges
    /// @param clockBudget seconds each party of a dispute may think in total (its chess clock)
    /// @param forceInclusionDelay seconds a deposit may wait before every batch must consume it
    /// @param l2ChainId the chain id L2 transactions sign (L2-RULES.md §3, rule 2); it names the inbox
    /// @param revealPeriod_ seconds a challenged batch's transaction may take to be shown
    /// @param batcher_ the account whose transactions are the batches
    /// @param firstBatcherNonce_ the nonce of the batcher's transaction that is batch 0
    constructor(
        uint256 bond_,
        uint256 challengePeriod_,
        uint64 clockBudget,
        uint256 forceInclusionDelay,
        uint256 l2ChainId,
        uint256 revealPeriod_,
        address batcher_,
        uint256 firstBatcherNonce_
    ) DepositConsumer(forceInclusionDelay) {
        if (challengePeriod_ >= 1 << 32) revert PeriodTooLong(challengePeriod_);
        if (revealPeriod_ >= 1 << 32) revert PeriodTooLong(revealPeriod_);
        batcher = batcher_;
        firstBatcherNonce = firstBatcherNonce_;
        batchInbox = address(uint160(0xff) << 152 | uint160(l2ChainId));
        bond = bond_;
        challengePeriod = challengePeriod_;
        revealPeriod = revealPeriod_;
        disputeGame = new DisputeGame(bond_, clockBudget, l2ChainId);
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

    /// @notice Claims what batch `batchIndex`, the next batch without a root, holds and the L2
    /// state root after it, and opens its challenge window. L1 cannot see the batch (it is another
    /// transaction), so it checks only what follows from the claim itself:
    /// - a valid batch (itemCount > 0) consumes its deposits as of its L1 time: each was queued
    ///   before it, and it leaves none overdue (force inclusion);
    /// - an invalid batch (itemCount 0) counts as empty: no deposits, and the root stays.
    /// Everything else (the data hash, the counts, the L1 time) a data challenge can check.
    function proposeRoot(uint256 batchIndex, bytes32 postStateRoot, BatchClaim calldata claim) external {
        Proposer storage p = proposers[msg.sender];
        if (p.bond == 0) revert NotRegistered(msg.sender);
        if (batchIndex != proposedCount) revert NotNextToPropose(batchIndex, proposedCount);
        if (claim.anchorBlock >= block.number || block.number - claim.anchorBlock > BLOCKHASH_WINDOW) {
            revert AnchorOutOfReach(claim.anchorBlock, block.number);
        }
        if (claim.l1Timestamp >= block.timestamp) revert BatchNotYetOnL1(claim.l1Timestamp, block.timestamp);
        uint40 firstDeposit = nextDeposit;
        if (claim.itemCount == 0) {
            if (claim.depositCount != 0 || postStateRoot != preStateRoot(batchIndex)) {
                revert EmptyBatchChangesState(batchIndex);
            }
        } else {
            consumeDeposits(claim.depositCount, claim.l1Timestamp);
            if (claim.depositCount != 0) {
                uint256 last = firstDeposit + claim.depositCount - 1;
                uint256 queuedAt = bridge.queuedAt(last);
                if (queuedAt >= claim.l1Timestamp) revert DepositTooNew(last, queuedAt, claim.l1Timestamp);
            }
        }
        BatchClaim memory anchored = claim;
        anchored.anchorHash = blockhash(claim.anchorBlock);
        uint40 deadline = uint40(block.timestamp + challengePeriod);
        Proposal storage b = proposals[batchIndex];
        b.claimHash = keccak256(abi.encode(anchored));
        b.postStateRoot = postStateRoot;
        b.proposer = msg.sender;
        b.challengeDeadline = deadline;
        b.firstDeposit = firstDeposit;
        p.rootsEnd = uint128(batchIndex + 1);
        proposedCount++;
        emit BatchProposed(batchIndex, msg.sender, postStateRoot, deadline, firstDeposit, anchored);
    }

    /// @notice Makes the next root final once its window has passed without a running dispute.
    function finalize(uint256 batchIndex) external {
        if (batchIndex != finalizedCount) revert NotNextToFinalize(batchIndex, finalizedCount);
        Proposal storage b = proposed(batchIndex);
        if (b.disputed) revert BatchDisputed(batchIndex, b.disputeGameId);
        if (block.timestamp <= b.challengeDeadline) revert ChallengeWindowOpen(batchIndex, b.challengeDeadline);
        finalizedCount++;
        emit BatchFinalized(batchIndex, b.postStateRoot);
    }

    // ------------------------------------------------------------------ data challenges

    /// @notice Disputes what the claim says batch `batchIndex` holds (or that it is on L1 at all):
    /// the caller locks `bond`, and the batch's transaction must be shown by the deadline.
    function challengeData(uint256 batchIndex) external payable {
        if (msg.value != bond) revert WrongBond(msg.value, bond);
        markDisputed(batchIndex, 0);
        uint40 deadline = uint40(block.timestamp + revealPeriod);
        dataChallenges[batchIndex] = DataChallenge(msg.sender, deadline);
        emit DataChallenged(batchIndex, msg.sender, deadline);
    }

    /// @notice Shows batch `batchIndex`'s transaction: a proof from the claim's anchor block hash
    /// down to the batcher's transaction with the batch's nonce. L1 reads the batch itself
    /// (`batchClaimOf`) and compares: if the claim was right, the challenger's bond goes to the
    /// proposer and the window runs on; if not, the proposer loses as in a lost game. Anyone may
    /// send it, the challenger too: the result does not depend on who asks.
    /// @param claim the claim as proposed (BatchProposed says it)
    function answerDataChallenge(uint256 batchIndex, BatchClaim calldata claim, L1Inclusion.Proof calldata proof)
        external
    {
        DataChallenge memory c = dataChallenges[batchIndex];
        if (c.challenger == address(0)) revert NoDataChallenge(batchIndex);
        if (block.timestamp > c.deadline) revert RevealPeriodOver(batchIndex, c.deadline);
        Proposal storage b = proposals[batchIndex];
        if (keccak256(abi.encode(claim)) != b.claimHash) revert NotTheClaim(batchIndex);
        (L1Inclusion.Included memory t, bytes calldata data) = L1Inclusion.transaction(claim.anchorHash, proof);
        if (t.sender != batcher || t.nonce != firstBatcherNonce + batchIndex) {
            revert NotTheBatch(batchIndex, t.sender, t.nonce);
        }
        BatchClaim memory truth = batchClaimOf(data, t.to, b.firstDeposit, t.blockTimestamp);
        bool upheld = truth.dataHash == claim.dataHash && truth.itemCount == claim.itemCount
            && truth.depositCount == claim.depositCount && truth.l1Timestamp == claim.l1Timestamp;
        delete dataChallenges[batchIndex];
        emit BatchDataShown(batchIndex, upheld, truth, t.hash);
        if (upheld) {
            resume(batchIndex, 0);
            credit(b.proposer, bond, CreditReason.DataChallengeLost);
        } else {
            reject(batchIndex, c.challenger);
            credit(c.challenger, bond, CreditReason.DataChallengeWon);
        }
    }

    /// @notice Ends a data challenge nobody answered in time: the claim was not shown to be on L1,
    /// so the proposer loses. Anyone may call it.
    function resolveDataChallenge(uint256 batchIndex) external {
        DataChallenge memory c = dataChallenges[batchIndex];
        if (c.challenger == address(0)) revert NoDataChallenge(batchIndex);
        if (block.timestamp <= c.deadline) revert RevealPeriodOpen(batchIndex, c.deadline);
        delete dataChallenges[batchIndex];
        emit DataChallengeUnanswered(batchIndex);
        reject(batchIndex, c.challenger);
        credit(c.challenger, bond, CreditReason.DataChallengeWon);
    }

    /// @notice What batch data `data`, sent to `to` in an L1 block at `l1Timestamp` with deposits
    /// from `firstDeposit` on, holds by L2-RULES.md §2.2: its counts if it is valid, zero counts
    /// if it is not (it then counts as empty). The anchor fields are left zero.
    function batchClaimOf(bytes calldata data, address to, uint64 firstDeposit, uint256 l1Timestamp)
        public
        view
        returns (BatchClaim memory truth)
    {
        truth.dataHash = keccak256(data);
        truth.l1Timestamp = uint40(l1Timestamp);
        if (to != batchInbox) return truth;
        try this.checkBatch(data, firstDeposit, l1Timestamp) returns (uint64 itemCount, uint64 depositCount) {
            truth.itemCount = uint32(itemCount);
            truth.depositCount = uint40(depositCount);
        } catch (bytes memory reason) {
            // every rule checkBatch enforces reverts with an error; an empty reason is the call running
            // out of gas, which says nothing about the batch (and a caller could cause it on purpose)
            if (reason.length == 0) revert CheckOutOfGas();
        } // a rule broken: invalid, it counts as empty
    }

    /// @notice Reads batch data as of L1 second `l1Timestamp` with deposits from `firstDeposit` on,
    /// and reverts with the rule it breaks if it is invalid: malformed (BatchData), a deposit not
    /// queued before it (`UnknownDeposit`, `DepositTooNew`), or an overdue deposit left out
    /// (`DepositOverdue`). The batcher asks it before sending a batch.
    function checkBatch(bytes calldata data, uint64 firstDeposit, uint256 l1Timestamp)
        external
        view
        returns (uint64 itemCount, uint64 depositCount)
    {
        BatchData.Summary memory s = BatchData.read(data, firstDeposit);
        uint256 next = firstDeposit + s.depositCount;
        if (s.depositCount != 0) {
            if (next > bridge.depositCount()) revert UnknownDeposit(next - 1);
            uint256 queuedAt = bridge.queuedAt(next - 1);
            if (queuedAt >= l1Timestamp) revert DepositTooNew(next - 1, queuedAt, l1Timestamp);
        }
        if (l1Timestamp > bridge.overdueAfter(next)) revert DepositOverdue(next);
        return (s.itemCount, s.depositCount);
    }

    // ------------------------------------------------------------------ called by the dispute game

    /// @notice Marks a root as disputed by game `gameId` and tells the game what it is about.
    /// @param claim the claim as proposed, which the game reads the data hash and item count from
    /// @return proposer who claimed the root
    /// @return postStateRoot the claimed root
    /// @return preRoot the root both parties start from (the previous batch's post-root)
    function openDispute(uint256 batchIndex, uint64 gameId, BatchClaim calldata claim)
        external
        onlyDisputeGame
        returns (address proposer, bytes32 postStateRoot, bytes32 preRoot)
    {
        Proposal storage b = markDisputed(batchIndex, gameId);
        if (keccak256(abi.encode(claim)) != b.claimHash) revert NotTheClaim(batchIndex);
        emit BatchChallenged(batchIndex, gameId);
        return (b.proposer, b.postStateRoot, preStateRoot(batchIndex));
    }

    /// @notice The proposer won: the root stands, and its window gets back the time the game took.
    function upholdBatch(uint256 batchIndex) external onlyDisputeGame {
        resume(batchIndex, proposals[batchIndex].disputeGameId);
    }

    /// @notice The proposer lost: its bond is credited to `challenger`, and the claims of this
    /// batch and every later one are withdrawn, latest first, their deposits back in the queue.
    /// The next `proposeRoot` is for `batchIndex` again.
    function rejectBatch(uint256 batchIndex, address challenger) external onlyDisputeGame {
        reject(batchIndex, challenger);
    }

    // ------------------------------------------------------------------ views

    /// @notice What batch `batchIndex`'s proposal holds: all zero before its proposal and after its
    /// claim was withdrawn.
    function proposal(uint256 batchIndex) external view returns (Proposal memory) {
        return proposals[batchIndex];
    }

    /// @notice The data challenge running against batch `batchIndex` (challenger zero: none).
    function dataChallenge(uint256 batchIndex) external view returns (DataChallenge memory) {
        return dataChallenges[batchIndex];
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
    /// was withdrawn, or a data challenge runs).
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

    /// @dev Opens a dispute (`gameId` 0: a data challenge) against a claim still in its window.
    function markDisputed(uint256 batchIndex, uint64 gameId) private returns (Proposal storage b) {
        b = proposed(batchIndex);
        if (batchIndex < finalizedCount) revert AlreadyFinal(batchIndex);
        if (block.timestamp > b.challengeDeadline) revert ChallengeWindowClosed(batchIndex, b.challengeDeadline);
        if (b.disputed) revert BatchDisputed(batchIndex, b.disputeGameId);
        b.disputed = true;
        b.disputeGameId = gameId;
        b.disputedSince = uint64(block.timestamp);
    }

    /// @dev The claim stands: the window gets back the time the dispute took.
    function resume(uint256 batchIndex, uint64 gameId) private {
        Proposal storage b = proposals[batchIndex];
        b.challengeDeadline += uint40(block.timestamp - b.disputedSince);
        b.disputed = false;
        b.disputeGameId = 0;
        b.disputedSince = 0;
        emit BatchUpheld(batchIndex, gameId, b.challengeDeadline);
    }

    /// @dev The proposer of `batchIndex` lost: its bond goes to `challenger`, and the claims from
    /// `batchIndex` on are withdrawn, their deposits back in the queue. A data challenge against a
    /// later claim is void: its challenger gets its bond back (a game against one is void too, and
    /// DisputeGame.abandon returns that bond).
    function reject(uint256 batchIndex, address challenger) private {
        address proposer = proposals[batchIndex].proposer;
        uint256 slashed = proposers[proposer].bond;
        proposers[proposer].bond = 0;
        emit ProposerSlashed(proposer, challenger, slashed);
        unconsumeDeposits(proposals[batchIndex].firstDeposit);
        for (uint256 i = proposedCount; i > batchIndex; i--) {
            address rootProposer = proposals[i - 1].proposer;
            Proposer storage p = proposers[rootProposer];
            if (p.rootsEnd > batchIndex) p.rootsEnd = uint128(batchIndex); // its later roots are gone
            delete proposals[i - 1];
            address voided = dataChallenges[i - 1].challenger;
            if (voided != address(0)) {
                delete dataChallenges[i - 1];
                credit(voided, bond, CreditReason.DataChallengeVoided);
            }
            emit RootRolledBack(i - 1, rootProposer);
        }
        proposedCount = uint40(batchIndex);
        credit(challenger, slashed, CreditReason.ProposerSlashed);
    }

    /// @dev A batch with a root.
    function proposed(uint256 batchIndex) private view returns (Proposal storage) {
        if (batchIndex >= proposedCount) revert NoRootProposed(batchIndex);
        return proposals[batchIndex];
    }
}
