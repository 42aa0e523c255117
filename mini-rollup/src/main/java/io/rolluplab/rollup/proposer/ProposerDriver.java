package io.rolluplab.rollup.proposer;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.UInt256;
import io.rolluplab.rollup.contracts.BatchClaim;
import io.rolluplab.rollup.contracts.ContractFunction;
import io.rolluplab.rollup.contracts.DisputeGameContract;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.derivation.ExecutedBatch;
import io.rolluplab.rollup.event.Amount;
import io.rolluplab.rollup.event.EventSink;
import io.rolluplab.rollup.fault.Faults;
import io.rolluplab.rollup.l1.L1Block;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1InclusionProof;
import io.rolluplab.rollup.l1.L1Log;
import io.rolluplab.rollup.l1.L1LogFilter;
import io.rolluplab.rollup.l1.L1RevertException;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.proposer.ProposerEvent.BatchFinalized;
import io.rolluplab.rollup.proposer.ProposerEvent.BondRegistered;
import io.rolluplab.rollup.proposer.ProposerEvent.BondSlashed;
import io.rolluplab.rollup.proposer.ProposerEvent.ChallengeSeen;
import io.rolluplab.rollup.proposer.ProposerEvent.DataChallengeEnded;
import io.rolluplab.rollup.proposer.ProposerEvent.DataChallengeSeen;
import io.rolluplab.rollup.proposer.ProposerEvent.DisputeWon;
import io.rolluplab.rollup.proposer.ProposerEvent.MidpointRootPosted;
import io.rolluplab.rollup.proposer.ProposerEvent.RootProposed;
import io.rolluplab.rollup.proposer.ProposerEvent.RootsRolledBack;
import io.rolluplab.rollup.proposer.ProposerEvent.WithheldRootProposed;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.step.StepGate;
import io.rolluplab.rollup.store.RollupStore;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.crypto.Credentials;

/**
 * The proposer's loop: it bonds, claims what each batch the batcher sent holds and its post-state
 * root, in order, finalizes batches whose challenge window passed, shows L1 a batch's transaction
 * when its claim about the data is challenged, and answers the bisection moves it owes in disputes
 * about its roots. {@link #tick()} is one turn. Every claim it makes comes from {@link
 * DerivedRoots}, i.e. from L1 data only; the one exception is the withhold-data fault, where it
 * claims a root for a batch the batcher keeps off L1.
 *
 * <p>No retry logic is needed (as in op-proposer): each tick reads where L1 stands (proposed,
 * finalized, bonded) and does the next step from there, so a failed or repeated tick proposes
 * nothing twice; L1 refuses a root for an index that already has one.
 *
 * <p>What a getter returns changes only with a new L1 block, and the node ticks far more often
 * than L1 mines: the proposer keeps the getters' answers for the block it read them at and asks
 * again only once there is a new one, or once it sent a transaction itself. It asks L1 whether a
 * batch can be finalized on every tick, though: that depends on the L1 clock, which moves between
 * blocks.
 */
public final class ProposerDriver {
  private static final byte[] LIE_TAG = "wrong-root fault".getBytes(StandardCharsets.US_ASCII);
  /** {@code DisputeGame.Status}: Running, ProposerWon. */
  private static final int RUNNING = 1;
  private static final int PROPOSER_WON = 2;
  /**
   * How far back from the L1 head a claim's anchor may lie: L1 keeps the last 256 block hashes, and
   * the proposal lands a few blocks after the head it was built at.
   */
  static final long ANCHOR_REACH = 200;

  private final ProposerConfig config;
  private final L1Client l1;
  private final Credentials operator;
  private final Address self;
  private final DerivedRoots derived;
  private final RollupStore store;
  private final Faults faults;
  private final EventSink events;
  private final InstantSource clock;
  private ProposerState state = ProposerState.UNBONDED;
  /** Batches whose proposed root lies, and the item the lie starts after (teaching fault). */
  private final Map<Long, Integer> lies = new HashMap<>();
  /** Games about its roots it has seen running, by game id, with their batch. */
  private final Map<Long, Long> games = new LinkedHashMap<>();
  /** The first L1 block whose {@code GameStarted} and {@code DataChallenged} logs it has not read yet (from 0 after a start). */
  private long nextGameBlock;
  /** Data challenges against its claims it has seen running, by batch index. */
  private final Map<Long, Address> dataChallenges = new LinkedHashMap<>();
  /** The batch the batcher withholds (teaching fault), if any. */
  private final Supplier<Optional<WithheldBatch>> withheld;
  private long proposedSeen = -1;
  /** The getters' answers at block {@link #readAt} (null: none kept), by contract and call data. */
  private final Map<Read, byte[]> reads = new HashMap<>();
  private Bytes32 readAt;
  /** Asked before each transition: step mode holds it there. */
  private StepGate gate = StepGate.OPEN;

