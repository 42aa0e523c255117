/**
 * The sequencer: orders L2 transactions into blocks, the soft confirmation users see in
 * milliseconds, long before a batch reaches L1.
 *
 * <p>The loop ({@link io.rolluplab.rollup.sequencer.SequencerDriver#tick()}):
 *
 * <ol>
 *   <li>Observe the clock.
 *   <li>Evict held-back transactions whose nonce gap did not fill within
 *       {@code nonceGapTimeout}.
 *   <li>Decide: seal a block if the sequencer is running, a deposit is waiting or a transaction is
 *       ready, and {@code blockInterval} has passed since the head block.
 *   <li>Act: take every waiting deposit in L1 queue order, then ready transactions by tip (then
 *       arrival), apply each with the rules of L2-RULES.md §3, and seal the block.
 * </ol>
 *
 * <p>Between ticks, {@code submit} checks a transaction against the pending state and admits it
 * or rejects it with the rule it breaks; {@code enqueueDeposit} queues an L1 deposit.
 *
 * <p>Invariants:
 *
 * <ol>
 *   <li>A transaction that breaks a rule against the pending state never enters the mempool.
 *   <li>Deposits are included in L1 queue order, each exactly once, never skipped: a block holds
 *       every waiting deposit before any transaction (up to {@code maxItemsPerBlock}).
 *   <li>Every item of a sealed block was applied; a block's state root is the state after it.
 *   <li>A sender's transactions are sealed in nonce order; one behind a nonce gap waits.
 *   <li>Every step is a {@link io.rolluplab.rollup.sequencer.SequencerEvent}, published in the
 *       order it happened.
 *   <li>What a {@link io.rolluplab.rollup.sequencer.SequencerJournal} holds is written before
 *       anyone hears of it: an accepted transaction before its hash is returned, a block before
 *       its events. A sequencer started on the journal re-executes the stored blocks to their
 *       stored state roots (or refuses to start) and takes back every accepted transaction that
 *       no block holds.
 * </ol>
 */
package io.rolluplab.rollup.sequencer;
