package io.rolluplab.devnet.evm.operation;

import io.rolluplab.devnet.evm.frame.Frame;
import io.rolluplab.devnet.evm.frame.HaltReason;
import io.rolluplab.devnet.evm.frame.Stack;

/** Control flow: STOP, JUMP, JUMPI, PC, GAS, JUMPDEST, RETURN, REVERT and INVALID. */
final class FlowOps {
  private static final byte[] EMPTY = new byte[0];

  private FlowOps() {}

  static void stop(final Frame f) {
    f.succeed(EMPTY);
  }

  static void jump(final Frame f) {
    final long target = f.stack.popLongSaturated();
    jumpTo(f, target);
  }

  static void jumpi(final Frame f) {
    final long target = f.stack.peekLongSaturated(0);
    final boolean taken = !f.stack.isZero(1);
    f.stack.pop(2);
    if (taken) {
      jumpTo(f, target);
    }
  }

  private static void jumpTo(final Frame f, final long target) {
    if (f.code.isValidJumpDestination(target)) {
      f.pc = (int) target;
    } else {
      f.halt(HaltReason.INVALID_JUMP_DESTINATION);
    }
  }

  /** PC pushes the position of the PC instruction itself (the loop has already moved past it). */
  static void pc(final Frame f) {
    f.stack.push(f.pc - 1);
  }

  /** GAS pushes the gas left after paying for this instruction. */
  static void gas(final Frame f) {
    f.stack.push(f.gas);
  }

  static void jumpdest(final Frame f) {
    // a marker: costs 1 gas and does nothing
  }

  static void ret(final Frame f) {
    final byte[] data = memoryRange(f);
    if (data != null) {
      f.succeed(data);
    }
  }

  /** REVERT (EIP-140): undo this frame's changes but return unused gas and data to the caller. */
  static void revert(final Frame f) {
    final byte[] data = memoryRange(f);
    if (data != null) {
      f.revert(data);
    }
  }

  /** Pops offset and length, pays for memory, and returns that range (null if out of gas). */
  private static byte[] memoryRange(final Frame f) {
    final Stack s = f.stack;
    final long offset = s.peekLongSaturated(0);
    final long length = s.peekLongSaturated(1);
    if (!f.expandMemory(offset, length)) {
      return null;
    }
    s.pop(2);
    return f.memory.read(offset, length);
  }

  static void invalid(final Frame f) {
    f.halt(HaltReason.INVALID_OPCODE);
  }
}
