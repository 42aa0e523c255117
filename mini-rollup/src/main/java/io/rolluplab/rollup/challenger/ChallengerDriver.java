package io.rolluplab.rollup.challenger;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.challenger.ChallengerEvent.BatchUnverifiable;
import io.rolluplab.rollup.challenger.ChallengerEvent.BondsClaimed;
import io.rolluplab.rollup.challenger.ChallengerEvent.ChallengerRootPosted;
import io.rolluplab.rollup.challenger.ChallengerEvent.DisputeAbandoned;
import io.rolluplab.rollup.challenger.ChallengerEvent.DisputeNarrowed;
import io.rolluplab.rollup.challenger.ChallengerEvent.DisputeOpened;
import io.rolluplab.rollup.challenger.ChallengerEvent.DisputeResolved;
import io.rolluplab.rollup.challenger.ChallengerEvent.ItemReExecutedOnL1;
import io.rolluplab.rollup.challenger.ChallengerEvent.ProposerRootSeen;
import io.rolluplab.rollup.challenger.ChallengerEvent.DataChallengeOpened;
import io.rolluplab.rollup.challenger.ChallengerEvent.RootConfirmed;
import io.rolluplab.rollup.challenger.ChallengerEvent.WrongClaimFound;
import io.rolluplab.rollup.challenger.ChallengerEvent.WrongRootFound;
import io.rolluplab.rollup.contracts.BatchClaim;
import io.rolluplab.rollup.contracts.ContractFunction;
import io.rolluplab.rollup.contracts.DisputeGameContract;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.contracts.PullPaymentsContract;
import io.rolluplab.rollup.derivation.DerivedChain;
import io.rolluplab.rollup.derivation.ExecutedBatch;
import io.rolluplab.rollup.derivation.L1Fact;
import io.rolluplab.rollup.derivation.L1Fact.BatchDataShown;
import io.rolluplab.rollup.derivation.L1Fact.BatchFinalized;
import io.rolluplab.rollup.derivation.L1Fact.DataChallengeUnanswered;
import io.rolluplab.rollup.derivation.L1Fact.DataChallenged;
import io.rolluplab.rollup.derivation.L1Fact.GameAbandoned;
import io.rolluplab.rollup.derivation.L1Fact.GameResolved;
import io.rolluplab.rollup.derivation.L1Fact.GameStarted;
import io.rolluplab.rollup.derivation.L1Fact.IntervalNarrowed;
import io.rolluplab.rollup.derivation.L1Fact.OneStepProven;
import io.rolluplab.rollup.derivation.L1Fact.RootPosted;
import io.rolluplab.rollup.derivation.L1Fact.RootProposed;
import io.rolluplab.rollup.derivation.L1Fact.RootRolledBack;
import io.rolluplab.rollup.derivation.L1Fact.RootUpheld;
import io.rolluplab.rollup.derivation.L1Reader;
import io.rolluplab.rollup.event.Amount;
import io.rolluplab.rollup.event.EventSink;
import io.rolluplab.rollup.execution.ItemOutcome;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1InclusionProof;
import io.rolluplab.rollup.l1.L1Receipt;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.node.RollupDeployment;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.step.StepGate;
import io.rolluplab.rollup.store.DisputeTable;
import io.rolluplab.rollup.store.RollupStore;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.web3j.abi.datatypes.Type;
import org.web3j.crypto.Credentials;

/**
 * The honest challenger: an independent verifier that re-executes every batch from L1's data with
 * its own {@link L1Reader} and {@link DerivedChain}, never asking the sequencer, and disputes a
 * proposal that differs from what it derived: a claim about a batch's data that the batch on L1
 * does not hold (or that no batch on L1 backs) with a data challenge, which it answers itself with
 * the proof of the batch's transaction where it can; a wrong root with a dispute game. {@link #tick()} is one turn; a scheduler calls it
 * often, tests and step mode call it directly.
 *
 * <p>Everything it reports comes from what L1 says happened (the facts), not from what it sent,
 * so the event feed follows L1 even when someone else moves. A restart reads L1 again from the
 * deployment block: the facts up to where it had reported rebuild its state without a word, and a
 * running game is resumed from its L1 state, which the challenger reads afresh every turn anyway.
 */
public final class ChallengerDriver {
  /** Its row in the store's {@code l1_progress}: the first L1 block whose facts it has not reported. */
  static final String ROLE = "challenger";

