package io.rolluplab.rollup.challenger;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.challenger.ChallengerEvent.BatchDataRevealed;
import io.rolluplab.rollup.challenger.ChallengerEvent.BatchUnverifiable;
import io.rolluplab.rollup.challenger.ChallengerEvent.BondsClaimed;
import io.rolluplab.rollup.challenger.ChallengerEvent.ChallengerRootPosted;
import io.rolluplab.rollup.challenger.ChallengerEvent.DisputeAbandoned;
import io.rolluplab.rollup.challenger.ChallengerEvent.DisputeNarrowed;
import io.rolluplab.rollup.challenger.ChallengerEvent.DisputeOpened;
import io.rolluplab.rollup.challenger.ChallengerEvent.DisputeResolved;
import io.rolluplab.rollup.challenger.ChallengerEvent.ItemReExecutedOnL1;
import io.rolluplab.rollup.challenger.ChallengerEvent.ProposerRootSeen;
import io.rolluplab.rollup.challenger.ChallengerEvent.RootConfirmed;
import io.rolluplab.rollup.challenger.ChallengerEvent.UnavailableBatchDropped;
import io.rolluplab.rollup.challenger.ChallengerEvent.WrongRootFound;
import io.rolluplab.rollup.contracts.ContractFunction;
import io.rolluplab.rollup.contracts.DisputeGameContract;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.contracts.PullPaymentsContract;
import io.rolluplab.rollup.derivation.DerivedChain;
import io.rolluplab.rollup.derivation.ExecutedBatch;
import io.rolluplab.rollup.derivation.L1Fact;
import io.rolluplab.rollup.derivation.L1Fact.BatchDropped;
import io.rolluplab.rollup.derivation.L1Fact.BatchFinalized;
import io.rolluplab.rollup.derivation.L1Fact.BatchPosted;
import io.rolluplab.rollup.derivation.L1Fact.BatchWithheld;
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
import io.rolluplab.rollup.l1.L1Receipt;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.node.RollupDeployment;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.step.StepGate;
import io.rolluplab.rollup.store.DisputeTable;
import io.rolluplab.rollup.store.RollupStore;
import java.math.BigInteger;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.web3j.abi.datatypes.Type;
import org.web3j.crypto.Credentials;

/**
 * The honest challenger: an independent verifier that re-executes every batch from L1's data with
 * its own {@link L1Reader} and {@link DerivedChain}, never asking the sequencer, and disputes a
 * proposed root that differs from its own. {@link #tick()} is one turn; a scheduler calls it
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
  private final DerivedChain derived;

  private ChallengerState state = ChallengerState.WATCHING;
  /**
   * Proposed roots that differ from the challenger's own, not final and not rolled back, by batch
   * index: only these can be disputed, so each turn looks at them alone, not at every root in the
   * challenge window (thousands at a high rate, once per turn).
   */
  private final NavigableMap<Long, RootProposed> wrongProposals = new TreeMap<>();
  /** Running games, anyone's: game id → batch index. */
  private final Map<Long, Long> runningGames = new HashMap<>();
  /** The running game this challenger opened, if any. */
  private Long ownGame;
  /** Where its bisection stands: both parties agree on the root after this many items. */
  private long ownGameLo;
  /** The batch whose data is withheld, if any (at most one: L1 takes no batch after it until then). */
  private BatchWithheld withheld;
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
    this.derived = new DerivedChain(config.l2ChainId());
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
   * drop a batch whose data was never revealed, play its running game, or dispute the first wrong
   * root, and claim the bonds of a game that ended.
   *
   * @throws L1Exception if L1 cannot be read or a transaction fails; the next tick tries again
   */
  public synchronized void tick() throws L1Exception {
    if (bond == null) {
      bond = uint(l1.call(contracts.disputeGame(), DisputeGameContract.BOND.encode()), DisputeGameContract.BOND);
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
    dropWithheldBatchAfterDeadline();
    if (ownGame != null) {
      play(GameView.read(l1, contracts, ownGame));
    } else {
      disputeFirstWrongRoot();
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
    if (fact instanceof BatchWithheld w) {
      withheld = w;
      publish(report, new BatchUnverifiable(w.batchIndex(), w.dataHash(), w.revealDeadline()));
    } else if (fact instanceof BatchPosted p && withheld != null && withheld.batchIndex() == p.batchIndex()) {
      publish(report, new BatchDataRevealed(p.batchIndex()));
      withheld = null;
    } else if (fact instanceof BatchDropped d) {
      publish(report, new UnavailableBatchDropped(d.batchIndex()));
      withheld = null;
    } else if (fact instanceof RootProposed r) {
      final Bytes32 derivedRoot = derivedRoot(r.batchIndex());
      final boolean right = derivedRoot.equals(r.root());
      publish(report, right ? new RootConfirmed(r.batchIndex(), r.root())
          : new WrongRootFound(r.batchIndex(), r.proposer(), r.root(), derivedRoot));
      if (!right) {
        wrongProposals.put(r.batchIndex(), r);
      }
    } else if (fact instanceof RootUpheld u && wrongProposals.containsKey(u.batchIndex())) {
      final RootProposed r = wrongProposals.get(u.batchIndex());
      wrongProposals.put(u.batchIndex(), new RootProposed(r.batchIndex(), r.proposer(), r.root(),
          u.challengeDeadline(), r.l1Block()));
    } else if (fact instanceof RootRolledBack rb) {
      wrongProposals.remove(rb.batchIndex());
    } else if (fact instanceof BatchFinalized f) {
      wrongProposals.remove(f.batchIndex());
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

  /** After the reveal deadline anyone may drop a withheld batch; the challenger does, so the chain can go on. */
  private void dropWithheldBatchAfterDeadline() throws L1Exception {
    if (withheld != null && now > withheld.revealDeadline() && gate.mayProceed("Drop batch " + withheld.batchIndex()
        + " on L1 (dropUnavailableBatch): its data was not revealed by the deadline.")) {
      send(contracts.rollup(), OptimisticRollupContract.dropUnavailableBatch(withheld.batchIndex()), BigInteger.ZERO);
      withheld = null; // the BatchDropped fact confirms it next turn
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
   * Challenges the first proposed root that differs from the derived one, if its window is open
   * and nobody disputes it yet. Only the first: every later root is rolled back with it.
   */
  private void disputeFirstWrongRoot() throws L1Exception {
    for (final RootProposed r : wrongProposals.values()) {
      if (now >= r.challengeDeadline()) {
        continue;
      }
      final Bytes32 derivedRoot = derivedRoot(r.batchIndex());
      if (!runningGames.containsValue(r.batchIndex()) && gate.mayProceed("Dispute the root of batch " + r.batchIndex()
          + " (challenge, with a bond of " + Amount.of(bond) + "): the challenger's own root is "
          + derivedRoot.toShortHex()
          + ", the proposer's " + r.root().toShortHex() + ".")) {
        send(contracts.disputeGame(), DisputeGameContract.challenge(r.batchIndex(), derivedRoot), bond);
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
