package io.rolluplab.devnet.chain;

import java.lang.System.Logger.Level;

/**
 * Decides when blocks are sealed, per the {@link MiningMode}: right after each accepted transaction
 * (automine), on a timer (interval), or never by itself (manual, only {@code evm_mine}).
 */
final class Miner implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(Miner.class.getName());

  private final MiningMode mode;
  private final BlockTimer timer;
  private AutoCloseable running;

  Miner(final MiningMode mode, final BlockTimer timer) {
    this.mode = mode;
    this.timer = timer;
  }

  /** Starts the timer in interval mode; {@code mineBlock} seals one block. */
  void start(final Runnable mineBlock) {
    if (mode instanceof MiningMode.Interval interval) {
      running = timer.every(interval.blockTime(), () -> {
        try {
          mineBlock.run();
        } catch (RuntimeException e) {
          // A timer task that throws is never run again; log and keep the chain going.
          LOG.log(Level.ERROR, "interval mining failed; the next block will be tried on time", e);
        }
      });
    }
  }

  /** True in automine mode: the caller seals a block after every accepted transaction. */
  boolean minesEachTransaction() {
    return mode instanceof MiningMode.Automine;
  }

  MiningMode mode() {
    return mode;
  }

  @Override
  public void close() throws Exception {
    if (running != null) {
      running.close();
    }
  }
}
