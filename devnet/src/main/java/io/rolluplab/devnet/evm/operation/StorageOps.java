package io.rolluplab.devnet.evm.operation;

import io.rolluplab.devnet.evm.frame.Frame;
import io.rolluplab.devnet.evm.frame.HaltReason;
import io.rolluplab.devnet.evm.gas.GasSchedule;
import io.rolluplab.devnet.state.WorldState;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.UInt256;

/** SLOAD and SSTORE (persistent storage), TLOAD and TSTORE (EIP-1153 transient storage). */
final class StorageOps {
  private StorageOps() {}

  /** SLOAD: 100 gas if the slot is warm, 2100 the first time in a transaction (EIP-2929). */
  static void sload(final Frame f) {
    final UInt256 key = f.stack.peekWord(0);
    if (f.world().warmSlot(f.address(), key) && !f.useGas(f.gasSchedule().coldSloadSurcharge())) {
      return;
    }
    f.stack.pop();
    f.stack.push(f.world().getStorage(f.address(), key));
  }

  /**
   * SSTORE with net gas metering (EIP-2200 as amended by EIP-2929 and EIP-3529). The price depends
   * on three values of the slot: original (when the transaction began), current and new. Writing
   * a slot back to its original value refunds most of what the first change cost.
   */
  static void sstore(final Frame f) {
    if (f.isStatic()) {
      f.halt(HaltReason.STATIC_STATE_CHANGE);
      return;
    }
    final GasSchedule g = f.gasSchedule();
    if (f.gas <= g.sstoreSentry()) {
      f.halt(HaltReason.OUT_OF_GAS);
      return;
    }
    final WorldState state = f.world();
    final Address address = f.address();
    final UInt256 key = f.stack.peekWord(0);
    final UInt256 value = f.stack.peekWord(1);
    final UInt256 current = state.getStorage(address, key);
    final UInt256 original = state.getOriginalStorage(address, key);

    long cost = state.warmSlot(address, key) ? g.warmAccess() + g.coldSloadSurcharge() : 0;
    if (value.equals(current)) {
      cost += g.warmAccess();
    } else if (original.equals(current)) {
      cost += original.isZero() ? g.sstoreSet() : g.sstoreReset();
      if (value.isZero()) {
        state.addRefund(g.sstoreClearRefund());
      }
    } else {
      cost += g.warmAccess();
      if (!original.isZero()) {
        if (current.isZero()) {
          state.subtractRefund(g.sstoreClearRefund());
        } else if (value.isZero()) {
          state.addRefund(g.sstoreClearRefund());
        }
      }
      if (value.equals(original)) {
        state.addRefund((original.isZero() ? g.sstoreSet() : g.sstoreReset()) - g.warmAccess());
      }
    }
    if (f.useGas(cost)) {
      state.setStorage(address, key, value);
      f.stack.pop(2);
    }
  }

  static void tload(final Frame f) {
    final UInt256 key = f.stack.popWord();
    f.stack.push(f.world().getTransientStorage(f.address(), key));
  }

  static void tstore(final Frame f) {
    if (f.isStatic()) {
      f.halt(HaltReason.STATIC_STATE_CHANGE);
      return;
    }
    final UInt256 key = f.stack.popWord();
    final UInt256 value = f.stack.popWord();
    f.world().setTransientStorage(f.address(), key, value);
  }
}
