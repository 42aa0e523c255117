package io.rolluplab.devnet.evm.operation;

import io.rolluplab.devnet.evm.frame.Frame;
import io.rolluplab.devnet.evm.frame.Stack;
import io.rolluplab.devnet.evm.frame.WordMath;

/**
 * 0x01–0x0b: arithmetic modulo 2^256. The first operand is the top of the stack; the result
 * replaces the second operand, then the first is popped.
 */
final class ArithmeticOps {
  private ArithmeticOps() {}

  static void add(final Frame f) {
    final Stack s = f.stack;
    WordMath.add(s.data, s.offset(0), s.offset(1));
    s.pop();
  }

  static void mul(final Frame f) {
    final Stack s = f.stack;
    WordMath.mul(s.data, s.offset(0), s.offset(1));
    s.pop();
  }

  static void sub(final Frame f) {
    final Stack s = f.stack;
    WordMath.sub(s.data, s.offset(0), s.offset(1));
    s.pop();
  }

  static void div(final Frame f) {
    final Stack s = f.stack;
    WordMath.div(s.data, s.offset(0), s.offset(1));
    s.pop();
  }

  static void sdiv(final Frame f) {
    final Stack s = f.stack;
    WordMath.sdiv(s.data, s.offset(0), s.offset(1));
    s.pop();
  }

  static void mod(final Frame f) {
    final Stack s = f.stack;
    WordMath.mod(s.data, s.offset(0), s.offset(1));
    s.pop();
  }

  static void smod(final Frame f) {
    final Stack s = f.stack;
    WordMath.smod(s.data, s.offset(0), s.offset(1));
    s.pop();
  }

  static void addmod(final Frame f) {
    final Stack s = f.stack;
    WordMath.addmod(s.data, s.offset(0), s.offset(1), s.offset(2));
    s.pop(2);
  }

  static void mulmod(final Frame f) {
    final Stack s = f.stack;
    WordMath.mulmod(s.data, s.offset(0), s.offset(1), s.offset(2));
    s.pop(2);
  }

  /** EXP: 10 static gas plus 50 per byte of the exponent (EIP-160). */
  static void exp(final Frame f) {
    final Stack s = f.stack;
    final int exponentBytes = WordMath.byteLength(s.data, s.offset(1));
    if (f.useGas(f.gasSchedule().expPerExponentByte() * exponentBytes)) {
      WordMath.exp(s.data, s.offset(0), s.offset(1));
      s.pop();
    }
  }

  static void signExtend(final Frame f) {
    final Stack s = f.stack;
    WordMath.signExtend(s.data, s.offset(0), s.offset(1));
    s.pop();
  }
}
