package io.rolluplab.web.l1;

import io.rolluplab.devnet.evm.trace.Step;
import io.rolluplab.devnet.evm.trace.Tracer;
import io.rolluplab.devnet.types.UInt256;
import java.util.ArrayList;
import java.util.List;

/**
 * The UI's tracer: counts every step of a re-executed transaction and keeps one page of them, so a
 * trace of a million steps costs the memory of the page shown, not of the whole run.
 */
final class StepRecorder implements Tracer {
  private final long from;
  private final int limit;
  private final List<L1StepView> steps = new ArrayList<>();
  private long count;

  StepRecorder(final long from, final int limit) {
    this.from = from;
    this.limit = limit;
  }

  @Override
  public void onStep(final Step step) {
    if (count >= from && count < from + limit) {
      final List<String> stack = new ArrayList<>();
      for (int i = 0; i < Math.min(L1Trace.STACK_SHOWN, step.stack().size()); i++) {
        stack.add(hex(step.stack().get(i)));
      }
      // geth counts the transaction's own frame as depth 1; so do Remix and our debug_traceTransaction
      steps.add(new L1StepView(count, step.depth() + 1, step.pc(), step.opName(), step.gas(), step.gasCost(), stack,
          step.error()));
    }
    count++;
  }

  long count() {
    return count;
  }

  List<L1StepView> steps() {
    return steps;
  }

  private static String hex(final UInt256 word) {
    return "0x" + word.toBigInteger().toString(16);
  }
}
