package io.rolluplab.rollup.prover;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.contracts.ContractError;
import io.rolluplab.rollup.contracts.ContractFunction;
import io.rolluplab.rollup.contracts.MockVerifierContract;
import io.rolluplab.rollup.contracts.ZkRollupContract;
import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.contracts.BridgeContract;
import io.rolluplab.rollup.derivation.DiffChain;
import io.rolluplab.rollup.event.EventSink;
import io.rolluplab.rollup.fault.Faults;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1Receipt;
import io.rolluplab.rollup.l1.L1RevertException;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.prover.ProverEvent.ProofGenerated;
import io.rolluplab.rollup.prover.ProverEvent.ProofRejected;
import io.rolluplab.rollup.prover.ProverEvent.ProofVerified;
import io.rolluplab.rollup.prover.ProverEvent.ProvingProgress;
import io.rolluplab.rollup.prover.ProverEvent.ProvingRefused;
import io.rolluplab.rollup.prover.ProverEvent.ProvingStarted;
import io.rolluplab.rollup.prover.ProverEvent.UnrecordedBatchFound;
import io.rolluplab.rollup.prover.ProverEvent.UnrecordedBatchUnprovable;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.step.StepGate;
import io.rolluplab.rollup.store.ProofTable;
import io.rolluplab.rollup.store.RollupStore;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;

/**
 * The prover's loop: for the next committed batch (in order: each proof starts from the root the
 * previous one proved) it builds the witness from the batch as derived from L1, checks every
 * constraint a circuit would ({@link Circuit}), pretends to prove for {@code provingDelay}, then
 * sends the mock proof to {@code ZkRollup.proveBatch}. {@link #tick()} is one turn.
 *
 * <p><b>The proof is a mock.</b> {@link WhatTheMockProves#TEXT} says in plain words what it shows
 * and what it does not: it is the prover key's signature over the public inputs, so L1 trusts the
 * key holder where a SNARK verifier would trust only mathematics. The checks this class makes are
 * the ones a real circuit would enforce; here they only decide whether the honest prover signs.
 *
 * <p>No state needs a restart: each tick reads from L1 which batch is next to prove.
 */
public final class ProverDriver {
  /** Gas for a proof sent under a fault: given, so L1 mines it and refuses it in the open. */
  static final long FAULTY_PROOF_GAS_LIMIT = 200_000;
  private static final byte[] WRONG_ROOT_TAG = "wrong-proof fault".getBytes(StandardCharsets.US_ASCII);
  /** Progress is reported in quarters of the proving time. */
  private static final int PROGRESS_STEP = 25;

  private final ProverConfig config;
  private final L1Client l1;
  private final Credentials prover;
  private final DiffChain chain;
  private final LongFunction<Optional<BatchData>> transactions;
  private final RollupStore store;
  private final Faults faults;
  private final EventSink events;
  private final InstantSource clock;
  private final Circuit circuit;
  private ProverState state = ProverState.IDLE;
  /** The batch being proven (PROVING). */
  private Job job;
  /** Asked before each transition: step mode holds it there. */
  private StepGate gate = StepGate.OPEN;
  /** The last committed batch without an operator record that the prover reported, -1 before any. */
  private long reportedUnrecorded = -1;

  /** A batch under way: what will be proven, when proving started, and the progress reported. */
  private record Job(long batchIndex, PublicInputs inputs, long depositsAfter, long constraints, Instant startedAt,
      int reported) {
    Job reported(final int percent) {
      return new Job(batchIndex, inputs, depositsAfter, constraints, startedAt, percent);
    }
  }

  /**
   * @param prover the registered prover key: it signs the proofs and pays for {@code proveBatch}
   * @param chain the state diffs as derived from L1 alone: the state before each batch, and where its diff leads
   * @param transactions the operator's record of what each batch holds (L1 has only its diff), empty
   *     for a batch it did not make: the prover then takes the batch's deposits, from L1, as all it holds
   */
  public ProverDriver(final ProverConfig config, final L1Client l1, final Credentials prover, final DiffChain chain,
      final LongFunction<Optional<BatchData>> transactions, final RollupStore store, final Faults faults,
      final EventSink events, final InstantSource clock) {
    this.config = config;
    this.l1 = l1;
    this.prover = prover;
    this.chain = chain;
    this.transactions = transactions;
    this.store = store;
    this.faults = faults;
    this.events = events;
    this.clock = clock;
    this.circuit = new Circuit(config.l2ChainId());
  }

  /**
   * One turn: start on the next batch if idle, or report progress, and send the proof when ready.
   *
   * @throws L1Exception if L1 cannot be read or a proof's fate is unknown; the next tick tries again
   */
  public synchronized void tick() throws L1Exception {
    if (state == ProverState.IDLE) {
      startNext();
    }
    if (state == ProverState.PROVING) {
      prove();
    }
  }

