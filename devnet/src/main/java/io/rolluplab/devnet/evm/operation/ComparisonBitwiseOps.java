package io.rolluplab.devnet.evm.operation;

import io.rolluplab.devnet.evm.frame.Frame;
import io.rolluplab.devnet.evm.frame.Stack;
import io.rolluplab.devnet.evm.frame.WordMath;

/** 0x10–0x1d: comparisons (result 1 or 0), bitwise logic, BYTE and the EIP-145 shifts. */
final class ComparisonBitwiseOps {
  private ComparisonBitwiseOps() {}

  static void lt(final Frame f) {
    compare(f, WordMath.compare(f.stack.data, f.stack.offset(0), f.stack.offset(1)) < 0);
  }

  static void gt(final Frame f) {
    compare(f, WordMath.compare(f.stack.data, f.stack.offset(0), f.stack.offset(1)) > 0);
  }

  static void slt(final Frame f) {
    compare(f, WordMath.compareSigned(f.stack.data, f.stack.offset(0), f.stack.offset(1)) < 0);
  }

  static void sgt(final Frame f) {
    compare(f, WordMath.compareSigned(f.stack.data, f.stack.offset(0), f.stack.offset(1)) > 0);
  }

  static void eq(final Frame f) {
    compare(f, WordMath.compare(f.stack.data, f.stack.offset(0), f.stack.offset(1)) == 0);
  }

  /** Replaces the two operands with the comparison's result. */
  private static void compare(final Frame f, final boolean result) {
    f.stack.pop(2);
    f.stack.push(result);
  }

  static void isZero(final Frame f) {
    final boolean zero = f.stack.isZero(0);
    f.stack.pop();
    f.stack.push(zero);
  }

  static void and(final Frame f) {
    final Stack s = f.stack;
    final int a = s.offset(0);
    final int b = s.offset(1);
    for (int i = 0; i < 4; i++) {
      s.data[b + i] &= s.data[a + i];
    }
    s.pop();
  }

  static void or(final Frame f) {
    final Stack s = f.stack;
    final int a = s.offset(0);
    final int b = s.offset(1);
    for (int i = 0; i < 4; i++) {
      s.data[b + i] |= s.data[a + i];
    }
    s.pop();
  }

  static void xor(final Frame f) {
    final Stack s = f.stack;
    final int a = s.offset(0);
    final int b = s.offset(1);
    for (int i = 0; i < 4; i++) {
      s.data[b + i] ^= s.data[a + i];
    }
    s.pop();
  }

  static void not(final Frame f) {
    final Stack s = f.stack;
    final int a = s.offset(0);
    for (int i = 0; i < 4; i++) {
      s.data[a + i] = ~s.data[a + i];
    }
  }

  static void byteOp(final Frame f) {
    final Stack s = f.stack;
    WordMath.byteAt(s.data, s.offset(0), s.offset(1));
    s.pop();
  }

  static void shl(final Frame f) {
    final Stack s = f.stack;
    WordMath.shl(s.data, s.offset(0), s.offset(1));
    s.pop();
  }

  static void shr(final Frame f) {
    final Stack s = f.stack;
    WordMath.shr(s.data, s.offset(0), s.offset(1));
    s.pop();
  }

  static void sar(final Frame f) {
    final Stack s = f.stack;
    WordMath.sar(s.data, s.offset(0), s.offset(1));
    s.pop();
  }
}