  /** @param withheld the batch the operator's batcher withholds, which it claims a root for all the same (fault) */
  public ProposerDriver(final ProposerConfig config, final L1Client l1, final Credentials operator,
      final DerivedRoots derived, final Supplier<Optional<WithheldBatch>> withheld, final RollupStore store,
      final Faults faults, final EventSink events, final InstantSource clock) {
    this.config = config;
    this.l1 = l1;
    this.operator = operator;
    this.self = Address.fromHex(operator.getAddress());
    this.derived = derived;
    this.withheld = withheld;
    this.store = store;
    this.faults = faults;
    this.events = events;
    this.clock = clock;
  }

  /**
   * One turn, in this order: answer disputes (and notice those that ended), notice a rollback,
   * keep the bond, finalize, propose.
   *
   * @throws L1Exception if L1 cannot be read or a transaction fails; the next tick starts over from L1
   */
  public synchronized void tick() throws L1Exception {
    final L1Block head = l1.latestBlock();
    if (!head.hash().equals(readAt)) {
      reads.clear();
      readAt = head.hash();
    }
    final long proposed = rollupCount(OptimisticRollupContract.PROPOSED_COUNT);
    final long finalized = rollupCount(OptimisticRollupContract.FINALIZED_COUNT);
    defend(head.number(), finalized, proposed);
    noticeRollback(proposed);
    keepBond();
    finalizeDue(finalized, proposed);
    propose(proposed, head);
  }

  private void noticeRollback(final long proposed) {
    if (proposedSeen > proposed) {
      for (long i = proposed; i < proposedSeen; i++) {
        setStatus(i, "rolled-back");
      }
      events.publish(new RootsRolledBack(proposed, proposedSeen - 1));
    }
    proposedSeen = proposed;
  }

  /** Registers (locks the bond) when it has none: at the first start, and again after being slashed. */
  private void keepBond() throws L1Exception {
    final BigInteger bond = read(config.rollup(), OptimisticRollupContract.BOND);
    final BigInteger locked =
        read(config.rollup(), OptimisticRollupContract.BOND_OF, new org.web3j.abi.datatypes.Address(self.toHex()));
    if (locked.compareTo(bond) >= 0) {
      if (state == ProposerState.UNBONDED) {
        state = state.registered(); // registered before a restart
      }
      return;
    }
    if (!gate.mayProceed("Lock the proposer's bond of " + Amount.of(bond) + " in the rollup contract"
        + " (registerProposer): it is what a wrong root would cost.")) {
      return;
    }
    if (state != ProposerState.UNBONDED) {
      state = state.slashed();
    }
    send(L1Transaction.call(config.rollup(), OptimisticRollupContract.REGISTER_PROPOSER.encode()).withValue(bond));
    state = state.registered();
    events.publish(new BondRegistered(self, bond));
  }