  private final L1Client l1;
  private final RollupDeployment contracts;
  private final Credentials key;
  private final Address self;
  private final EventSink events;
  private final DisputeTable disputes;
  private final RollupStore store;
  private final L1Reader reader;
  private final long l2ChainId;
  /** Made at the first turn: its rules are read from L1. */
  private DerivedChain derived;

  private ChallengerState state = ChallengerState.WATCHING;
  /**
   * Proposed roots that differ from the challenger's own, not final and not rolled back, by batch
   * index: only these can be disputed, so each turn looks at them alone, not at every root in the
   * challenge window (thousands at a high rate, once per turn).
   */
  private final NavigableMap<Long, RootProposed> wrongProposals = new TreeMap<>();
  /** Proposals whose claim about the batch's data is wrong or unverifiable, the same way. */
  private final NavigableMap<Long, RootProposed> wrongClaims = new TreeMap<>();
  /** Batches whose claim someone's data challenge disputes now. */
  private final Set<Long> dataChallenged = new HashSet<>();
  /** The data challenge this challenger opened: its batch, or null. */
  private Long ownDataChallenge;
  private long ownDataDeadline;
  /** Running games, anyone's: game id → batch index. */
  private final Map<Long, Long> runningGames = new HashMap<>();
  /** The running game this challenger opened, if any. */
  private Long ownGame;
  /** Where its bisection stands: both parties agree on the root after this many items. */
  private long ownGameLo;
  private long reportedUpTo;
  private boolean bondsToClaim;
  /** What a challenger locks to open a game, as the dispute game asks; read at the first turn. */
  private BigInteger bond;
  /** The L1 head's timestamp at this turn: the time stored with disputes and moves. */
  private long now;
  /** Asked before each transition: step mode holds it there. */
  private StepGate gate = StepGate.OPEN;

  /**
   * A challenger of the rollup at {@code contracts}, sending from {@code challengerKey}'s account
   * (its own, with ETH for the bond and the gas: in the lab a different dev account than the
   * operator's).
   */
  public ChallengerDriver(final L1Client l1, final RollupDeployment contracts, final Credentials challengerKey,
      final ChallengerConfig config, final EventSink events, final RollupStore store) {
    this.l1 = l1;
    this.contracts = contracts;
    this.key = challengerKey;
    this.self = Address.fromHex(challengerKey.getAddress());
    this.events = events;
    this.store = store;
    this.disputes = store.disputes();
    this.reader = new L1Reader(l1, contracts, contracts.l1Block());
    this.l2ChainId = config.l2ChainId();
    this.reportedUpTo = store.l1Progress().get(ROLE).orElse(contracts.l1Block());
  }

  public synchronized ChallengerState state() {
    return state;
  }

  /** The challenger's own account on L1: where its bonds come from and go back to. */
  public Address address() {
    return self;
  }

  /**
   * One turn: observe (read the new L1 facts and execute the new batches), then decide and act:
   * play its running game or data challenge, or dispute the first wrong proposal, and claim the
   * bonds of a dispute that ended.
   *
   * @throws L1Exception if L1 cannot be read or a transaction fails; the next tick tries again
   */
  public synchronized void tick() throws L1Exception {
    if (bond == null) {
      bond = uint(l1.call(contracts.disputeGame(), DisputeGameContract.BOND.encode()), DisputeGameContract.BOND);
      derived = new DerivedChain(l2ChainId, contracts.batchRules(l1));
    }
    now = l1.latestBlock().timestamp();
    reader.read(fact -> { // a fact whose handling throws comes again next turn, with those after it
      derived.accept(fact);
      observe(fact, fact.l1Block() >= reportedUpTo);
    });
    if (reader.nextBlock() > reportedUpTo) { // written when L1 moved on, not on every tick
      reportedUpTo = reader.nextBlock();
      store.l1Progress().set(ROLE, reportedUpTo);
    }
    if (!reader.caughtUp()) {
      return; // still reading older blocks: what it knows may be out of date, so it does nothing yet
    }
    if (ownGame != null) {
      play(GameView.read(l1, contracts, ownGame));
    } else if (ownDataChallenge != null) {
      pursueDataChallenge(ownDataChallenge);
    } else {
      disputeFirstWrongProposal();
    }
    claimBonds();
  }

  // ------------------------------------------------------------------ observe

