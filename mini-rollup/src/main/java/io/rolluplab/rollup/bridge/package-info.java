/**
 * The bridge: carries deposits from the L1 {@code Bridge} contract to the sequencer, and
 * withdrawals from L2 blocks to their payout on L1. A deposit needs no trust in the operator to be
 * <em>queued</em> (L1 holds the queue); the bridge only tells L2 about it.
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
 * <p><b>Withdrawals</b> go the other way, and need no trust in the operator to be <em>paid</em>:
 * the Bridge pays against a final state root and a Merkle proof, whoever sends it. The relayer
 * ({@link io.rolluplab.rollup.bridge.WithdrawalRelayer#tick()}) sends it for the user, so the user
 * needs no L1 ETH for gas. Its loop:
 *
 * <ol>
 *   <li>Observe the L2: store each withdrawal of the blocks sealed since the last tick
 *       ({@code INCLUDED}).
 *   <li>Observe the batches executed from L1 data since the last tick: the one that wrote a
 *       withdrawal's leaf carried it to L1 ({@code WAITING_FOR_ROOT}).
 *   <li>Observe the rollup on L1: which batches have a root and which are final; decide for each
 *       unpaid withdrawal the transitions that allows: a root proposed ({@code IN_CHALLENGE_WINDOW},
 *       with its deadline), a root rolled back after a lost dispute ({@code WAITING_FOR_ROOT} again),
 *       the batch final ({@code FINAL}). In zk mode: a root proven ({@code PROVEN}), then the
 *       batch executed ({@code FINAL}), with no window in between.
 *   <li>Act: pay each final withdrawal with {@code Bridge.finalizeWithdrawal} and the proof from the
 *       derived state ({@code PAID}, with the L1 transaction and its gas).
 * </ol>
 *
 * <p>Invariants:
 *
 * <ol>
 *   <li>Every withdrawal sealed in an L2 block is stored, once, before anything else happens to it;
 *       a restart reads again from the last block that held one.
 *   <li>Each transition is reported by a {@link io.rolluplab.rollup.bridge.WithdrawalEvent} and then
 *       stored, in the order of {@link io.rolluplab.rollup.bridge.WithdrawalStatus}; a crash in
 *       between reports it again, never skips it.
 *   <li>A withdrawal is paid only after L1 says its batch is final, and sent only after L1's logs
 *       show it unpaid: a payout mined just before a crash is found, not sent again.
 *   <li>The relayer decides from L1 and from batches derived from L1 data, never from the sequencer's
 *       word about batches or roots.
 * </ol>
 *
 * <p>The replayed-withdrawal teaching fault makes the relayer send paid withdrawals again; the
 * Bridge refuses them ({@code WithdrawalAlreadyFinalized}) and nobody is paid twice.
 */
package io.rolluplab.rollup.bridge;
