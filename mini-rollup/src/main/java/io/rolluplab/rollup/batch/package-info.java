/**
 * Batches on L1 (L2-RULES.md §2).
 *
 * <ol>
 *   <li>{@link io.rolluplab.rollup.batch.BatchData}: the items written in runs of one shape and in
 *       columns (nonces, recipients, signatures, and bodies written whole), as the OP Stack's span
 *       batches do, so that what neighbouring items share is posted once; not compressed otherwise.
 *       L1 keeps nothing of it (it is the call data of the batcher's transaction to the inbox, §2.2);
 *       a proposal claims its hash, and a one-step proof sends the bytes again and rebuilds the
 *       disputed item.
 *   <li>{@link io.rolluplab.rollup.batch.BatchItem}: a deposit ({@code 0x7E ‖ uint64 index}), a
 *       standard transfer in compact form ({@code 0x00 ‖ …}, or {@code 0x81…0x88 ‖ …} with the
 *       recipient named by a key prefix: {@link io.rolluplab.rollup.l2tx.CompactTransfer}) or a
 *       signed L2 transaction.
 * </ol>
 */
package io.rolluplab.rollup.batch;