  /** IDLE: builds and checks the witness of the next committed batch, if its diff is derived. */
  private void startNext() throws L1Exception {
    final long next = count(ZkRollupContract.PROVEN_COUNT);
    final Optional<DiffChain.Committed> batch = chain.batch(next);
    if (next >= count(ZkRollupContract.BATCH_COUNT) || batch.isEmpty()) {
      return; // nothing committed to prove, or not derived yet
    }
    final Optional<BatchData> recorded = transactions.apply(next);
    final BatchWitness witness = witness(batch.get(), recorded.orElseGet(() -> depositsOnly(batch.get())));
    final List<Check> checks = circuit.check(witness);
    final Optional<Check> failed = checks.stream().filter(c -> !c.passed()).findFirst();
    if (recorded.isEmpty() && reportedUnrecorded != next) {
      reportedUnrecorded = next; // said once; the prover looks at it again each turn
      events.publish(failed.isEmpty() ? new UnrecordedBatchFound(next, batch.get().fact().depositCount(),
          batch.get().fact().l1Tx()) : new UnrecordedBatchUnprovable(next, batch.get().fact().depositCount(),
          batch.get().fact().l1Tx(), failed.get()));
    }
    if (recorded.isEmpty() && failed.isPresent()) {
      return; // not the operator's batch: it has nothing to commit again in its place, so it does not revert it
    }
    if (!gate.mayProceed(failed.isPresent() ? "Refuse to prove batch " + next + ": " + failed.get().describe() + "."
        : "Start proving batch " + next + " (" + witness.transactions().items().size() + " items): every one of its "
            + checks.size() + " checks holds.")) {
      return;
    }
    if (failed.isPresent()) {
      state = state.unprovable();
      setStatus(next, "unprovable");
      events.publish(new ProvingRefused(next, failed.get()), () -> store.proofChecks().put(next, Check.pack(checks)));
      return;
    }
    final long constraints = checks.stream().mapToLong(Check::constraints).sum();
    job = new Job(next, witness.onL1(), witness.depositsAfter(), constraints, clock.instant(), 0);
    state = state.start();
    setStatus(next, "proving");
    events.publish(new ProvingStarted(next, witness.transactions().items().size(), checks.size(), constraints,
        witness.onL1(), config.provingDelay().toMillis()), () -> store.proofChecks().put(next, Check.pack(checks)));
  }

  /**
   * What a batch this operator did not make holds, as far as L1 tells: its deposits, in queue order.
   * Someone forced it in (L1 lets anyone commit once a deposit is overdue), and a batch that only
   * credits deposits makes exactly the committed diff; one with transactions of its own does not,
   * and only its committer knows them (L1 holds their effect, not the transactions).
   */
  private static BatchData depositsOnly(final DiffChain.Committed batch) {
    final List<BatchItem> deposits = new ArrayList<>();
    for (long i = 0; i < batch.fact().depositCount(); i++) {
      deposits.add(BatchItem.deposit(batch.fact().firstDeposit() + i));
    }
    return new BatchData(0, deposits);
  }

  /**
   * The witness of {@code batch}: public inputs from L1 (and the post-root its committed diff leads
   * to), the transactions from the operator's record, executed from the state the diffs before it left.
   */
  private BatchWitness witness(final DiffChain.Committed batch, final BatchData items) throws L1Exception {
    final long i = batch.fact().batchIndex();
    final Bytes32 preRoot = i == 0 ? Bytes32.ZERO : bytes32(call(config.rollup(), ZkRollupContract.STATE_ROOT, i - 1));
    final long firstDeposit = batch.fact().firstDeposit();
    final long depositsAfter = firstDeposit + batch.fact().depositCount();
    final Address bridge = Address.fromHex((String) call(config.rollup(), ZkRollupContract.BRIDGE).getValue());
    final PublicInputs inputs = new PublicInputs(preRoot, batch.postRoot(), batch.fact().diffHash(),
        bytes32(call(bridge, BridgeContract.QUEUE_HASH, depositsAfter)));
    return new BatchWitness(i, inputs, bytes32(call(bridge, BridgeContract.QUEUE_HASH, firstDeposit)), depositsAfter,
        items, batch.preRoot(), chain.execute(i, items, true));
  }