  /**
   * Updates what the challenger knows from one fact; reports it unless it was reported before a
   * restart. It stores and reports first and changes what it knows last: a fact whose handling threw
   * comes again next turn, and must find the challenger as it was before that fact.
   */
  private void observe(final L1Fact fact, final boolean report) {
    if (fact instanceof RootProposed r) {
      checkProposal(r, report);
    } else if (fact instanceof RootUpheld u) {
      withDeadline(wrongProposals, u);
      withDeadline(wrongClaims, u);
    } else if (fact instanceof RootRolledBack rb) {
      wrongProposals.remove(rb.batchIndex());
      wrongClaims.remove(rb.batchIndex());
      dataChallenged.remove(rb.batchIndex());
      if (Long.valueOf(rb.batchIndex()).equals(ownDataChallenge)) {
        endOwnDataChallenge(); // won, or voided by another dispute: its bond is credited back either way
      }
    } else if (fact instanceof BatchFinalized f) {
      wrongProposals.remove(f.batchIndex());
      wrongClaims.remove(f.batchIndex());
    } else if (fact instanceof DataChallenged d) {
      dataChallenged.add(d.batchIndex());
      if (d.challenger().equals(self)) {
        publish(report, new DataChallengeOpened(d.batchIndex(), bond, d.deadline()));
        ownDataChallenge = d.batchIndex();
        ownDataDeadline = d.deadline();
        state = state.disputeOpened();
      }
    } else if (fact instanceof BatchDataShown shown) {
      dataChallenged.remove(shown.batchIndex());
      if (Long.valueOf(shown.batchIndex()).equals(ownDataChallenge)) {
        publish(report, new ChallengerEvent.BatchDataShown(shown.batchIndex(), shown.upheld(),
            describe(shown.truth()), shown.l1Tx()));
        endOwnDataChallenge();
      }
    } else if (fact instanceof DataChallengeUnanswered u) {
      dataChallenged.remove(u.batchIndex());
      if (Long.valueOf(u.batchIndex()).equals(ownDataChallenge)) {
        publish(report, new ChallengerEvent.DataChallengeUnanswered(u.batchIndex()));
        endOwnDataChallenge();
      }
    } else if (fact instanceof GameStarted g) {
      if (g.challenger().equals(self)) {
        gameStarted(g, report);
      }
      runningGames.put(g.gameId(), g.batchIndex());
    } else if (isOwnGame(fact)) {
      observeOwnGame(fact, report);
    } else if (fact instanceof GameResolved r) {
      runningGames.remove(r.gameId());
    } else if (fact instanceof GameAbandoned a) {
      runningGames.remove(a.gameId());
    }
  }

  /**
   * Checks a proposal against the batch derived from L1: first the claim about its data (a batch at
   * that index on L1, at or before the claim's anchor block, holding what it claims), then its root.
   */
  private void checkProposal(final RootProposed r, final boolean report) {
    final Optional<ExecutedBatch> batch = derived.batch(r.batchIndex());
    final BatchClaim claim = r.claim();
    if (batch.isEmpty() || !batch.get().provableFrom(claim.anchorBlock())) {
      publish(report, new BatchUnverifiable(r.batchIndex(), claim.dataHash()));
      wrongClaims.put(r.batchIndex(), r);
      return;
    }
    final Optional<String> difference = difference(batch.get(), claim);
    if (difference.isPresent()) {
      publish(report, new WrongClaimFound(r.batchIndex(), r.proposer(), difference.get()));
      wrongClaims.put(r.batchIndex(), r);
      return;
    }
    final Bytes32 derivedRoot = batch.get().postRoot();
    final boolean right = derivedRoot.equals(r.root());
    publish(report, right ? new RootConfirmed(r.batchIndex(), r.root())
        : new WrongRootFound(r.batchIndex(), r.proposer(), r.root(), derivedRoot));
    if (!right) {
      wrongProposals.put(r.batchIndex(), r);
    }
  }

