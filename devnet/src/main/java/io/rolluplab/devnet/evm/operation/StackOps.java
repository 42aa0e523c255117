package io.rolluplab.devnet.evm.operation;

import io.rolluplab.devnet.evm.frame.Frame;

/** POP, PUSH0 (EIP-3855), PUSH1–PUSH32, DUP1–DUP16 and SWAP1–SWAP16. */
final class StackOps {
  private StackOps() {}

  static void pop(final Frame f) {
    f.stack.pop();
  }

  static void push0(final Frame f) {
    f.stack.pushZero();
  }

  /** PUSHn: the n bytes after the opcode are the value; the PC skips over them. */
  static Executor push(final int n) {
    return f -> {
      f.stack.pushBytes(f.code.bytes(), f.pc, n);
      f.pc += n;
    };
  }

  static Executor dup(final int n) {
    return f -> f.stack.dup(n);
  }

  static Executor swap(final int n) {
    return f -> f.stack.swap(n);
  }
}
