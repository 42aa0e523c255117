package io.rolluplab.devnet.evm.operation;

import io.rolluplab.devnet.evm.Message;
import io.rolluplab.devnet.evm.frame.Frame;
import io.rolluplab.devnet.evm.frame.HaltReason;
import io.rolluplab.devnet.evm.frame.Stack;
import io.rolluplab.devnet.evm.gas.GasSchedule;
import io.rolluplab.devnet.evm.trace.CallKind;
import io.rolluplab.devnet.types.Address;
import java.math.BigInteger;

/**
 * CALL, CALLCODE, DELEGATECALL and STATICCALL. Each prices the call, sets gas aside for the child
 * (at most all but 1/64 of what is left, EIP-150), and suspends the frame; the interpreter runs the
 * child and resumes this frame with its result.
 *
 * <p>Stack: gas, address, [value,] argsOffset, argsLength, retOffset, retLength.
 */
final class CallOps {
  /** The deepest a call may nest; a call at this depth fails without running. */
  static final int MAX_DEPTH = 1024;

  private CallOps() {}

  static void call(final Frame f) {
    makeCall(f, CallKind.CALL);
  }

  static void callCode(final Frame f) {
    makeCall(f, CallKind.CALLCODE);
  }

  static void delegateCall(final Frame f) {
    makeCall(f, CallKind.DELEGATECALL);
  }

  static void staticCall(final Frame f) {
    makeCall(f, CallKind.STATICCALL);
  }

  private static void makeCall(final Frame f, final CallKind kind) {
    final Stack s = f.stack;
    final boolean hasValue = kind == CallKind.CALL || kind == CallKind.CALLCODE;
    final long requestedGas = s.peekLongSaturated(0);
    final Address target = s.peekAddress(1);
    final BigInteger value = hasValue ? s.peekWord(2).toBigInteger() : BigInteger.ZERO;
    final int next = hasValue ? 3 : 2;
    final long argsOffset = s.peekLongSaturated(next);
    final long argsLength = s.peekLongSaturated(next + 1);
    final long retOffset = s.peekLongSaturated(next + 2);
    final long retLength = s.peekLongSaturated(next + 3);
    final boolean transfersValue = value.signum() > 0;

    if (kind == CallKind.CALL && transfersValue && f.isStatic()) {
      f.halt(HaltReason.STATIC_STATE_CHANGE);
      return;
    }
    // EIP-2929: the cold surcharge is paid before the 63/64 rule is applied to what is left
    if (!f.chargeAccountAccess(target) || !f.expandMemory(argsOffset, argsLength, retOffset, retLength)) {
      return;
    }
    final GasSchedule g = f.gasSchedule();
    long extra = 0;
    if (transfersValue) {
      extra += g.callValueTransfer();
      if (kind == CallKind.CALL && f.world().isDead(target)) {
        extra += g.callNewAccount();
      }
    }
    if (!f.useGas(extra)) {
      return;
    }
    final long available = f.gas - f.gas / 64;
    final long childGas = Math.min(requestedGas, available);
    f.useGas(childGas);
    final long stipend = transfersValue ? g.callStipend() : 0;
    s.pop(hasValue ? 7 : 6);

    if (f.depth() + 1 > MAX_DEPTH
        || (transfersValue && f.world().getBalance(f.address()).compareTo(value) < 0)) {
      f.failChildBeforeStart(childGas + stipend);
      return;
    }
    final Message child = new Message(
        kind,
        kind == CallKind.DELEGATECALL ? f.message.caller() : f.address(),
        kind == CallKind.CALLCODE || kind == CallKind.DELEGATECALL ? f.address() : target,
        target,
        kind == CallKind.DELEGATECALL ? BigInteger.ZERO : value,
        kind == CallKind.DELEGATECALL ? f.message.apparentValue() : value,
        f.memory.read(argsOffset, argsLength),
        f.world().getCode(target),
        childGas + stipend,
        f.depth() + 1,
        f.isStatic() || kind == CallKind.STATICCALL);
    f.suspend(child, retOffset, retLength);
  }
}
