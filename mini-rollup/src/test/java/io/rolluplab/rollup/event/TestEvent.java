package io.rolluplab.rollup.event;

import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;

/** An event with the kinds of fields real ones carry. */
record TestEvent(long batch, BigInteger amount, Bytes32 root, byte[] data) implements RollupEvent {

  TestEvent(final long batch) {
    this(batch, BigInteger.TEN.pow(30), Bytes32.of(BigInteger.valueOf(batch)), new byte[] {1, 2});
  }

  @Override
  public String role() {
    return "batcher";
  }

  @Override
  public String sentence() {
    return "Posted batch " + batch + ".";
  }
}
