package io.rolluplab.devnet.evm.operation;

import io.rolluplab.devnet.evm.frame.Frame;
import io.rolluplab.devnet.evm.frame.HaltReason;
import io.rolluplab.devnet.evm.gas.GasSchedule;
import io.rolluplab.devnet.state.WorldState;
import io.rolluplab.devnet.types.Address;
import java.math.BigInteger;

/** SELFDESTRUCT, as restricted by EIP-6780. */
final class SystemOps {
  private static final byte[] EMPTY = new byte[0];

  private SystemOps() {}

  /**
   * Sends the whole balance to a beneficiary and stops. Since Cancun (EIP-6780) the account is only
   * deleted if it was created in this same transaction; otherwise its code and storage stay.
   */
  static void selfDestruct(final Frame f) {
    if (f.isStatic()) {
      f.halt(HaltReason.STATIC_STATE_CHANGE);
      return;
    }
    final GasSchedule g = f.gasSchedule();
    final WorldState state = f.world();
    final Address self = f.address();
    final Address beneficiary = f.stack.peekAddress(0);
    final BigInteger balance = state.getBalance(self);
    long cost = 0;
    if (state.warmAddress(beneficiary)) {
      cost += g.warmAccess() + g.coldAccountAccessSurcharge();
    }
    if (balance.signum() > 0 && state.isDead(beneficiary)) {
      cost += g.selfDestructNewAccount();
    }
    if (!f.useGas(cost)) {
      return;
    }
    f.stack.pop();
    state.subtractBalance(self, balance);
    state.addBalance(beneficiary, balance);
    if (state.wasCreatedInTransaction(self)) {
      state.markSelfDestructed(self);
    }
    f.succeed(EMPTY);
  }
}
