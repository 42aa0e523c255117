package io.rolluplab.devnet.evm.trace;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.Log;
import java.math.BigInteger;

/**
 * A hook that watches the EVM work. Every method does nothing by default, so a tracer overrides only
 * what it needs: {@code debug_traceTransaction}'s struct logger records every {@link #onStep}, the
 * web UI's recorder also follows calls and logs. {@link #NONE} is used when nobody is watching.
 */
public interface Tracer {
  Tracer NONE = new Tracer() {};

  /** Called once per executed instruction, after it ran, with the machine state from before it. */
  default void onStep(final Step step) {}

  /** A message call or contract creation starts at {@code depth} (0 = the transaction itself). */
  default void onEnter(
      final int depth,
      final CallKind kind,
      final Address from,
      final Address to,
      final BigInteger value,
      final long gas,
      final byte[] input) {}

  /** The call started by the matching {@link #onEnter} ended. */
  default void onExit(final int depth, final boolean success, final byte[] output, final long gasLeft, final String error) {}

  /** A LOG0..LOG4 was emitted (it is dropped again if its frame reverts). */
  default void onLog(final Log log) {}

  /** Gas changed for a reason other than an instruction's own cost (intrinsic gas, refund …). */
  default void onGasChange(final long before, final long after, final GasChangeReason reason) {}
}