  /**
   * Notices new games against its roots, answers the moves it owes, and notices games that ended.
   * New games are read from the dispute game's {@code GameStarted} logs since the last tick, not by
   * asking L1 about every batch in the challenge window: that window holds a week of batches.
   */
  private void defend(final long head, final long finalized, final long proposed) throws L1Exception {
    final List<L1Log> started = head < nextGameBlock ? List.of()
        : l1.logs(L1LogFilter.event(config.disputeGame(), DisputeGameContract.GAME_STARTED, nextGameBlock, head));
    final List<L1Log> dataChallenged = head < nextGameBlock ? List.of()
        : l1.logs(L1LogFilter.event(config.rollup(), OptimisticRollupContract.DATA_CHALLENGED, nextGameBlock, head));
    for (final L1Log log : dataChallenged) {
      final List<Type> opened = OptimisticRollupContract.DATA_CHALLENGED.decode(log.log()).orElseThrow();
      final long i = number(opened.get(0)).longValueExact();
      if (i >= finalized && i < proposed && proposal(i).proposer().equals(self) && !dataChallenges.containsKey(i)) {
        final boolean canShow = showable(i, proposedClaim(i)).isPresent();
        events.publish(new DataChallengeSeen(i, Address.fromHex((String) opened.get(1).getValue()), canShow));
        dataChallenges.put(i, Address.fromHex((String) opened.get(1).getValue()));
      }
    }
    for (final L1Log log : started) {
      final List<Type> opened = DisputeGameContract.GAME_STARTED.decode(log.log()).orElseThrow();
      final long gameId = number(opened.get(0)).longValueExact();
      final long i = number(opened.get(1)).longValueExact();
      if (i >= finalized && i < proposed && !games.containsKey(gameId)) {
        final List<Type> game = game(gameId);
        if (state == ProposerState.BONDED) {
          state = state.challenged();
        }
        events.publish(new ChallengeSeen(gameId, i, Address.fromHex((String) game.get(6).getValue())));
        games.put(gameId, i); // last: a game whose reading threw is read again next tick, not forgotten
      }
    }
    nextGameBlock = head + 1; // only once every game in those blocks is noticed
    for (final Map.Entry<Long, Long> entry : List.copyOf(games.entrySet())) {
      move(entry.getKey(), entry.getValue());
    }
    for (final long batchIndex : List.copyOf(dataChallenges.keySet())) {
      answer(batchIndex);
    }
  }

  /**
   * A data challenge against its claim about batch {@code batchIndex}: shows L1 the batch's
   * transaction while the challenge runs, or notices that it ended.
   */
  private void answer(final long batchIndex) throws L1Exception {
    final List<Type> challenge = OptimisticRollupContract.DATA_CHALLENGE.decode(getterCall(config.rollup(),
        OptimisticRollupContract.DATA_CHALLENGE.encode(new Uint256(batchIndex))));
    if (Address.fromHex((String) challenge.get(0).getValue()).equals(Address.ZERO)) {
      dataChallenges.remove(batchIndex);
      final boolean upheld = proposal(batchIndex).proposer().equals(self);
      events.publish(new DataChallengeEnded(batchIndex, upheld));
      if (!upheld) {
        state = state.slashed();
      }
      return;
    }
    final BatchClaim claim = proposedClaim(batchIndex);
    final Optional<ExecutedBatch> batch = showable(batchIndex, claim);
    if (batch.isEmpty() || !gate.mayProceed("Show L1 batch " + batchIndex + "'s transaction (answerDataChallenge): the"
        + " claim about its data is challenged.")) {
      return;
    }
    send(L1Transaction.call(config.rollup(), OptimisticRollupContract.answerDataChallenge(batchIndex, claim,
        L1InclusionProof.of(l1, claim.anchorBlock(), batch.get().l1Block(), batch.get().txIndex()))));
  }

  /** Batch {@code batchIndex} as derived, if it is on L1 as {@code claim} says and within its anchor's reach. */
  private Optional<ExecutedBatch> showable(final long batchIndex, final BatchClaim claim) {
    return derived.of(batchIndex)
        .filter(b -> b.provableFrom(claim.anchorBlock()) && b.dataHash().equals(claim.dataHash()));
  }

  /** The claim about batch {@code batchIndex} as L1 recorded it (with its anchor hash): its last {@code BatchProposed}. */
  private BatchClaim proposedClaim(final long batchIndex) throws L1Exception {
    final L1Log last = l1.logs(new L1LogFilter(config.rollup(), List.of(OptimisticRollupContract.BATCH_PROPOSED.topic(),
        UInt256.valueOf(batchIndex)), 0, l1.latestBlock().number())).stream().reduce((a, b) -> b).orElseThrow(
            () -> new IllegalStateException("batch " + batchIndex + " has a claim on L1 but no BatchProposed log"));
    return BatchClaim.decode(OptimisticRollupContract.BATCH_PROPOSED.decode(last.log()).orElseThrow(), 5);
  }

  private OptimisticRollupContract.Proposal proposal(final long batchIndex) throws L1Exception {
    return OptimisticRollupContract.Proposal.decode(OptimisticRollupContract.PROPOSAL_OF.decode(getterCall(
        config.rollup(), OptimisticRollupContract.PROPOSAL_OF.encode(new Uint256(batchIndex)))));
  }

