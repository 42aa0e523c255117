package io.rolluplab.devnet.rpc.method;

import io.rolluplab.devnet.evm.trace.Step;
import io.rolluplab.devnet.evm.trace.Tracer;
import io.rolluplab.devnet.types.UInt256;
import java.util.ArrayList;
import java.util.List;

/**
 * geth's default tracer: one entry per executed instruction, the "struct logs" that Remix's
 * debugger and Hardhat's tracing read. Memory and storage are not recorded (geth also leaves memory
 * out unless asked). Each entry's stack is bottom first, as geth writes it.
 */
final class StructLogger implements Tracer {
  /** Enough for any real transaction; a runaway loop stops being recorded instead of filling the heap. */
  static final int MAX_STEPS = 1_000_000;

  private final boolean withStack;
  private final List<StructLog> logs = new ArrayList<>();
  private boolean truncated;

  /** One instruction; depth counts from 1 for the transaction itself, as in geth. */
  record StructLog(int pc, String op, long gas, long gasCost, int depth, List<String> stack, String error) {}

  StructLogger(final boolean withStack) {
    this.withStack = withStack;
  }

  @Override
  public void onStep(final Step step) {
    if (logs.size() >= MAX_STEPS) {
      truncated = true;
      return;
    }
    List<String> stack = null;
    if (withStack) {
      stack = new ArrayList<>(step.stack().size());
      for (int i = step.stack().size() - 1; i >= 0; i--) {
        stack.add(quantity(step.stack().get(i)));
      }
    }
    logs.add(new StructLog(step.pc(), step.opName(), step.gas(), step.gasCost(), step.depth() + 1, stack,
        step.error()));
  }

  List<StructLog> logs() {
    return logs;
  }

  boolean truncated() {
    return truncated;
  }

  private static String quantity(final UInt256 word) {
    return "0x" + word.toBigInteger().toString(16);
  }
}
