package io.rolluplab.rollup.node;

import io.rolluplab.rollup.batcher.BatcherConfig;
import java.math.BigInteger;
import java.time.Duration;

/**
 * What one rollup instance is: the settings its L1 contracts are deployed with and how often its
 * roles run. Checked when built, so a bad setting fails at start-up with the field's name.
 *
 * @param l2ChainId the chain id wallets sign L2 transactions for; it must differ from the L1's so
 *     that a transaction signed for one chain is invalid on the other (EIP-155)
 * @param challengePeriod how long, on the L1 clock, a proposed batch can be disputed before it is final
 * @param disputeClock the time each side of a dispute may spend on its moves (a chess clock)
 * @param forceInclusionDelay how long after its deposit a user may force L1 to include it
 * @param revealPeriod how long anyone has to show L1 a batch's transaction once a claim about its
 *     data is challenged, before the claim falls
 * @param bond what a proposer locks on L1, and loses if its root is proven wrong
 * @param blockInterval the least time between two L2 blocks (soft confirmation latency)
 * @param tickInterval how often the node runs every role's {@code tick()}: well below {@code blockInterval}
 * @param l1FeePerByte wei each byte of an L2 transaction pays for the L1 calldata it will be posted in
 * @param mode how roots become final: a challenge window (optimistic) or a validity proof (zk)
 * @param provingDelay zk mode: how long the (simulated) prover works on one batch before its proof
 *     is ready; a real prover takes minutes on many machines, here it is a setting so a class can
 *     watch a proof being made
 * @param batchMaxItems the most items (deposits and transactions) one batch carries; an L2 block holds
 *     no more either, because the batcher never splits a block; and blocks take no transactions while
 *     ten batches' worth of items wait for the batcher (the sequencer's throttle)
 * @param batchMaxAge how long the oldest unbatched block may wait before a batch is posted, full or not
 */
