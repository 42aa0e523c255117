package io.rolluplab.devnet.evm.operation;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.evm.frame.Frame;
import io.rolluplab.devnet.evm.frame.Stack;

/** MLOAD, MSTORE, MSTORE8, MSIZE, MCOPY (EIP-5656) and KECCAK256, which hashes a memory range. */
final class MemoryOps {
  private MemoryOps() {}

  static void mload(final Frame f) {
    final long offset = f.stack.peekLongSaturated(0);
    if (f.expandMemory(offset, 32)) {
      f.stack.pop();
      f.stack.pushWordAt(f.memory.raw(), offset);
    }
  }

  static void mstore(final Frame f) {
    final long offset = f.stack.peekLongSaturated(0);
    if (f.expandMemory(offset, 32)) {
      f.stack.writeWordTo(1, f.memory.raw(), (int) offset);
      f.stack.pop(2);
    }
  }

  static void mstore8(final Frame f) {
    final Stack s = f.stack;
    final long offset = s.peekLongSaturated(0);
    if (f.expandMemory(offset, 1)) {
      f.memory.raw()[(int) offset] = (byte) s.data[s.offset(1)];
      s.pop(2);
    }
  }

  static void msize(final Frame f) {
    f.stack.push(f.memory.size());
  }

  /** MCOPY(dest, src, length): 3 gas per word copied plus memory growth for both ranges. */
  static void mcopy(final Frame f) {
    final Stack s = f.stack;
    final long destination = s.peekLongSaturated(0);
    final long source = s.peekLongSaturated(1);
    final long length = s.peekLongSaturated(2);
    if (f.useGas(f.gasSchedule().copyCost(length))
        && f.expandMemory(destination, length, source, length)) {
      f.memory.copyWithin(destination, source, length);
      s.pop(3);
    }
  }

  /** KECCAK256(offset, length): 30 gas plus 6 per word hashed. */
  static void keccak256(final Frame f) {
    final Stack s = f.stack;
    final long offset = s.peekLongSaturated(0);
    final long length = s.peekLongSaturated(1);
    if (f.useGas(f.gasSchedule().keccakWordCost(length)) && f.expandMemory(offset, length)) {
      // an empty range may name any offset, even one past all memory
      final byte[] hash = length > 0 ? Keccak.hash(f.memory.raw(), (int) offset, (int) length) : Keccak.EMPTY;
      s.pop(2);
      s.pushBytes(hash, 0, 32);
    }
  }
}