  /** What {@code claim} says that the batch on L1 does not hold, if anything. */
  private static Optional<String> difference(final ExecutedBatch batch, final BatchClaim claim) {
    final List<String> wrong = new ArrayList<>();
    if (!batch.dataHash().equals(claim.dataHash())) {
      wrong.add("its data hashes to " + batch.dataHash().toShortHex() + ", not " + claim.dataHash().toShortHex());
    }
    if (batch.itemCount() != claim.itemCount()) {
      wrong.add("it holds " + batch.itemCount() + " items, not " + claim.itemCount()
          + (batch.valid() ? "" : " (it counts as empty: " + batch.invalidReason() + ")"));
    }
    if (batch.depositCount() != claim.depositCount()) {
      wrong.add("it consumes " + batch.depositCount() + " deposits, not " + claim.depositCount());
    }
    if (batch.l1Timestamp() != claim.l1Timestamp()) {
      wrong.add("its L1 block's time is " + batch.l1Timestamp() + ", not " + claim.l1Timestamp());
    }
    return wrong.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", wrong));
  }

  /** A claim as L1 read it from a proof, in words. */
  private static String describe(final BatchClaim truth) {
    return truth.itemCount() == 0 ? "it counts as empty (it breaks the batch rules)"
        : "it holds " + truth.itemCount() + " items and " + truth.depositCount() + " deposits, data hash "
            + truth.dataHash().toShortHex();
  }

  /** The disputed proposal in {@code proposals} gets the deadline its window was extended to. */
  private static void withDeadline(final NavigableMap<Long, RootProposed> proposals, final RootUpheld u) {
    final RootProposed r = proposals.get(u.batchIndex());
    if (r != null) {
      proposals.put(u.batchIndex(), new RootProposed(r.batchIndex(), r.proposer(), r.root(), u.challengeDeadline(),
          r.firstDeposit(), r.claim(), r.l1Block()));
    }
  }

  private void endOwnDataChallenge() {
    ownDataChallenge = null;
    state = state.disputeEnded();
    bondsToClaim = true;
  }

  private void gameStarted(final GameStarted g, final boolean report) {
    if (report) {
      if (disputes.get(g.gameId()).isEmpty()) {
        disputes.open(new DisputeTable.Row(g.gameId(), g.batchIndex(), self, "running", null, null, l1Time(), null));
      }
      events.publish(new DisputeOpened(g.gameId(), g.batchIndex(), g.itemCount(), bond, g.l1Tx()));
    }
    ownGame = g.gameId();
    ownGameLo = 0;
    state = state.disputeOpened();
  }

  private boolean isOwnGame(final L1Fact fact) {
    return ownGame != null && gameIdOf(fact).filter(ownGame::equals).isPresent();
  }

  private static Optional<Long> gameIdOf(final L1Fact fact) {
    if (fact instanceof RootPosted p) {
      return Optional.of(p.gameId());
    } else if (fact instanceof IntervalNarrowed n) {
      return Optional.of(n.gameId());
    } else if (fact instanceof OneStepProven o) {
      return Optional.of(o.gameId());
    } else if (fact instanceof GameResolved r) {
      return Optional.of(r.gameId());
    } else if (fact instanceof GameAbandoned a) {
      return Optional.of(a.gameId());
    }
    return Optional.empty();
  }

  /** A move or the end of the challenger's own game: reported, and stored for the dispute page. */
  private void observeOwnGame(final L1Fact fact, final boolean report) {
    final long gameId = ownGame;
    final long batchIndex = runningGames.get(gameId);
    if (fact instanceof GameResolved r) {
      if (report) {
        if (r.byTimeout()) {
          recordMove(gameId, r.challengerWon() ? "proposer" : "challenger", "timeout", ownGameLo, null, r.l1Tx());
        }
        disputes.resolve(gameId, r.challengerWon() ? "challenger-won" : "proposer-won",
            r.challengerWon() ? "challenger" : "proposer", l1Time());
        events.publish(new DisputeResolved(gameId, batchIndex, r.challengerWon(), r.byTimeout()));
      }
      endOwnGame(r.challengerWon());
      return;
    }
    if (fact instanceof GameAbandoned) {
      if (report) {
        disputes.resolve(gameId, "abandoned", null, l1Time());
        events.publish(new DisputeAbandoned(gameId, batchIndex));
      }
      endOwnGame(true);
      return;
    }
    if (fact instanceof IntervalNarrowed n) {
      ownGameLo = n.lo();
    }
    if (!report) {
      return;
    }
    if (fact instanceof RootPosted p && p.byChallenger()) {
      recordMove(gameId, "challenger", "bisect", p.position(), p.root(), p.l1Tx());
      events.publish(new ChallengerRootPosted(gameId, p.position(), p.root(), p.l1Tx()));
    } else if (fact instanceof RootPosted p) {
      recordMove(gameId, "proposer", "bisect", p.position(), p.root(), p.l1Tx());
      events.publish(new ProposerRootSeen(gameId, p.position(), p.root(), ownBatch(batchIndex).root(p.position()),
          p.l1Tx()));
    } else if (fact instanceof IntervalNarrowed n) {
      if (n.hi() - n.lo() == 1) {
        disputes.setDisputedTx(gameId, n.lo());
      }
      events.publish(new DisputeNarrowed(gameId, n.lo(), n.hi()));
    } else if (fact instanceof OneStepProven o) {
      disputes.setDisputedTx(gameId, o.itemIndex()); // a one-item batch is at one step from the start
      recordMove(gameId, "challenger", "one-step-proof", o.itemIndex(), o.postRoot(), o.l1Tx());
      events.publish(new ItemReExecutedOnL1(gameId, o.itemIndex(), o.postRoot(), o.outcome(), o.l1Tx()));
    }
  }