public record RollupNodeConfig(
    long l2ChainId,
    Duration challengePeriod,
    Duration disputeClock,
    Duration forceInclusionDelay,
    Duration revealPeriod,
    BigInteger bond,
    Duration blockInterval,
    Duration tickInterval,
    long l1FeePerByte,
    RollupMode mode,
    Duration provingDelay,
    int batchMaxItems,
    Duration batchMaxAge) {

  /**
   * 42069: not the L1's 31337, and easy to type into a wallet. Chain ids of public networks are
   * listed at chainlist.org; a lab chain only needs one that no network a student uses has.
   */
  public static final long DEFAULT_L2_CHAIN_ID = 42069;
  /** The zk instance's chain id when both instances run side by side: the next one, as easy to type. */
  public static final long ZK_L2_CHAIN_ID = 42070;
  /** Seven days, as on OP Mainnet and Arbitrum One; the devnet's clock fast-forwards it in one call. */
  public static final Duration DEFAULT_CHALLENGE_PERIOD = Duration.ofDays(7);
  /** One hour: time to show a challenged batch's transaction, short enough to watch in a lab. */
  public static final Duration DEFAULT_REVEAL_PERIOD = Duration.ofHours(1);
  /** 16 gwei: the L1 calldata price of a non-zero byte (16 gas) at the devnet's starting base fee of 1 gwei. */
  public static final long DEFAULT_L1_FEE_PER_BYTE = 16_000_000_000L;
  /** Three seconds per batch: long enough to watch the progress, short enough not to wait for it. */
  public static final Duration DEFAULT_PROVING_DELAY = Duration.ofSeconds(3);

  public RollupNodeConfig {
    require(l2ChainId > 0, "l2ChainId", "must be positive", l2ChainId);
    requirePositive(challengePeriod, "challengePeriod");
    requirePositive(disputeClock, "disputeClock");
    requirePositive(forceInclusionDelay, "forceInclusionDelay");
    requirePositive(revealPeriod, "revealPeriod");
    require(bond != null && bond.signum() > 0, "bond", "must be positive wei", bond);
    requirePositive(blockInterval, "blockInterval");
    requirePositive(tickInterval, "tickInterval");
    require(tickInterval.compareTo(blockInterval) <= 0, "tickInterval",
        "must not be longer than blockInterval (" + blockInterval + "), or blocks come late", tickInterval);
    require(l1FeePerByte >= 0, "l1FeePerByte", "must be 0 or more", l1FeePerByte);
    require(mode != null, "mode", "is required (OPTIMISTIC or ZK)", mode);
    require(provingDelay != null && !provingDelay.isNegative(), "provingDelay", "must be 0 or more", provingDelay);
    require(batchMaxItems > 0, "batchMaxItems", "must be positive", batchMaxItems);
    require(batchMaxAge != null && !batchMaxAge.isNegative(), "batchMaxAge", "must be 0 or more", batchMaxAge);
  }

  /**
   * Chain id 42069, a 7-day window, 1-hour dispute clocks, 1-day force inclusion, 1-hour reveal
   * period, 1 ETH bond, 1 s blocks, 100 ms ticks; optimistic (in zk mode, 3 s of proving per batch);
   * batches of up to 1,000 items, posted at the latest 10 s after their first block.
   */
  public static RollupNodeConfig defaults() {
    return new RollupNodeConfig(DEFAULT_L2_CHAIN_ID, DEFAULT_CHALLENGE_PERIOD, Duration.ofHours(1), Duration.ofDays(1),
        DEFAULT_REVEAL_PERIOD, BigInteger.TEN.pow(18), Duration.ofSeconds(1), Duration.ofMillis(100),
        DEFAULT_L1_FEE_PER_BYTE, RollupMode.OPTIMISTIC, DEFAULT_PROVING_DELAY, BatcherConfig.DEFAULT_MAX_ITEMS,
        BatcherConfig.DEFAULT_MAX_AGE);
  }

  /** The same, with L2 blocks (and ticks, if they were slower) every {@code interval}. */
  public RollupNodeConfig withBlockInterval(final Duration interval) {
    final Duration tick = tickInterval.compareTo(interval) <= 0 ? tickInterval : interval;
    return new RollupNodeConfig(l2ChainId, challengePeriod, disputeClock, forceInclusionDelay, revealPeriod, bond,
        interval, tick, l1FeePerByte, mode, provingDelay, batchMaxItems, batchMaxAge);
  }

  /**
   * The same, on L2 chain id {@code chainId}: two instances on one L1 need two, or a transaction
   * signed for one would be valid on the other.
   */
  public RollupNodeConfig withL2ChainId(final long chainId) {
    return new RollupNodeConfig(chainId, challengePeriod, disputeClock, forceInclusionDelay, revealPeriod, bond,
        blockInterval, tickInterval, l1FeePerByte, mode, provingDelay, batchMaxItems, batchMaxAge);
  }

  /** The same rollup settings, finalizing roots the other way. */
  public RollupNodeConfig withMode(final RollupMode newMode) {
    return new RollupNodeConfig(l2ChainId, challengePeriod, disputeClock, forceInclusionDelay, revealPeriod, bond,
        blockInterval, tickInterval, l1FeePerByte, newMode, provingDelay, batchMaxItems, batchMaxAge);
  }

  /** The same, with the simulated prover taking {@code delay} per batch (zk mode). */
  public RollupNodeConfig withProvingDelay(final Duration delay) {
    return new RollupNodeConfig(l2ChainId, challengePeriod, disputeClock, forceInclusionDelay, revealPeriod, bond,
        blockInterval, tickInterval, l1FeePerByte, mode, delay, batchMaxItems, batchMaxAge);
  }

  /**
   * The same, with batches (and so blocks) of at most {@code items} items, posted at the latest
   * {@code maxAge} after their first block.
   */
  public RollupNodeConfig withBatchLimits(final int items, final Duration maxAge) {
    return new RollupNodeConfig(l2ChainId, challengePeriod, disputeClock, forceInclusionDelay, revealPeriod, bond,
        blockInterval, tickInterval, l1FeePerByte, mode, provingDelay, items, maxAge);
  }

  private static void requirePositive(final Duration value, final String field) {
    require(value != null && !value.isNegative() && !value.isZero(), field, "must be positive", value);
  }

  private static void require(final boolean ok, final String field, final String rule, final Object value) {
    if (!ok) {
      throw new IllegalArgumentException("RollupNodeConfig." + field + " " + rule + ", got " + value);
    }
  }
}
