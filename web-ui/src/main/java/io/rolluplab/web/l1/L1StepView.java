package io.rolluplab.web.l1;

import java.util.List;

/**
 * One executed EVM instruction as the trace shows it.
 *
 * @param step its number in the whole transaction, from 0
 * @param depth the call depth, 1 for the transaction's own code (as geth counts)
 * @param gas gas left before it ran
 * @param stack the top of the stack before it ran, top first (at most {@link L1Trace#STACK_SHOWN} items)
 * @param error why the machine halted at it, else null
 */
public record L1StepView(long step, int depth, int pc, String op, long gas, long gasCost, List<String> stack,
    String error) {}
