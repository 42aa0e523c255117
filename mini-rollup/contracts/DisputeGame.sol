// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {BatchData} from "./BatchData.sol";
import {L2Rules} from "./L2Rules.sol";
import {OptimisticRollup} from "./OptimisticRollup.sol";
import {PullPayments} from "./PullPayments.sol";

/// @title DisputeGame: finds the one item of a batch on which proposer and challenger disagree
/// @notice Write S_i for the L2 state root after the first i items of a batch of n items. Both
/// parties agree on S_0 (the previous batch's root) and disagree on S_n. The game narrows the
/// interval [lo, hi] with "agree at lo, disagree at hi" by bisection:
/// 1. The challenger opens with its own S_n and a bond (`challenge`). Then [lo, hi] = [0, n].
/// 2. Each round, the proposer posts its root at mid = (lo + hi) / 2, then the challenger posts its
///    own (`postRoot`). Equal roots: they agree at mid, lo = mid. Different: hi = mid.
/// 3. After at most ceil(log2 n) rounds hi = lo + 1: they agree on S_k (k = lo) and disagree on
///    S_{k+1}. Anyone may then send `oneStepProof` with the whole batch data again and a witness of
///    the leaves item k touches: L1 checks the data against the claimed data hash, walks to item k and
///    re-executes it alone, with L2Rules, from S_k. The party whose S_{k+1} matches wins. (Sending
///    the batch again costs calldata once per dispute; a Merkle tree over the items would cost
///    storage and hashing on every batch, and disputes are rare.)
/// 4. Each party has a chess clock of `clockBudget` seconds of L1 time for all its moves; whoever is
///    to move lets its own clock run. A party whose clock has run out cannot move, and anyone may
///    call `timeout` to end the game against it. Once hi = lo + 1 the challenger's clock runs until
///    the one-step proof arrives: it claimed the batch is wrong, so it must show it.
/// The winner gets both bonds. A lost root is withdrawn with the roots of every later batch
/// (OptimisticRollup.rejectBatch); a game whose root was withdrawn by another game is void and
/// the challenger gets its bond back (`abandon`).
/// Bonds are credited, never sent, while a game ends: the winner takes them with `claim`
/// (PullPayments), so a winner that refuses ETH cannot keep its game from ending.
/// @dev The proposer's bond stays in the rollup, which credits it; the challenger's is held and
/// credited here.
contract DisputeGame is PullPayments {
    enum Party {
        Proposer,
        Challenger
    }

    enum Status {
        None,
        Running,
        ProposerWon,
        ChallengerWon,
        Abandoned
    }

    /// @notice One game about one batch.
    /// @param dataHash H(batchData) of the disputed batch: the one-step proof must send those bytes
    /// @param agreedRoot S_lo, the root both parties accept
    /// @param proposerRoot, challengerRoot each party's S_hi (they differ)
    /// @param proposerMidRoot the proposer's root at the midpoint in the current round, before the
    /// challenger answers
    /// @param turnStartedAt when the party to move got its turn (its clock runs from then)
    /// @param proposerClock, challengerClock seconds each has left, not counting the running turn
    struct Game {
        bytes32 dataHash;
        bytes32 agreedRoot;
        bytes32 proposerRoot;
        bytes32 challengerRoot;
        bytes32 proposerMidRoot;
        address proposer;
        address challenger;
        uint64 batchIndex;
        uint64 itemCount;
        uint64 lo;
        uint64 hi;
        uint64 turnStartedAt;
        uint64 proposerClock;
        uint64 challengerClock;
        Party turn;
        Status status;
    }

    /// @notice Why a game ended.
    enum Verdict {
        OneStepProof,
        Timeout
    }

    /// @notice The rollup whose batches are disputed; it created this contract.
    OptimisticRollup public immutable rollup;
    /// @notice The ETH a challenger locks; the proposer locked the same in the rollup.
    uint256 public immutable bond;
    /// @notice Seconds of L1 time each party may spend on its moves in one game.
    uint64 public immutable clockBudget;
    /// @notice The L2 chain id transactions must sign (L2-RULES.md §3, rule 2).
    uint256 public immutable l2ChainId;

    /// @notice Number of games ever started; game ids start at 1.
    uint64 public gameCount;
    mapping(uint256 gameId => Game) private games;

    event GameStarted(
        uint256 indexed gameId,
        uint256 indexed batchIndex,
        address proposer,
        address challenger,
        bytes32 proposerRoot,
        bytes32 challengerRoot,
        uint64 itemCount
    );
    /// @notice `party` says the state root after `position` items is `root`.
    event RootPosted(uint256 indexed gameId, Party party, uint64 position, bytes32 root);
    /// @notice The parties now agree at `lo` and disagree at `hi`.
    event IntervalNarrowed(uint256 indexed gameId, uint64 lo, uint64 hi, bytes32 agreedRoot);
    /// @notice L1 re-executed item `itemIndex`: from `preRoot` it leads to `postRoot` (outcome as in L2Rules).
    event OneStepProven(uint256 indexed gameId, uint64 itemIndex, bytes32 preRoot, bytes32 postRoot, uint8 outcome);
    event GameResolved(uint256 indexed gameId, Party winner, Verdict verdict, address winnerAddress);
    event GameAbandoned(uint256 indexed gameId, uint256 indexed batchIndex);

    error WrongBond(uint256 sent, uint256 required);
    /// @notice The challenger's root equals the proposer's: there is nothing to dispute.
    error NoDisagreement(bytes32 root);
    /// @notice The claim says batch `batchIndex` is empty, and L1 checked its root did not move: to
    /// say it is not empty, dispute its data (OptimisticRollup.challengeData).
    error NothingToBisect(uint256 batchIndex);
    error UnknownGame(uint256 gameId);
    error GameOver(uint256 gameId, Status status);
    error NotYourTurn(address caller, address expected);
    /// @notice Bisection is over: the one-step proof is due.
    error BisectionOver(uint256 gameId);
    /// @notice The interval is still wider than one item: bisection goes on.
    error NotAtOneStep(uint256 gameId, uint64 lo, uint64 hi);
    error ClockExpired(uint256 gameId, Party party);
    error ClockNotExpired(uint256 gameId, uint64 deadline);
    /// @notice The disputed root was withdrawn by another game: only `abandon` is left.
    error BatchGone(uint256 gameId);
    error BatchStillDisputed(uint256 gameId);

    constructor(uint256 bond_, uint64 clockBudget_, uint256 l2ChainId_) {
        rollup = OptimisticRollup(msg.sender);
        bond = bond_;
        clockBudget = clockBudget_;
        l2ChainId = l2ChainId_;
    }

    /// @notice Disputes batch `batchIndex`: the caller locks `bond` and claims a different S_n.
    /// @param claim what the proposal says the batch holds (OptimisticRollup.BatchProposed): the
    /// game plays over its items and the one-step proof sends the data that hashes to its data hash
    /// @return gameId the new game
    function challenge(uint256 batchIndex, bytes32 challengerRoot, OptimisticRollup.BatchClaim calldata claim)
        external
        payable
        returns (uint64 gameId)
    {
        if (msg.value != bond) revert WrongBond(msg.value, bond);
        if (claim.itemCount == 0) revert NothingToBisect(batchIndex);
        gameId = ++gameCount;
        (address proposer, bytes32 proposerRoot, bytes32 preRoot) = rollup.openDispute(batchIndex, gameId, claim);
        if (challengerRoot == proposerRoot) revert NoDisagreement(challengerRoot);
        Game storage g = games[gameId];
        g.dataHash = claim.dataHash;
        g.agreedRoot = preRoot;
        g.proposerRoot = proposerRoot;
        g.challengerRoot = challengerRoot;
        g.proposer = proposer;
        g.challenger = msg.sender;
        g.batchIndex = uint64(batchIndex);
        g.itemCount = claim.itemCount;
        g.hi = claim.itemCount;
        g.proposerClock = clockBudget;
        g.challengerClock = clockBudget;
        g.status = Status.Running;
        emit GameStarted(gameId, batchIndex, proposer, msg.sender, proposerRoot, challengerRoot, claim.itemCount);
        passTurn(g, claim.itemCount == 1 ? Party.Challenger : Party.Proposer);
    }

    /// @notice The caller's state root after `midpoint(gameId)` items (see step 2 above).
    function postRoot(uint256 gameId, bytes32 root) external {
        Game storage g = running(gameId);
        if (g.hi - g.lo == 1) revert BisectionOver(gameId);
        address expected = g.turn == Party.Proposer ? g.proposer : g.challenger;
        if (msg.sender != expected) revert NotYourTurn(msg.sender, expected);
        chargeClock(gameId, g);
        uint64 mid = (g.lo + g.hi) / 2;
        emit RootPosted(gameId, g.turn, mid, root);
        if (g.turn == Party.Proposer) {
            g.proposerMidRoot = root;
            passTurn(g, Party.Challenger);
            return;
        }
        if (root == g.proposerMidRoot) {
            g.lo = mid;
            g.agreedRoot = root;
        } else {
            g.hi = mid;
            g.proposerRoot = g.proposerMidRoot;
            g.challengerRoot = root;
        }
        emit IntervalNarrowed(gameId, g.lo, g.hi, g.agreedRoot);
        passTurn(g, g.hi - g.lo == 1 ? Party.Challenger : Party.Proposer);
    }

    /// @notice Re-executes the one disputed item k = lo from the agreed root S_k and ends the game.
    /// Anyone may send it: the result does not depend on who asks.
    /// @param batchData the disputed batch's data, exactly as posted (its hash must match)
    /// @param body item k's body, which L1 checks against the one it rebuilds from `batchData`
    /// @param witness the leaves item k touches, with proofs (L2Rules.Witness)
    function oneStepProof(uint256 gameId, bytes calldata batchData, bytes calldata body, L2Rules.Witness calldata witness)
        external
    {
        Game storage g = running(gameId);
        if (g.hi - g.lo != 1) revert NotAtOneStep(gameId, g.lo, g.hi);
        BatchData.checkHash(batchData, g.dataHash, g.batchIndex);
        BatchData.checkItem(batchData, g.lo, body, g.batchIndex);
        L2Rules.Context memory ctx = L2Rules.Context(l2ChainId, BatchData.l1FeePerByte(batchData), rollup.bridge());
        (bytes32 postRoot_, uint8 outcome) = L2Rules.applyItem(g.agreedRoot, body, ctx, witness);
        emit OneStepProven(gameId, g.lo, g.agreedRoot, postRoot_, outcome);
        resolve(gameId, g, postRoot_ == g.proposerRoot ? Party.Proposer : Party.Challenger, Verdict.OneStepProof);
    }

    /// @notice Ends the game against the party to move if its clock has run out. Anyone may call it.
    function timeout(uint256 gameId) external {
        Game storage g = running(gameId);
        uint64 deadline = clockDeadline(g);
        if (block.timestamp <= deadline) revert ClockNotExpired(gameId, deadline);
        resolve(gameId, g, g.turn == Party.Proposer ? Party.Challenger : Party.Proposer, Verdict.Timeout);
    }

    /// @notice Voids a game whose root another game has withdrawn; the challenger's bond is
    /// credited back to it.
    function abandon(uint256 gameId) external {
        Game storage g = games[gameId];
        if (g.status != Status.Running) revert GameOver(gameId, g.status);
        if (rollup.disputeGameOf(g.batchIndex) == gameId) revert BatchStillDisputed(gameId);
        g.status = Status.Abandoned;
        emit GameAbandoned(gameId, g.batchIndex);
        credit(g.challenger, bond, CreditReason.GameAbandoned);
    }

    // ------------------------------------------------------------------ views

    function game(uint256 gameId) external view returns (Game memory) {
        if (games[gameId].status == Status.None) revert UnknownGame(gameId);
        return games[gameId];
    }

    /// @notice The position whose root the next `postRoot` gives.
    function midpoint(uint256 gameId) external view returns (uint64) {
        return (games[gameId].lo + games[gameId].hi) / 2;
    }

    /// @notice The L1 second after which the party to move has lost on time.
    function clockDeadline(uint256 gameId) external view returns (uint64) {
        return clockDeadline(games[gameId]);
    }

    // ------------------------------------------------------------------ internals

    /// @dev A running game whose root still stands.
    function running(uint256 gameId) private view returns (Game storage g) {
        g = games[gameId];
        if (g.status == Status.None) revert UnknownGame(gameId);
        if (g.status != Status.Running) revert GameOver(gameId, g.status);
        if (rollup.disputeGameOf(g.batchIndex) != gameId) revert BatchGone(gameId);
    }

    /// @dev Stops the mover's clock: the time since its turn began comes off its budget.
    function chargeClock(uint256 gameId, Game storage g) private {
        if (block.timestamp > clockDeadline(g)) revert ClockExpired(gameId, g.turn);
        uint64 spent = uint64(block.timestamp) - g.turnStartedAt;
        if (g.turn == Party.Proposer) {
            g.proposerClock -= spent;
        } else {
            g.challengerClock -= spent;
        }
    }

    function passTurn(Game storage g, Party next) private {
        g.turn = next;
        g.turnStartedAt = uint64(block.timestamp);
    }

    function clockDeadline(Game storage g) private view returns (uint64) {
        return g.turnStartedAt + (g.turn == Party.Proposer ? g.proposerClock : g.challengerClock);
    }

    /// @dev Ends the game: the challenger's bond is credited to the winner (back to the challenger,
    /// or to the proposer). A lost root is withdrawn by the rollup, which credits the proposer's
    /// bond to the challenger; a won root stands. Nothing here sends ETH, so nothing here can be
    /// refused.
    function resolve(uint256 gameId, Game storage g, Party winner, Verdict verdict) private {
        address winnerAddress = winner == Party.Proposer ? g.proposer : g.challenger;
        g.status = winner == Party.Proposer ? Status.ProposerWon : Status.ChallengerWon;
        emit GameResolved(gameId, winner, verdict, winnerAddress);
        if (winner == Party.Proposer) {
            rollup.upholdBatch(g.batchIndex);
        } else {
            rollup.rejectBatch(g.batchIndex, g.challenger);
        }
        credit(winnerAddress, bond, CreditReason.GameWon);
    }
}
