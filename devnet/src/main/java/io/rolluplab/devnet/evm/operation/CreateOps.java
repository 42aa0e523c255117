package io.rolluplab.devnet.evm.operation;

import io.rolluplab.devnet.evm.ContractAddress;
import io.rolluplab.devnet.evm.Message;
import io.rolluplab.devnet.evm.frame.Frame;
import io.rolluplab.devnet.evm.frame.HaltReason;
import io.rolluplab.devnet.evm.frame.Stack;
import io.rolluplab.devnet.evm.gas.GasSchedule;
import io.rolluplab.devnet.evm.trace.CallKind;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.UInt256;
import java.math.BigInteger;

/**
 * CREATE and CREATE2 (EIP-1014): run initcode from memory as a child frame; what it returns becomes
 * the new contract's code. Stack: value, offset, length [, salt].
 */
final class CreateOps {
  private static final byte[] EMPTY = new byte[0];

  private CreateOps() {}

  static void create(final Frame f) {
    makeCreate(f, CallKind.CREATE);
  }

  static void create2(final Frame f) {
    makeCreate(f, CallKind.CREATE2);
  }

  private static void makeCreate(final Frame f, final CallKind kind) {
    if (f.isStatic()) {
      f.halt(HaltReason.STATIC_STATE_CHANGE);
      return;
    }
    final Stack s = f.stack;
    final GasSchedule g = f.gasSchedule();
    final BigInteger value = s.peekWord(0).toBigInteger();
    final long offset = s.peekLongSaturated(1);
    final long length = s.peekLongSaturated(2);
    // EIP-3860: initcode is limited to 49152 bytes and metered per word
    if (length > g.maxInitcodeSize()) {
      f.halt(HaltReason.INITCODE_SIZE_EXCEEDED);
      return;
    }
    long cost = g.initcodeCost(length);
    if (kind == CallKind.CREATE2) {
      cost += g.keccakWordCost(length);
    }
    if (!f.useGas(cost) || !f.expandMemory(offset, length)) {
      return;
    }
    final UInt256 salt = kind == CallKind.CREATE2 ? s.peekWord(3) : null;
    s.pop(kind == CallKind.CREATE2 ? 4 : 3);
    final byte[] initcode = f.memory.read(offset, length);

    final long childGas = f.gas - f.gas / 64;
    f.useGas(childGas);
    final Address creator = f.address();
    final long nonce = f.world().getNonce(creator);
    if (f.depth() + 1 > CallOps.MAX_DEPTH
        || f.world().getBalance(creator).compareTo(value) < 0
        || nonce == -1L) { // EIP-2681: the nonce may not pass 2^64 - 1
      f.failChildBeforeStart(childGas);
      return;
    }
    f.world().incrementNonce(creator);
    final Address created = kind == CallKind.CREATE2
        ? ContractAddress.forCreate2(creator, salt, initcode)
        : ContractAddress.forCreate(creator, nonce);
    f.world().warmAddress(created);
    final Message child = new Message(
        kind, creator, created, created, value, value, EMPTY, initcode, childGas, f.depth() + 1, false);
    f.suspend(child, 0, 0);
  }
}
