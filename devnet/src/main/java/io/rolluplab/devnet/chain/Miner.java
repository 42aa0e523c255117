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
  /** Switched at run time by {@code evm_setAutomine}; read by request threads. */
  private volatile boolean automine;

  Miner(final MiningMode mode, final BlockTimer timer) {
    this.mode = mode;
    this.timer = timer;
    this.automine = mode instanceof MiningMode.Automine;
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
    return automine;
  }

  /**
   * Turns automine on or off ({@code evm_setAutomine}), as in Hardhat: an interval timer keeps
   * running either way, and a devnet started with automine falls back to manual mining.
   */
  void setAutomine(final boolean on) {
    automine = on;
  }

  /** The mode in force now: automine while it is on, else the configured interval or manual mode. */
  MiningMode mode() {
    if (automine) {
      return MiningMode.automine();
    }
    return mode instanceof MiningMode.Automine ? new MiningMode.Manual() : mode;
  }

  @Override
  public void close() throws Exception {
    if (running != null) {
      running.close();
    }
  }
}
