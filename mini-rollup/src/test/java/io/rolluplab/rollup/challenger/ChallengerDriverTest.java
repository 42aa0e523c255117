package io.rolluplab.rollup.challenger;

import static io.rolluplab.rollup.challenger.DisputeLab.BOND;
import static io.rolluplab.rollup.challenger.DisputeLab.CHALLENGER;
import static io.rolluplab.rollup.challenger.DisputeLab.CONFIG;
import static io.rolluplab.rollup.challenger.DisputeLab.PROPOSER;
import static io.rolluplab.rollup.challenger.DisputeLab.fakeRoot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.rolluplab.rollup.challenger.ChallengerEvent.BatchDataShown;
import io.rolluplab.rollup.challenger.ChallengerEvent.BatchUnverifiable;
import io.rolluplab.rollup.challenger.ChallengerEvent.BondsClaimed;
import io.rolluplab.rollup.challenger.ChallengerEvent.ChallengerRootPosted;
import io.rolluplab.rollup.challenger.ChallengerEvent.DataChallengeOpened;
import io.rolluplab.rollup.challenger.ChallengerEvent.DataChallengeUnanswered;
import io.rolluplab.rollup.challenger.ChallengerEvent.DisputeNarrowed;
import io.rolluplab.rollup.challenger.ChallengerEvent.DisputeOpened;
import io.rolluplab.rollup.challenger.ChallengerEvent.DisputeResolved;
import io.rolluplab.rollup.challenger.ChallengerEvent.ItemReExecutedOnL1;
import io.rolluplab.rollup.challenger.ChallengerEvent.ProposerRootSeen;
import io.rolluplab.rollup.challenger.ChallengerEvent.RootConfirmed;
import io.rolluplab.rollup.challenger.ChallengerEvent.WrongClaimFound;
import io.rolluplab.rollup.challenger.ChallengerEvent.WrongRootFound;
import io.rolluplab.rollup.contracts.BatchClaim;
import io.rolluplab.rollup.derivation.ExecutedBatch;
import io.rolluplab.rollup.event.RollupEvent;
import io.rolluplab.rollup.l1.ForwardingL1;
import io.rolluplab.rollup.l1.L1Block;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1Log;
import io.rolluplab.rollup.l1.L1LogFilter;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.store.DisputeTable;
import io.rolluplab.rollup.store.StoredEvent;
import java.math.BigInteger;
import java.util.List;
import java.util.function.LongFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChallengerDriverTest {
  private static final BigInteger GAS_ALLOWANCE = BigInteger.TEN.pow(16); // 0.01 ether, far above what the moves cost

  private final DisputeLab lab;

  ChallengerDriverTest() throws L1Exception {
    lab = new DisputeLab();
  }

  @AfterEach
  void close() throws Exception {
    lab.close();
  }

  /** A liar's roots: true up to S_k, false after it (its first wrong item is item k). */
  private static LongFunction<Bytes32> lyingFrom(final int k, final ExecutedBatch truth) {
    return i -> i <= k ? truth.root(i) : fakeRoot(i);
  }

  /** Ticks the challenger and answers for the lying proposer until the challenger's game is resolved. */
  private void playUntilResolved(final long gameId, final LongFunction<Bytes32> liar)
      throws L1Exception {
    for (int turn = 0; turn < 20 && lab.events.of(DisputeResolved.class).isEmpty(); turn++) {
      final GameView game = lab.game(gameId);
      if (game.running() && !game.challengersTurn() && !game.atOneStep()) {
        lab.proposerPostsRoot(gameId, liar.apply(game.midpoint()));
      }
      lab.challenger.tick();
    }
  }

  private static List<Class<?>> types(final List<RollupEvent> events) {
    return events.stream().<Class<?>>map(Object::getClass).toList();
  }

  @Test
  void staysQuietWhenEveryProposedRootIsRight() throws Exception {
    lab.fundAlice();
    lab.postTransfers(3);
    lab.proposeHonestly(1);

    lab.challenger.tick();
    lab.challenger.tick();

    assertThat(lab.events.all()).containsExactly(
        new RootConfirmed(0, lab.truth(0).postRoot()), new RootConfirmed(1, lab.truth(1).postRoot()));
    assertThat(lab.challenger.state()).isEqualTo(ChallengerState.WATCHING);
    assertThat(lab.store.disputes().forBatch(1)).isEmpty();
  }

  /**
   * A node behind a flaky connection: the turn's head read after the log query fails once. The
   * challenger read the head after polling the facts, so the failure dropped the facts the poll had
   * consumed, and the roots were never confirmed (nor a wrong one disputed).
   */
  @Test
  void anL1ReadFailingDuringATurnLosesNoneOfTheFactsItRead() throws Exception {
    confirmsBothRootsOnceThoughOneTurnFails(lab.newChallenger(new HeadFailsOnceAfterLogs(lab.l1)));
  }

  /**
   * The event store fails once while the challenger reports the first root (a full disk, a lock
   * timeout): the turn throws after it had read the facts of both roots. The next turn starts from
   * that root's fact, so both roots are confirmed, each once.
   */
  @Test
  void aReportFailingPartWayThroughATurnLosesNoFactAndReportsNoneTwice() throws Exception {
    confirmsBothRootsOnceThoughOneTurnFails(challengerWhoseEventStoreFailsOnceOn(RootConfirmed.class));
  }

  /** Two right roots, then three turns of {@code challenger}: one turn fails, each root is confirmed once. */
  private void confirmsBothRootsOnceThoughOneTurnFails(final ChallengerDriver challenger) throws Exception {
    lab.challenger = challenger;
    lab.fundAlice();
    lab.postTransfers(3);
    lab.proposeHonestly(1);

    assertThat(ticksFailing(3)).as("one turn failed").isEqualTo(1);
    assertThat(lab.events.all()).containsExactly(
        new RootConfirmed(0, lab.truth(0).postRoot()), new RootConfirmed(1, lab.truth(1).postRoot()));
  }

  /**
   * The event store fails once while the challenger reports the claim it cannot verify, after it
   * had noted the claim. The next turn handles that proposal again: it is reported once, and
   * challenged once.
   */
  @Test
  void aReportFailingOnAnUnverifiableClaimReportsAndChallengesItOnce() throws Exception {
    lab.challenger = challengerWhoseEventStoreFailsOnceOn(BatchUnverifiable.class);
    lab.fundAlice();
    lab.proposeWithheldBatch(1);

    assertThat(ticksFailing(3)).as("the report failed once").isEqualTo(1);

    assertThat(types(lab.events.all())).containsExactly(RootConfirmed.class, BatchUnverifiable.class,
        DataChallengeOpened.class);
  }

  /**
   * The event store fails once while the challenger reports that its game ended, after it had
   * stored the timeout move and the dispute's end. The next turn handles the game's end again: the
   * game is over for the challenger, reported once, its move stored once and its bonds claimed.
   */
  @Test
  void aReportFailingWhenItsGameEndsStillEndsTheGameOnceAndClaimsTheBonds() throws Exception {
    lab.challenger = challengerWhoseEventStoreFailsOnceOn(DisputeResolved.class);
    final long gameId = disputeAWrongRootAndLetTheProposersClockRunOut();

    assertThat(ticksFailing(3)).as("calls timeout; sees the game end, but the report fails; sees it again, claims")
        .isEqualTo(1);
    assertThat(types(lab.events.all())).containsExactly(RootConfirmed.class, WrongRootFound.class,
        DisputeOpened.class, DisputeResolved.class, BondsClaimed.class, BondsClaimed.class);
    assertThat(lab.events.of(DisputeResolved.class)).containsExactly(new DisputeResolved(gameId, 1, true, true));
    assertThat(lab.store.disputes().moves(gameId)).extracting(DisputeTable.Move::kind).containsExactly("timeout");
    assertThat(lab.store.disputes().get(gameId).orElseThrow().winner()).isEqualTo("challenger");
    assertThat(lab.challenger.state()).isEqualTo(ChallengerState.WATCHING);
  }

  /** A wrong root for batch 1, disputed by the challenger; the proposer never answers, its clock runs out. */
  private long disputeAWrongRootAndLetTheProposersClockRunOut() throws L1Exception {
    lab.fundAlice();
    lab.postTransfers(4);
    lab.propose(1, fakeRoot(4));
    lab.challenger.tick(); // sees the wrong root and challenges it
    lab.challenger.tick(); // sees its game start
    final long gameId = lab.events.of(DisputeOpened.class).get(0).gameId();
    lab.passTime(CONFIG.disputeClock().toSeconds() + 1);
    return gameId;
  }

  /** Ticks the challenger {@code turns} times as the node does, going on after a failed turn; returns the failures. */
  private int ticksFailing(final int turns) {
    int failed = 0;
    for (int turn = 0; turn < turns; turn++) {
      try {
        lab.challenger.tick();
      } catch (L1Exception | RuntimeException e) {
        failed++; // the node logs it and ticks again
      }
    }
    return failed;
  }

  /** A challenger whose event store refuses the first event of {@code type}, as a failing write would. */
  private ChallengerDriver challengerWhoseEventStoreFailsOnceOn(final Class<? extends RollupEvent> type) {
    final boolean[] failed = {false};
    return new ChallengerDriver(lab.l1, lab.contracts, CHALLENGER.credentials(), ChallengerConfig.of(CONFIG), event -> {
      if (type.isInstance(event) && !failed[0]) {
        failed[0] = true;
        throw new IllegalStateException("the event store could not write " + event.sentence());
      }
      lab.events.publish(event);
    }, lab.store);
  }

  /** An L1 whose first head read after a log query fails, as a connection reset would. */
  private static final class HeadFailsOnceAfterLogs extends ForwardingL1 {
    private boolean logsRead;
    private boolean failed;

    HeadFailsOnceAfterLogs(final L1Client l1) {
      super(l1);
    }

    @Override
    public List<L1Log> logs(final L1LogFilter filter) throws L1Exception {
      logsRead = true;
      return super.logs(filter);
    }

    @Override
    public L1Block latestBlock() throws L1Exception {
      if (logsRead && !failed) {
        failed = true;
        throw new L1Exception("connection reset while reading the L1 head");
      }
      return super.latestBlock();
    }
  }

  @Test
  void winsAgainstARootThatIsWrongFromItemFiveOnThroughBisectionAndTheOneStepProof() throws Exception {
    lab.fundAlice();
    lab.postTransfers(8);
    final ExecutedBatch truth = lab.truth(1);
    final LongFunction<Bytes32> liar = lyingFrom(5, truth);
    lab.propose(1, liar.apply(8));
    final BigInteger balanceBefore = lab.l1.balance(CHALLENGER.address());

    lab.challenger.tick(); // sees the wrong root and challenges it
    lab.challenger.tick(); // sees its game start
    assertThat(lab.challenger.state()).isEqualTo(ChallengerState.DISPUTING);
    final long gameId = lab.events.of(DisputeOpened.class).get(0).gameId();
    playUntilResolved(gameId, liar);

    assertThat(types(lab.events.all())).containsExactly(RootConfirmed.class, WrongRootFound.class,
        DisputeOpened.class,
        ProposerRootSeen.class, ChallengerRootPosted.class, DisputeNarrowed.class,
        ProposerRootSeen.class, ChallengerRootPosted.class, DisputeNarrowed.class,
        ProposerRootSeen.class, ChallengerRootPosted.class, DisputeNarrowed.class,
        ItemReExecutedOnL1.class, DisputeResolved.class, BondsClaimed.class, BondsClaimed.class);
    assertThat(lab.events.of(WrongRootFound.class)).containsExactly(
        new WrongRootFound(1, PROPOSER.address(), fakeRoot(8), truth.postRoot()));
    assertThat(lab.events.of(DisputeNarrowed.class)).extracting(DisputeNarrowed::lo, DisputeNarrowed::hi)
        .containsExactly(tuple(4L, 8L), tuple(4L, 6L),
            tuple(5L, 6L));
    assertThat(lab.events.of(ItemReExecutedOnL1.class).get(0).postRoot()).isEqualTo(truth.root(6));
    assertThat(lab.events.of(DisputeResolved.class)).containsExactly(new DisputeResolved(gameId, 1, true, false));
    assertThat(lab.events.of(BondsClaimed.class)).extracting(BondsClaimed::amount).containsExactly(BOND, BOND);
    assertThat(lab.challenger.state()).isEqualTo(ChallengerState.WATCHING);
    assertThat(lab.log.since(0)).as("stored as the node stores events")
        .extracting(StoredEvent::role, StoredEvent::type, StoredEvent::sentence)
        .containsExactlyElementsOf(lab.events.all().stream()
            .map(e -> tuple("challenger", e.getClass().getSimpleName(), e.sentence())).toList());

    assertThat(lab.bondOf(PROPOSER.address())).as("the proposer is slashed").isZero();
    assertThat(lab.proposedCount()).as("batch 1's root is withdrawn, batch 0's stands").isEqualTo(1);
    assertThat(lab.truth(1).itemCount()).as("the batch stays").isEqualTo(truth.itemCount());
    final BigInteger gain = lab.l1.balance(CHALLENGER.address()).subtract(balanceBefore);
    assertThat(gain).as("the proposer's bond, less the gas of the moves").isBetween(BOND.subtract(GAS_ALLOWANCE), BOND);

    final DisputeTable.Row dispute = lab.store.disputes().get(gameId).orElseThrow();
    assertThat(dispute.winner()).isEqualTo("challenger");
    assertThat(dispute.disputedTx()).isEqualTo(5);
    assertThat(lab.store.disputes().moves(gameId)).extracting(DisputeTable.Move::player, DisputeTable.Move::txIndex)
        .containsExactly(tuple("proposer", 4L),
            tuple("challenger", 4L), tuple("proposer", 6L),
            tuple("challenger", 6L), tuple("proposer", 5L),
            tuple("challenger", 5L), tuple("challenger", 5L));
  }

  @Test
  void winsOnTimeWhenTheProposerStopsAnswering() throws Exception {
    final long gameId = disputeAWrongRootAndLetTheProposersClockRunOut();
    lab.challenger.tick(); // calls timeout
    lab.challenger.tick(); // sees the game end, claims

    assertThat(types(lab.events.all())).containsExactly(RootConfirmed.class, WrongRootFound.class,
        DisputeOpened.class, DisputeResolved.class, BondsClaimed.class, BondsClaimed.class);
    assertThat(lab.events.of(DisputeResolved.class)).containsExactly(new DisputeResolved(gameId, 1, true, true));
    assertThat(lab.bondOf(PROPOSER.address())).isZero();
    assertThat(lab.store.disputes().moves(gameId)).extracting(DisputeTable.Move::kind).containsExactly("timeout");
  }

  @Test
  void challengesAClaimNoBatchOnL1BacksAndEndsItWhenNobodyShowsTheBatch() throws Exception {
    lab.fundAlice();
    lab.proposeWithheldBatch(1);

    lab.challenger.tick(); // cannot verify: challenges the claim
    assertThat(lab.events.of(BatchUnverifiable.class)).singleElement()
        .satisfies(e -> assertThat(e.batchIndex()).isEqualTo(1));
    lab.challenger.tick(); // sees its challenge open; nothing to show, the deadline is ahead
    lab.challenger.tick();
    assertThat(lab.proposedCount()).isEqualTo(2);
    lab.passTime(CONFIG.revealPeriod().toSeconds() + 1);
    lab.challenger.tick(); // ends it
    lab.challenger.tick(); // sees it end, claims

    assertThat(types(lab.events.all())).containsExactly(RootConfirmed.class, BatchUnverifiable.class,
        DataChallengeOpened.class, DataChallengeUnanswered.class, BondsClaimed.class);
    assertThat(lab.events.of(BondsClaimed.class)).extracting(BondsClaimed::amount)
        .containsExactly(BOND.multiply(BigInteger.TWO));
    assertThat(lab.proposedCount()).as("the claim is withdrawn").isEqualTo(1);
    assertThat(lab.bondOf(PROPOSER.address())).isZero();
    assertThat(lab.challenger.state()).isEqualTo(ChallengerState.WATCHING);

    lab.registerProposerAgain();
    lab.postTransfers(1);
    lab.proposeHonestly(1);
    lab.challenger.tick();
    assertThat(lab.events.all()).last().isEqualTo(new RootConfirmed(1, lab.truth(1).postRoot()));
  }

  @Test
  void showsL1TheBatchBehindAWrongClaimItselfAndWinsAtOnce() throws Exception {
    lab.fundAlice();
    lab.postTransfers(3);
    final ExecutedBatch truth = lab.truth(1);
    final BatchClaim right = truth.claim(truth.l1Block());
    lab.propose(1, truth.postRoot(), new BatchClaim(right.dataHash(), 2, 0, right.l1Timestamp(), right.anchorBlock(),
        Bytes32.ZERO));

    lab.challenger.tick(); // the claim says 2 items: challenges it
    lab.challenger.tick(); // shows the batch's transaction
    lab.challenger.tick(); // sees L1's verdict, claims

    assertThat(types(lab.events.all())).containsExactly(RootConfirmed.class, WrongClaimFound.class,
        DataChallengeOpened.class, BatchDataShown.class, BondsClaimed.class);
    assertThat(lab.events.of(WrongClaimFound.class).get(0).difference()).isEqualTo("it holds 3 items, not 2");
    assertThat(lab.events.of(BatchDataShown.class).get(0).claimUpheld()).isFalse();
    assertThat(lab.proposedCount()).isEqualTo(1);
    assertThat(lab.bondOf(PROPOSER.address())).isZero();
  }

  @Test
  void aRestartedChallengerResumesItsGameFromL1WithoutRepeatingItsEvents() throws Exception {
    lab.fundAlice();
    lab.postTransfers(8);
    final LongFunction<Bytes32> liar = lyingFrom(5, lab.truth(1));
    lab.propose(1, liar.apply(8));
    lab.challenger.tick();
    lab.challenger.tick();
    final long gameId = lab.events.of(DisputeOpened.class).get(0).gameId();
    lab.proposerPostsRoot(gameId, liar.apply(lab.midpoint(gameId)));
    lab.challenger.tick(); // sees the proposer's root at 4, posts its own
    lab.events.clear();

    lab.challenger = lab.newChallenger();
    assertThat(lab.challenger.state()).isEqualTo(ChallengerState.WATCHING);
    playUntilResolved(gameId, liar);

    assertThat(types(lab.events.all())).startsWith(ChallengerRootPosted.class, DisputeNarrowed.class,
        ProposerRootSeen.class).endsWith(DisputeResolved.class, BondsClaimed.class, BondsClaimed.class)
        .doesNotContain(DisputeOpened.class, WrongRootFound.class, RootConfirmed.class);
    assertThat(lab.events.of(DisputeResolved.class)).containsExactly(new DisputeResolved(gameId, 1, true, false));
    assertThat(lab.store.disputes().moves(gameId)).hasSize(7);
  }
}