  /** One game: post the root at the midpoint if it is its turn, or notice that the game ended. */
  private void move(final long gameId, final long batchIndex) throws L1Exception {
    final List<Type> game = game(gameId);
    final int status = number(game.get(15)).intValue();
    if (status != RUNNING) {
      games.remove(gameId);
      if (status == PROPOSER_WON) {
        events.publish(new DisputeWon(gameId, batchIndex));
        if (state == ProposerState.DEFENDING && games.isEmpty()) {
          state = state.won();
        }
      } else {
        events.publish(new BondSlashed(gameId, batchIndex));
        state = state.slashed();
      }
      return;
    }
    final long lo = number(game.get(9)).longValueExact();
    final long hi = number(game.get(10)).longValueExact();
    final boolean myTurn = number(game.get(14)).intValue() == DisputeGameContract.PROPOSER;
    if (!myTurn || hi - lo <= 1) {
      return;
    }
    final long mid = (lo + hi) / 2;
    final Bytes32 root = claimedRoot(batchIndex, mid);
    if (!gate.mayProceed("Post the proposer's root after " + mid + (mid == 1 ? " item" : " items") + " in game "
        + gameId + " (the sides agree after " + lo + " and disagree after " + hi + "): " + root.toShortHex() + ".")) {
      return;
    }
    send(L1Transaction.call(config.disputeGame(), DisputeGameContract.postRoot(gameId, root)));
    final boolean honest = !lies.containsKey(batchIndex) || mid <= lies.get(batchIndex);
    events.publish(new MidpointRootPosted(gameId, mid, root, honest));
  }

  /** Finalizes, in order, each batch L1 would finalize now (window passed, no game). */
  private void finalizeDue(final long finalized, final long proposed) throws L1Exception {
    for (long i = finalized; i < proposed; i++) {
      final byte[] call = OptimisticRollupContract.finalize(i);
      try {
        l1.call(config.rollup(), call);
      } catch (L1RevertException notYet) {
        return; // its window is still open, or it is disputed: L1 says why, the next tick asks again
      }
      if (!gate.mayProceed("Finalize batch " + i + " on L1: its challenge window passed with no dispute, so its root"
          + " becomes final and its withdrawals can be paid.")) {
        return;
      }
      send(L1Transaction.call(config.rollup(), call));
      setStatus(i, "final");
      events.publish(new BatchFinalized(i));
    }
  }

  /**
   * Proposes, for each batch after the last proposed that it has derived from L1, the claim about
   * what the batch holds and its root. Then, under the withhold-data fault, a claim for the batch
   * the batcher keeps off L1.
   */
  private void propose(final long proposed, final L1Block head) throws L1Exception {
    for (long i = proposed; ; i++) {
      final Optional<ExecutedBatch> batch = derived.of(i);
      if (batch.isEmpty()) {
        proposeWithheld(i, head);
        return;
      }
      final boolean empty = batch.get().itemCount() == 0; // L1 checks an empty batch's root: no lie passes
      final OptionalInt armed = empty ? OptionalInt.empty() : faults.settings().wrongRootAt();
      if (!gate.mayProceed("Propose what batch " + i + " holds and its post-state root on L1 (proposeRoot), with the"
          + " bond at stake" + (armed.isPresent() ? ": a wrong root from item " + armed.getAsInt() + " on, since the"
              + " wrong-root fault is armed." : "."))) {
        return;
      }
      lies.remove(i);
      final int lieFrom = empty ? -1 : faults.takeWrongRoot().orElse(-1);
      if (lieFrom >= 0) {
        lies.put(i, Math.min(lieFrom, batch.get().itemCount() - 1));
      }
      final Bytes32 root = claimedRoot(i, batch.get().itemCount());
      send(L1Transaction.call(config.rollup(), OptimisticRollupContract.proposeRoot(i, root,
          batch.get().claim(anchorFor(batch.get().l1Block(), head.number())))));
      proposedSeen = i + 1;
      setStatus(i, "proposed");
      events.publish(new RootProposed(i, root, lies.getOrDefault(i, -1)));
    }
  }

