/**
 * The batcher: carries the sequencer's sealed L2 blocks to L1, as op-batcher does. {@link
 * io.rolluplab.rollup.batcher.BatcherDriver#tick()} is one turn of its loop:
 *
 * <ol>
 *   <li>Take the sealed blocks no posted batch holds yet, oldest first ({@code BatchPacker}).
 *   <li>Close a batch when the next block would break a limit (bytes, items) or when its oldest
 *       block has waited {@code maxAge}; otherwise wait.
 *   <li>Encode it (L2-RULES.md §2), note what DEFLATE would save, and record it in the store as
 *       "intended".
 *   <li>Ask L1 whether it would count ({@code checkBatch}), then send it: optimistic, as the call
 *       data of a plain transaction from the batcher's own key to the inbox, with the nonce of its
 *       index ({@link io.rolluplab.rollup.batcher.InboxPosting}); zk, {@code commitBatch} with its
 *       state diff ({@link io.rolluplab.rollup.batcher.StateDiffPosting}).
 *   <li>Record the L1 transaction, its gas and the gas per item; mark its L2 transactions batched.
 * </ol>
 *
 * <p>States ({@link io.rolluplab.rollup.batcher.BatcherState}): IDLE → POSTING → IDLE, with two
 * detours the teaching faults open: WITHHOLDING (the batch is kept off L1 while the operator claims
 * a root for it) and FORCING_DEPOSIT (the batch would not count, leaving an overdue deposit out).
 *
 * <p>Invariants:
 *
 * <ol>
 *   <li>A batch is in the store before it is sent, and is never rebuilt while it may be on L1.
 *   <li>A batch is sent again only after L1 was asked whether it already has it (optimistic: the
 *       batcher's nonce moved past its index; zk: a {@code BatchCommitted} log of its index and
 *       hash): never twice on L1, also after a failed send or a {@code kill -9}.
 *   <li>Batches hold whole blocks, in order, without gaps: batch i+1 starts at the block after
 *       batch i's last, or, if batch i counts as empty on L1, at batch i's first block again (so L1
 *       executes every block the sequencer sealed); a batch is built only once the last one's
 *       verdict is known.
 *   <li>The same blocks encode to the same bytes, so a recorded batch is rebuilt exactly after a
 *       restart (and refused loudly if not).
 *   <li>A recorded batch i is only ever recorded as L1's batch i. Where others may commit too (zk,
 *       once a deposit is overdue), it is sent only while L1 holds no other batch i; if someone
 *       else's commit takes index i first, the sequencer takes back the unproven batches and posts
 *       its blocks again from there ({@code BatchIndexTaken}), or, if that batch is proven, says so
 *       and stops.
 * </ol>
 */
package io.rolluplab.rollup.batcher;