  /** PROVING: reports progress; once the proving time has passed, makes the proof and sends it. */
  private void prove() throws L1Exception {
    final Duration delay = config.provingDelay();
    final Duration elapsed = Duration.between(job.startedAt(), clock.instant());
    if (elapsed.compareTo(delay) < 0) {
      final int percent = (int) (elapsed.toMillis() * 100 / delay.toMillis()) / PROGRESS_STEP * PROGRESS_STEP;
      if (percent > job.reported()) {
        job = job.reported(percent);
        events.publish(new ProvingProgress(job.batchIndex(), percent));
      }
      return;
    }
    if (!gate.mayProceed("Send the mock proof of batch " + job.batchIndex() + " to ZkRollup.proveBatch, where the"
        + " verifier checks it" + (faults.settings().proveWrongRoot() || faults.settings().proveWithUnregisteredKey()
            ? " (a teaching fault is armed: expect L1 to refuse it)." : "."))) {
      return;
    }
    final boolean wrongRoot = faults.takeProveWrongRoot();
    final boolean unregistered = faults.takeProveWithUnregisteredKey();
    final ECKeyPair key = unregistered ? unregisteredKey() : prover.getEcKeyPair();
    final Address signer = Address.fromHex(Keys.getAddress(key.getPublicKey()));
    final Bytes32 inputHash = job.inputs().hash();
    final byte[] proof = MockVerifierContract.mockProof(inputHash, key);
    final Bytes32 root = wrongRoot ? madeUp(job.inputs().postRoot()) : job.inputs().postRoot();
    final long id = store.proofs().insert(new ProofTable.Generated(job.batchIndex(), inputHash, root, signer,
        job.constraints(), proof, job.startedAt(), clock.instant()));
    events.publish(new ProofGenerated(job.batchIndex(), inputHash, root, signer, fault(wrongRoot, unregistered, root)));
    L1Transaction call = L1Transaction.call(config.rollup(), ZkRollupContract.proveBatch(job.batchIndex(), root,
        job.inputs().dataHash(), job.depositsAfter(), proof));
    if (wrongRoot || unregistered) {
      call = call.withGasLimit(FAULTY_PROOF_GAS_LIMIT);
    }
    try {
      final L1Receipt receipt = l1.sendAndWait(prover, call);
      store.proofs().setVerified(id, "verified", receipt.transactionHash(), receipt.gasUsed(), clock.instant());
      setStatus(job.batchIndex(), "proven");
      state = state.verified();
      events.publish(new ProofVerified(job.batchIndex(), root, receipt.transactionHash(), receipt.gasUsed()));
    } catch (L1RevertException e) {
      final Bytes32 tx = e.transactionHash().orElse(null);
      final long gas = tx == null ? 0 : l1.receipt(tx).map(L1Receipt::gasUsed).orElse(0L);
      store.proofs().setVerified(id, "rejected", tx, gas, clock.instant());
      state = state.refusedByL1();
      events.publish(new ProofRejected(job.batchIndex(), e.error().map(ContractError::toString).orElse(e.getMessage())));
    }
  }

  private static String fault(final boolean wrongRoot, final boolean unregistered, final Bytes32 root) {
    if (wrongRoot) {
      return "it goes to L1 with the made-up post-state root " + root + ", not the one it was made for";
    }
    return unregistered ? "it is signed by a key the verifier never registered" : "";
  }

  /** A root no execution gives: {@code H(root ‖ "wrong-proof fault")}. */
  private static Bytes32 madeUp(final Bytes32 root) {
    final byte[] input = new byte[Bytes32.SIZE + WRONG_ROOT_TAG.length];
    System.arraycopy(root.toArray(), 0, input, 0, Bytes32.SIZE);
    System.arraycopy(WRONG_ROOT_TAG, 0, input, Bytes32.SIZE, WRONG_ROOT_TAG.length);
    return Bytes32.wrap(Keccak.hash(input));
  }

  /** A fixed key nobody registered (the same in every run, so a lesson can name its address). */
  static ECKeyPair unregisteredKey() {
    return ECKeyPair.create(new BigInteger(1, Keccak.hash("rollup-lab: an unregistered prover".getBytes(
        StandardCharsets.US_ASCII))));
  }

  private void setStatus(final long batchIndex, final String status) {
    if (store.batches().get(batchIndex).isPresent()) {
      store.batches().setStatus(batchIndex, status, clock.instant());
    }
  }

  /** The one value {@code function} returns at {@code contract}, called with uint256 arguments. */
  private Type<?> call(final Address contract, final ContractFunction function, final long... args)
      throws L1Exception {
    final Type<?>[] encoded = java.util.Arrays.stream(args).mapToObj(Uint256::new).toArray(Type[]::new);
    return function.decode(l1.call(contract, function.encode(encoded))).get(0);
  }

  private long count(final ContractFunction counter) throws L1Exception {
    return ((BigInteger) counter.decode(l1.call(config.rollup(), counter.encode())).get(0).getValue())
        .longValueExact();
  }

  private static Bytes32 bytes32(final Type<?> value) {
    return Bytes32.wrap((byte[]) value.getValue());
  }

  /** The operator reverted the batch this prover could not prove (STUCK): it goes on with the batches committed anew. */
  public synchronized void reverted() {
    state = state.reverted();
  }

  /** Has each of its transitions wait at {@code stepGate} first (step mode); the gate is open until then. */
  public synchronized void gateSteps(final StepGate stepGate) {
    this.gate = stepGate;
  }

  public synchronized ProverState state() {
    return state;
  }
}
