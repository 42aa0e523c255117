package io.rolluplab.web;

import io.rolluplab.devnet.chain.MiningMode;

/** Says in words how the devnet mines, for the page header and the start-up message. */
public final class MiningModes {
  private MiningModes() {}

  public static String describe(final MiningMode mode) {
    if (mode instanceof MiningMode.Interval interval) {
      return "a block every " + interval.blockTime().toSeconds() + " s";
    }
    if (mode instanceof MiningMode.Manual) {
      return "manual (blocks only on request)";
    }
    return "automine (a block per transaction)";
  }
}
