/**
 * The bridge: carries deposits from the L1 {@code Bridge} contract to the sequencer. A deposit
 * needs no trust in the operator to be <em>queued</em> (L1 holds the queue); the bridge only
 * tells L2 about it.
 *
 * <p>The loop ({@link io.rolluplab.rollup.bridge.BridgeDriver#tick()}):
 *
 * <ol>
 *   <li>Observe the L1 head.
 *   <li>Decide the range: from the block after the last one read, up to the head but at most
 *       {@code maxBlocksPerQuery} blocks.
 *   <li>Read the range's {@code DepositQueued} logs, oldest first.
 *   <li>Act: report each deposit not handed over before, and hand it to the sequencer, in queue
 *       order.
 *   <li>Count the range as read, and say so if that brought the bridge to the head or left it
 *       behind.
 * </ol>
 *
 * <p>Invariants:
 *
 * <ol>
 *   <li>Every {@code DepositQueued} log in the blocks read is handed over exactly once, in
 *       queue-index order: no block is skipped, and a range is counted as read only after all of
 *       its deposits were handed over.
 *   <li>A tick that fails (L1 unreachable, the sequencer refusing a deposit) changes nothing that
 *       the next tick would not redo: it re-reads the same range and skips deposits already handed
 *       over.
 *   <li>Each deposit is reported by a {@link io.rolluplab.rollup.bridge.BridgeEvent.DepositObserved}
 *       just before it is handed over, in queue order; only a deposit the sequencer refused is
 *       reported again, when the next tick retries it.
 * </ol>
 *
 * <p><b>Not here yet:</b> the withdrawal half (following a withdrawal from its L2 block through
 * its batch's challenge window to {@code finalizeWithdrawal} on L1, with a status the user can
 * follow) comes with the batcher and the proposer, whose batches it needs. So does resuming after
 * a restart: the bridge starts at the Bridge's creation block and relies on the sequencer ignoring
 * a deposit it already has.
 */
package io.rolluplab.rollup.bridge;
