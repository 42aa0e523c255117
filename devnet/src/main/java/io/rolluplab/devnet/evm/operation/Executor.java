package io.rolluplab.devnet.evm.operation;

import io.rolluplab.devnet.evm.frame.Frame;

/**
 * What an instruction does. It runs after the interpreter has checked the stack bounds, charged the
 * static gas and moved the PC past the opcode byte; it charges its own dynamic gas and may halt.
 */
@FunctionalInterface
public interface Executor {
  void execute(Frame frame);
}