  private void endOwnGame(final boolean bondsCredited) {
    runningGames.remove(ownGame);
    ownGame = null;
    state = state.disputeEnded();
    bondsToClaim |= bondsCredited;
  }

  /**
   * Stores a move once: a fact seen again after a crash (before its block was marked reported), or
   * after its handling threw in the last turn, is not stored twice.
   */
  private void recordMove(final long gameId, final String player, final String kind, final long position,
      final Bytes32 root, final Bytes32 l1Tx) {
    final List<DisputeTable.Move> moves = disputes.moves(gameId);
    if (moves.stream().noneMatch(m -> m.l1Tx().equals(l1Tx) && m.kind().equals(kind) && m.player().equals(player))) {
      disputes.addMove(new DisputeTable.Move(gameId, moves.size() + 1, player, kind, position, root, l1Tx, l1Time()));
    }
  }

  // ------------------------------------------------------------------ decide and act

  /**
   * Its data challenge: shows L1 the batch's transaction itself, if the batch is on L1 where the
   * claim's proof can reach it (L1 then compares and the wrong claim falls at once); otherwise, once
   * the deadline passed without an answer, ends it (the claim falls for want of data).
   */
  private void pursueDataChallenge(final long batchIndex) throws L1Exception {
    final RootProposed r = wrongClaims.get(batchIndex);
    final Optional<ExecutedBatch> batch = derived.batch(batchIndex);
    if (r != null && batch.isPresent() && batch.get().provableFrom(r.claim().anchorBlock())) {
      if (gate.mayProceed("Show L1 batch " + batchIndex + "'s transaction (answerDataChallenge): a proof from the"
          + " hash of L1 block " + r.claim().anchorBlock() + " down to block " + batch.get().l1Block() + ", transaction "
          + batch.get().txIndex() + "; L1 reads the batch and sees the claim is wrong.")) {
        final L1InclusionProof proof = L1InclusionProof.of(l1, r.claim().anchorBlock(), batch.get().l1Block(),
            batch.get().txIndex());
        send(contracts.rollup(), OptimisticRollupContract.answerDataChallenge(batchIndex, r.claim(), proof),
            BigInteger.ZERO);
      }
    } else if (now > ownDataDeadline && gate.mayProceed("End the data challenge over batch " + batchIndex
        + " (resolveDataChallenge): nobody showed its transaction by the deadline.")) {
      send(contracts.rollup(), OptimisticRollupContract.resolveDataChallenge(batchIndex), BigInteger.ZERO);
    }
  }

  private void play(final GameView game) throws L1Exception {
    final ExecutedBatch batch = ownBatch(game.batchIndex());
    final Move move = ChallengerPolicy.nextMove(game, batch, now);
    if (!(move instanceof Move.Wait) && !gate.mayProceed(move.sentence(game))) {
      return;
    }
    final Address disputeGame = contracts.disputeGame();
    if (move instanceof Move.PostRoot post) {
      send(disputeGame, DisputeGameContract.postRoot(game.gameId(), post.root()), BigInteger.ZERO);
    } else if (move instanceof Move.ProveItem prove) {
      final int item = Math.toIntExact(prove.item());
      final ItemOutcome outcome = derived.replay(game.batchIndex(), item);
      send(disputeGame, DisputeGameContract.oneStepProof(game.gameId(), batch.encodedData(),
          batch.data().items().get(item).body(), outcome.witness()), BigInteger.ZERO);
    } else if (move instanceof Move.ClaimTimeout) {
      send(disputeGame, DisputeGameContract.timeout(game.gameId()), BigInteger.ZERO);
    } else if (move instanceof Move.Abandon) {
      send(disputeGame, DisputeGameContract.abandon(game.gameId()), BigInteger.ZERO);
    }
  }

