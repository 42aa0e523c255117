package io.rolluplab.devnet.bench;

import io.rolluplab.devnet.evm.Fork;
import io.rolluplab.devnet.evm.trace.Tracer;
import io.rolluplab.devnet.solidity.ContractArtifact;
import io.rolluplab.devnet.state.WorldState;
import io.rolluplab.devnet.tx.BlockContext;
import io.rolluplab.devnet.tx.InvalidTransactionException;
import io.rolluplab.devnet.tx.Transaction;
import io.rolluplab.devnet.tx.TransactionProcessor;
import io.rolluplab.devnet.tx.TransactionResult;
import io.rolluplab.devnet.tx.TransactionType;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.UInt256;
import java.io.PrintStream;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.utils.Numeric;

/**
 * EVM throughput in Mgas/s on two workloads, run through the full {@link TransactionProcessor}:
 *
 * <ol>
 *   <li>keccak loop: one transaction hashing 200,000 times (about 24 Mgas), compute-bound;
 *   <li>ERC-20 transfers: many small transactions, each reading and writing two balances and
 *       emitting an event, bound by state access.
 * </ol>
 *
 * <p>Each workload is warmed up first (so the JIT has compiled the interpreter) and then timed over
 * several rounds; the best and median rounds are printed. Run it with
 * {@code java -jar web-ui/target/rollup-lab.jar bench}.
 */
public final class EvmBench {
  private static final Address SENDER = Address.fromLong(0x5E4D);
  private static final BigInteger BALANCE = BigInteger.TEN.pow(30);
  private static final long BLOCK_GAS_LIMIT = 30_000_000;

  private final TransactionProcessor processor = new TransactionProcessor(Fork.CANCUN);
  private final BlockContext block = new BlockContext(
      1, Address.fromLong(0xC014BA5E), 1, 1_700_000_000L, BLOCK_GAS_LIMIT, BigInteger.ONE, UInt256.ZERO,
      BigInteger.ONE, n -> null);
  private final PrintStream out;

  public EvmBench(final PrintStream out) {
    this.out = out;
  }

  /** Runs both workloads with {@code rounds} timed rounds each and prints the figures. */
  public void run(final int rounds) throws InvalidTransactionException {
    out.println("EVM benchmark (Cancun rules, full transaction processing, no tracer)");
    keccakLoop(rounds);
    erc20Transfers(rounds);
  }

  private void keccakLoop(final int rounds) throws InvalidTransactionException {
    final WorldState state = fundedState();
    final Address loop = deploy(state, ContractArtifact.load("KeccakLoop").creationCode());
    final byte[] call = Numeric.hexStringToByteArray(FunctionEncoder.encode(
        new Function("run", List.of(new Uint256(200_000)), List.of())));
    final double[] mgasPerSecond = new double[rounds];
    long gasPerTx = 0;
    for (int round = -3; round < rounds; round++) { // three warm-up rounds
      final Transaction tx = transaction(state, loop, call, 29_000_000);
      final long start = System.nanoTime();
      final TransactionResult result = processor.process(state, block, tx, Tracer.NONE);
      final long elapsed = System.nanoTime() - start;
      check(result, "keccak loop");
      gasPerTx = result.gasUsed();
      if (round >= 0) {
        mgasPerSecond[round] = result.gasUsed() / (elapsed / 1e3);
      }
    }
    report("keccak loop, 200,000 iterations", gasPerTx, mgasPerSecond);
  }

  private void erc20Transfers(final int rounds) throws InvalidTransactionException {
    final WorldState state = fundedState();
    final byte[] constructorArg = new UInt256(0, 0, 0, 1L << 40).toBytes();
    final byte[] initcode = concat(ContractArtifact.load("BenchToken").creationCode(), constructorArg);
    final Address token = deploy(state, initcode);
    final int transfersPerRound = 5_000;
    final double[] mgasPerSecond = new double[rounds];
    long gasPerTx = 0;
    int recipient = 1;
    for (int round = -3; round < rounds; round++) {
      long gas = 0;
      final long start = System.nanoTime();
      for (int i = 0; i < transfersPerRound; i++) {
        final byte[] call = Numeric.hexStringToByteArray(FunctionEncoder.encode(new Function("transfer",
            List.of(new org.web3j.abi.datatypes.Address(Address.fromLong(0x10000 + recipient++).toHex()),
                new Uint256(1)),
            List.of())));
        final TransactionResult result = processor.process(state, block, transaction(state, token, call, 100_000), Tracer.NONE);
        check(result, "ERC-20 transfer");
        gas += result.gasUsed();
        gasPerTx = result.gasUsed();
      }
      final long elapsed = System.nanoTime() - start;
      state.commit();
      if (round >= 0) {
        mgasPerSecond[round] = gas / (elapsed / 1e3);
      }
    }
    report("ERC-20 transfer to a new holder, " + transfersPerRound + " per round", gasPerTx, mgasPerSecond);
  }

  /** Prints median and best Mgas/s, and what that means in transactions per second. */
  private void report(final String workload, final long gasPerTx, final double[] mgasPerSecond) {
    final double[] sorted = mgasPerSecond.clone();
    Arrays.sort(sorted);
    final double median = sorted[sorted.length / 2];
    out.printf("%-50s %,11d gas/tx  median %7.1f Mgas/s (%,9.0f tx/s)  best %7.1f Mgas/s  (%d rounds)%n",
        workload, gasPerTx, median, median * 1e6 / gasPerTx, sorted[sorted.length - 1], sorted.length);
  }

  private WorldState fundedState() {
    final WorldState state = new WorldState();
    state.setBalance(SENDER, BALANCE);
    state.commit();
    return state;
  }

  private Address deploy(final WorldState state, final byte[] initcode) throws InvalidTransactionException {
    final TransactionResult result = processor.process(state, block, transaction(state, null, initcode, 5_000_000), Tracer.NONE);
    check(result, "deployment");
    state.commit();
    return result.createdAddress();
  }

  private Transaction transaction(final WorldState state, final Address to, final byte[] data, final long gas) {
    return new Transaction(TransactionType.EIP1559, 1L, BigInteger.valueOf(state.getNonce(SENDER)),
        BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(gas), to, BigInteger.ZERO, data, List.of(),
        SENDER, null, null);
  }

  private static void check(final TransactionResult result, final String what) {
    if (!result.success()) {
      throw new IllegalStateException(what + " failed: " + result.error());
    }
  }

  private static byte[] concat(final byte[] a, final byte[] b) {
    final byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  public static void main(final String[] args) throws InvalidTransactionException {
    new EvmBench(System.out).run(args.length > 0 ? Integer.parseInt(args[0]) : 10);
  }
}