  /**
   * The block a claim's proof will start from: the batch's own block while L1 still knows its hash
   * when the proposal lands (one header in the proof), else a recent one (a header per block between).
   */
  static long anchorFor(final long batchBlock, final long head) {
    return head - batchBlock < ANCHOR_REACH ? batchBlock : head - ANCHOR_REACH;
  }

  /** Fault: claims batch {@code batchIndex}, which the batcher withholds, as if it were in the latest L1 block. */
  private void proposeWithheld(final long batchIndex, final L1Block head) throws L1Exception {
    final Optional<WithheldBatch> batch = withheld.get().filter(b -> b.index() == batchIndex);
    if (batch.isEmpty() || !gate.mayProceed("Propose a root for batch " + batchIndex + ", whose data the batcher"
        + " withholds (withhold-data fault): a claim nobody who reads L1 can check.")) {
      return;
    }
    final WithheldBatch b = batch.get();
    send(L1Transaction.call(config.rollup(), OptimisticRollupContract.proposeRoot(batchIndex, b.postRoot(),
        new BatchClaim(b.dataHash(), b.itemCount(), b.depositCount(), head.timestamp(), head.number(), Bytes32.ZERO))));
    proposedSeen = batchIndex + 1;
    events.publish(new WithheldRootProposed(batchIndex, b.postRoot(), b.dataHash()));
  }

  /**
   * What it claims the state root after {@code position} items of batch {@code batchIndex} is: the
   * derived {@code S_position}, or, for a batch it lies about from item k, {@code H(S_position ‖
   * "wrong-root fault")} for every position after k. Its claims in the bisection follow the same
   * rule, so they stay consistent with the lie and the game narrows to item k.
   */
  private Bytes32 claimedRoot(final long batchIndex, final long position) {
    final Bytes32 honest = derived.of(batchIndex).map(b -> b.root(position)).orElseThrow(() -> new IllegalStateException(
        "batch " + batchIndex + " has a root on L1 but its data is not derived; the derivation is behind L1"));
    final Integer lieFrom = lies.get(batchIndex);
    if (lieFrom == null || position <= lieFrom) {
      return honest;
    }
    final byte[] input = new byte[Bytes32.SIZE + LIE_TAG.length];
    System.arraycopy(honest.toArray(), 0, input, 0, Bytes32.SIZE);
    System.arraycopy(LIE_TAG, 0, input, Bytes32.SIZE, LIE_TAG.length);
    return Bytes32.wrap(Keccak.hash(input));
  }

  private void setStatus(final long batchIndex, final String status) {
    if (store.batches().get(batchIndex).isPresent()) {
      store.batches().setStatus(batchIndex, status, clock.instant());
    }
  }

  private void send(final L1Transaction tx) throws L1Exception {
    reads.clear(); // its own transaction changes what the getters return, in this very tick
    readAt = null;
    l1.sendAndWait(operator, tx);
  }

  private List<Type> game(final long gameId) throws L1Exception {
    return DisputeGameContract.GAME.decode(
        getterCall(config.disputeGame(), DisputeGameContract.GAME.encode(new Uint256(gameId))));
  }

  private long rollupCount(final ContractFunction getter) throws L1Exception {
    return read(config.rollup(), getter).longValueExact();
  }

  private BigInteger read(final Address contract, final ContractFunction getter, final Type<?>... args)
      throws L1Exception {
    return number(getter.decode(getterCall(contract, getter.encode(args))).get(0));
  }

  /** A getter's call on {@code contract}: kept for the rest of the block. */
  private record Read(Address contract, ByteBuffer data) {}

  /** What the getter call {@code data} on {@code contract} returns, asked once per L1 block. */
  private byte[] getterCall(final Address contract, final byte[] data) throws L1Exception {
    final Read key = new Read(contract, ByteBuffer.wrap(data));
    final byte[] kept = reads.get(key);
    if (kept != null) {
      return kept;
    }
    final byte[] out = l1.call(contract, data);
    reads.put(key, out);
    return out;
  }

  private static BigInteger number(final Type<?> value) {
    return (BigInteger) value.getValue();
  }

  /** Has each of its transitions wait at {@code stepGate} first (step mode); the gate is open until then. */
  public synchronized void gateSteps(final StepGate stepGate) {
    this.gate = stepGate;
  }

  public synchronized ProposerState state() {
    return state;
  }
}
