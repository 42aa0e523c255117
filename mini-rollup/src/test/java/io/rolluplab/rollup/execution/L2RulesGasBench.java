package io.rolluplab.rollup.execution;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.DevnetConfig;
import io.rolluplab.devnet.chain.MiningMode;
import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.evm.trace.Tracer;
import io.rolluplab.devnet.tx.CallRequest;
import io.rolluplab.devnet.tx.TransactionResult;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.l2tx.CompactTransfer;
import io.rolluplab.rollup.contracts.DisputeGameContract;
import io.rolluplab.rollup.state.Account;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.state.L2State;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.List;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.StaticStruct;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.utils.Numeric;

/**
 * The L1 gas of re-executing one L2 transfer ({@code L2Rules.applyItem}, the heart of the one-step
 * proof) in a state of many accounts, where the proofs are as long as they get in practice. A plain
 * main, not a test (building the state takes a while). Run it like {@code
 * io.rolluplab.rollup.state.StateTreeBench} (see there for the class path), with the numbers of
 * accounts as arguments: {@code io.rolluplab.rollup.execution.L2RulesGasBench 1000 100000}.
 */
public final class L2RulesGasBench {
  private static final String PROOF = "(uint16,uint256,bytes32[],uint256,bytes32)";
  private static final String APPLY_ITEM = "applyItem(bytes32,bytes,(uint256,uint64,address),"
      + "((uint256,uint64," + PROOF + "),(uint256,uint64," + PROOF + ")," + PROOF + ","
      + "(uint256,uint64," + PROOF + "),(address,address,uint256)))";
  private static final long CHAIN_ID = 901;
  private static final BigInteger ETH = BigInteger.TEN.pow(18);

  private L2RulesGasBench() {}

  public static void main(final String[] args) throws Exception {
    for (final String arg : args.length == 0 ? new String[] {"1000", "100000"} : args) {
      measure(Integer.parseInt(arg), false);
      measure(Integer.parseInt(arg), true);
    }
  }

  /** @param compact a standard transfer in its compact batch form (L2-RULES.md §2.1), else a full EIP-1559 one */
  private static void measure(final int accounts, final boolean compact) throws Exception {
    final DevAccount alice = DevAccounts.all().get(0);
    final L2State state = new L2State();
    for (int i = 0; i < accounts; i++) {
      state.setAccount(address(i), new Account(ETH, 1));
    }
    state.setAccount(alice.address(), new Account(ETH.multiply(BigInteger.TEN), 0));
    state.commit();
    final Bytes32 preRoot = state.root();
    final RawTransaction transfer = RawTransaction.createTransaction(CHAIN_ID, BigInteger.ZERO, BigInteger.valueOf(21_000),
        address(7).toHex(), ETH, "", compact ? CompactTransfer.STANDARD_TIP : BigInteger.valueOf(1_000_000_000L),
        compact ? CompactTransfer.STANDARD_MAX_FEE : BigInteger.valueOf(2_000_000_000L));
    final byte[] body = new TransactionRules(CHAIN_ID).batchBody(TransactionEncoder.signMessage(transfer, CHAIN_ID,
        alice.credentials()));
    final ItemOutcome outcome = new L2StateMachine(state, CHAIN_ID, index -> null).apply(new BatchItem(body), 16);

    try (Devnet devnet = new Devnet(new DevnetConfig(31337, MiningMode.automine()),
        InstantSource.fixed(Instant.ofEpochSecond(1_700_000_000)), (period, task) -> () -> {})) {
      final RawTransaction create = RawTransaction.createContractTransaction(BigInteger.ZERO, BigInteger.valueOf(10_000_000_000L),
          BigInteger.valueOf(5_000_000), BigInteger.ZERO, Numeric.toHexString(harnessCode()));
      final Address harness = devnet.receipt(devnet.submit(TransactionEncoder.signMessage(create, 31337, alice.credentials())))
          .orElseThrow().contractAddress();
      final List<Type> params = List.of(new org.web3j.abi.datatypes.generated.Bytes32(preRoot.toArray()), new DynamicBytes(body),
          new StaticStruct(new Uint256(CHAIN_ID), new Uint64(16), new org.web3j.abi.datatypes.Address(harness.toHex())),
          DisputeGameContract.witness(outcome.witness()));
      final byte[] args = Numeric.hexStringToByteArray(FunctionEncoder.encodeConstructor(params));
      final byte[] call = Arrays.copyOf(Arrays.copyOf(Keccak.hash(APPLY_ITEM.getBytes()), 4), 4 + args.length);
      System.arraycopy(args, 0, call, 4, args.length);
      final TransactionResult result = devnet.call(new CallRequest(alice.address(), harness, null, call, null, null), Tracer.NONE);
      final byte[] out = result.output();
      if (!result.success() || !Arrays.equals(Arrays.copyOf(out, 32), outcome.postRoot().toArray())) {
        throw new IllegalStateException("L1 disagrees with Java: " + result.error());
      }
      System.out.printf("%s, %,9d accounts: proof depths %d (sender), %d (recipient), %d (fee vault); applyItem %,d gas, "
              + "%,d bytes of calldata%n", compact ? "compact " + body.length + "-byte body" : "full " + body.length + "-byte body",
          accounts, outcome.witness().sender().proof().depth(),
          outcome.witness().recipient().proof().depth(), outcome.witness().feeVault().proof().depth(),
          new BigInteger(1, Arrays.copyOfRange(out, 64, 96)), call.length);
    }
  }

  private static Address address(final int i) {
    return Address.wrap(Arrays.copyOf(Keccak.hash(ByteBuffer.allocate(4).putInt(i).array()), Address.SIZE));
  }

  private static byte[] harnessCode() throws Exception {
    try (InputStream in = L2RulesGasBench.class.getResourceAsStream("/contracts/L2RulesHarness.json")) {
      return Numeric.hexStringToByteArray(new ObjectMapper().readTree(in).get("bytecode").asText());
    }
  }
}