  /**
   * Disputes the first wrong proposal, if its window is open and nobody disputes it yet: its claim
   * about the data with a data challenge, else its root with a game. Only the first: every later
   * proposal is withdrawn with it.
   */
  private void disputeFirstWrongProposal() throws L1Exception {
    final NavigableMap<Long, RootProposed> wrong = new TreeMap<>(wrongProposals);
    wrong.putAll(wrongClaims);
    for (final RootProposed r : wrong.values()) {
      if (now >= r.challengeDeadline()) {
        continue;
      }
      if (runningGames.containsValue(r.batchIndex()) || dataChallenged.contains(r.batchIndex())) {
        return;
      }
      if (wrongClaims.containsKey(r.batchIndex())) {
        if (gate.mayProceed("Challenge the claim about batch " + r.batchIndex() + "'s data (challengeData, with a bond"
            + " of " + Amount.of(bond) + "): it is not what the batch on L1 holds.")) {
          send(contracts.rollup(), OptimisticRollupContract.challengeData(r.batchIndex()), bond);
        }
        return;
      }
      final Bytes32 derivedRoot = derivedRoot(r.batchIndex());
      if (gate.mayProceed("Dispute the root of batch " + r.batchIndex() + " (challenge, with a bond of "
          + Amount.of(bond) + "): the challenger's own root is " + derivedRoot.toShortHex() + ", the proposer's "
          + r.root().toShortHex() + ".")) {
        send(contracts.disputeGame(), DisputeGameContract.challenge(r.batchIndex(), derivedRoot, r.claim()), bond);
      }
      return;
    }
  }

  /** Takes the bonds the rollup (a slashed proposer's) and the game (its own, and the loser's) credited to it. */
  private void claimBonds() throws L1Exception {
    if (!bondsToClaim) {
      return;
    }
    if (claimFrom("rollup", contracts.rollup()) && claimFrom("dispute game", contracts.disputeGame())) {
      bondsToClaim = false;
    }
  }

  /** @return false if step mode holds the claim back */
  private boolean claimFrom(final String name, final Address contract) throws L1Exception {
    final BigInteger owed = uint(l1.call(contract, PullPaymentsContract.CLAIMABLE.encode(
        new org.web3j.abi.datatypes.Address(self.toHex()))), PullPaymentsContract.CLAIMABLE);
    if (owed.signum() > 0) {
      if (!gate.mayProceed("Claim the " + Amount.of(owed) + " of bonds the " + name + " credited to the challenger.")) {
        return false;
      }
      final L1Receipt receipt = send(contract, PullPaymentsContract.CLAIM.encode(), BigInteger.ZERO);
      events.publish(new BondsClaimed(name, owed, receipt.transactionHash()));
    }
    return true;
  }

  /** Has each of its transitions wait at {@code stepGate} first (step mode); the gate is open until then. */
  public synchronized void gateSteps(final StepGate stepGate) {
    this.gate = stepGate;
  }

  // ------------------------------------------------------------------ helpers

  private L1Receipt send(final Address to, final byte[] data, final BigInteger value) throws L1Exception {
    return l1.sendAndWait(key, L1Transaction.call(to, data).withValue(value));
  }

  private ExecutedBatch ownBatch(final long batchIndex) {
    return derived.batch(batchIndex).orElseThrow(() -> new IllegalStateException("batch " + batchIndex
        + " is disputed but not derived here (or already final): facts were missed; restart the challenger to "
        + "read L1 again from the deployment block"));
  }

  private Bytes32 derivedRoot(final long batchIndex) {
    return ownBatch(batchIndex).postRoot();
  }

  private Instant l1Time() {
    return Instant.ofEpochSecond(now);
  }

  private void publish(final boolean report, final ChallengerEvent event) {
    if (report) {
      events.publish(event);
    }
  }

  private static BigInteger uint(final byte[] output, final ContractFunction view) {
    final List<Type> values = view.decode(output);
    return (BigInteger) values.get(0).getValue();
  }
}
