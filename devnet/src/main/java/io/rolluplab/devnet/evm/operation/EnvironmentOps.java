package io.rolluplab.devnet.evm.operation;

import io.rolluplab.devnet.evm.frame.Frame;
import io.rolluplab.devnet.evm.frame.HaltReason;
import io.rolluplab.devnet.evm.frame.Stack;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.UInt256;

/**
 * 0x30–0x3f and SELFBALANCE: what the running code can learn about itself, its caller, its input,
 * other accounts and the last call's return data. Touching another account costs extra the first
 * time in a transaction (EIP-2929).
 */
final class EnvironmentOps {
  private EnvironmentOps() {}

  static void address(final Frame f) {
    f.stack.push(f.address());
  }

  static void balance(final Frame f) {
    final Address account = f.stack.peekAddress(0);
    if (f.chargeAccountAccess(account)) {
      f.stack.pop();
      f.stack.push(UInt256.fromBigInteger(f.world().getBalance(account)));
    }
  }

  static void origin(final Frame f) {
    f.stack.push(f.env.origin());
  }

  static void caller(final Frame f) {
    f.stack.push(f.message.caller());
  }

  static void callValue(final Frame f) {
    f.stack.push(UInt256.fromBigInteger(f.message.apparentValue()));
  }

  static void callDataLoad(final Frame f) {
    final long offset = f.stack.popLongSaturated();
    f.stack.pushWordAt(f.message.input(), offset);
  }

  static void callDataSize(final Frame f) {
    f.stack.push(f.message.input().length);
  }

  static void callDataCopy(final Frame f) {
    copyToMemory(f, f.message.input());
  }

  static void codeSize(final Frame f) {
    f.stack.push(f.code.length());
  }

  static void codeCopy(final Frame f) {
    copyToMemory(f, f.code.bytes());
  }

  static void gasPrice(final Frame f) {
    f.stack.push(UInt256.fromBigInteger(f.env.gasPrice()));
  }

  static void extCodeSize(final Frame f) {
    final Address account = f.stack.peekAddress(0);
    if (f.chargeAccountAccess(account)) {
      f.stack.pop();
      f.stack.push(f.world().getCode(account).length);
    }
  }

  static void extCodeCopy(final Frame f) {
    final Address account = f.stack.peekAddress(0);
    if (f.chargeAccountAccess(account)) {
      f.stack.pop();
      copyToMemory(f, f.world().getCode(account));
    }
  }

  static void returnDataSize(final Frame f) {
    f.stack.push(f.returnData.length);
  }

  /** RETURNDATACOPY (EIP-211): unlike the other copies, reading past the end is an error. */
  static void returnDataCopy(final Frame f) {
    final long sourceOffset = f.stack.peekLongSaturated(1);
    final long length = f.stack.peekLongSaturated(2);
    if (sourceOffset > f.returnData.length || length > f.returnData.length - sourceOffset) {
      f.halt(HaltReason.RETURN_DATA_OUT_OF_BOUNDS);
      return;
    }
    copyToMemory(f, f.returnData);
  }

  /** EXTCODEHASH (EIP-1052): keccak of the code, or 0 for an account that is dead (EIP-161). */
  static void extCodeHash(final Frame f) {
    final Address account = f.stack.peekAddress(0);
    if (f.chargeAccountAccess(account)) {
      f.stack.pop();
      final byte[] hash = f.world().isDead(account) ? new byte[32] : f.world().getCodeHash(account);
      f.stack.pushBytes(hash, 0, 32);
    }
  }

  /** SELFBALANCE (EIP-1884): the balance of the running account, always warm. */
  static void selfBalance(final Frame f) {
    f.stack.push(UInt256.fromBigInteger(f.world().getBalance(f.address())));
  }

  /**
   * The shared body of the *COPY instructions: pops (memoryOffset, sourceOffset, length), pays 3 gas
   * per word plus memory growth, and copies, padding with zeros past the end of {@code source}.
   */
  private static void copyToMemory(final Frame f, final byte[] source) {
    final Stack s = f.stack;
    final long memoryOffset = s.peekLongSaturated(0);
    final long sourceOffset = s.peekLongSaturated(1);
    final long length = s.peekLongSaturated(2);
    if (f.useGas(f.gasSchedule().copyCost(length)) && f.expandMemory(memoryOffset, length)) {
      f.memory.writePadded(memoryOffset, source, sourceOffset, length);
      s.pop(3);
    }
  }
}
