package io.rolluplab.rollup.contracts;

import io.rolluplab.devnet.evm.trace.GasChangeReason;
import io.rolluplab.devnet.evm.trace.Step;
import io.rolluplab.devnet.evm.trace.Tracer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Attributes the gas of one traced L1 transaction to what it paid for: the intrinsic cost (the
 * 21,000 base and the calldata), storage, hashing, copying, logs, calls into other contracts and
 * every other instruction of the contract itself. Each instruction's cost already includes the
 * memory it expanded.
 */
final class GasBreakdown implements Tracer {
  static final String BASE = "transaction base";
  static final String CALLDATA = "calldata";
  static final String OTHER = "other instructions";
  static final String CALLS = "calls into other contracts";
  static final String REFUND = "refund";

  private final Map<String, Long> gas = new LinkedHashMap<>();
  private final Map<String, Long> byOpcode = new TreeMap<>();
  private final Map<String, Long> byStorageAccess = new LinkedHashMap<>();
  private final byte[] calldata;
  private int openCall = -1;

  /** @param calldata the transaction's input, to split its intrinsic cost into base and calldata */
  GasBreakdown(final byte[] calldata) {
    this.calldata = calldata.clone();
  }

  @Override
  public void onGasChange(final long before, final long after, final GasChangeReason reason) {
    if (reason == GasChangeReason.INTRINSIC) {
      final long data = GasReport.calldataGas(calldata);
      add(CALLDATA, data);
      add(BASE, before - after - data);
    } else if (reason == GasChangeReason.REFUND) {
      add(REFUND, before - after);
    }
  }

  @Override
  public void onStep(final Step step) {
    if (step.depth() != 0) {
      return; // counted as the call that started it, when it returns
    }
    if (isCall(step.opName())) {
      add(CALLS, step.gasCost()); // includes the gas it forwarded; what the callee returns comes off in onExit
      openCall = 1;
      return;
    }
    add(category(step.opName()), step.gasCost());
    byOpcode.merge(step.opName(), step.gasCost(), Long::sum);
    if (step.opName().equals("SLOAD") || step.opName().equals("SSTORE")) {
      byStorageAccess.merge(step.opName() + " slot " + step.stack().get(0).toBigInteger().toString(16),
          step.gasCost(), Long::sum);
    }
  }

  @Override
  public void onExit(final int depth, final boolean success, final byte[] output, final long gasLeft, final String error) {
    if (depth == openCall) {
      add(CALLS, -gasLeft);
      openCall = -1;
    }
  }

  /** Gas by category, in the order they first appeared; sums to the receipt's gasUsed. */
  Map<String, Long> byCategory() {
    return java.util.Collections.unmodifiableMap(gas);
  }

  /** The contract's own instructions' gas by opcode name (calls into other contracts as their CALL). */
  Map<String, Long> byOpcode() {
    return java.util.Collections.unmodifiableMap(byOpcode);
  }

  /** The gas of each SLOAD and SSTORE by the slot it accessed, in the order first accessed. */
  Map<String, Long> byStorageAccess() {
    return java.util.Collections.unmodifiableMap(byStorageAccess);
  }

  long get(final String category) {
    return gas.getOrDefault(category, 0L);
  }

  long total() {
    return gas.values().stream().mapToLong(Long::longValue).sum();
  }

  private static boolean isCall(final String op) {
    return op.equals("CALL") || op.equals("STATICCALL") || op.equals("DELEGATECALL") || op.equals("CALLCODE");
  }

  private static String category(final String op) {
    if (op.equals("SSTORE") || op.equals("SLOAD") || op.equals("KECCAK256") || op.equals("CALLDATACOPY")) {
      return op;
    }
    return op.startsWith("LOG") ? "LOG" : OTHER;
  }

  private void add(final String category, final long amount) {
    gas.merge(category, amount, Long::sum);
  }
}
