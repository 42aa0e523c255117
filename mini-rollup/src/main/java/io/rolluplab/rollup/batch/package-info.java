/**
 * Batches on L1 (L2-RULES.md §2).
 *
 * <ol>
 *   <li>{@link io.rolluplab.rollup.batch.BatchData}: {@code uint64 l1FeePerByte ‖ (uint24 length ‖
 *       body)*}, posted as calldata, not compressed; L1 keeps only its hash, and a one-step proof
 *       sends the bytes again and walks to the disputed item.
 *   <li>{@link io.rolluplab.rollup.batch.BatchItem}: a deposit ({@code 0x7E ‖ uint64 index}), a
 *       standard transfer in compact form ({@code 0x00 ‖ …}, or {@code 0x81…0x88 ‖ …} with the
 *       recipient named by a key prefix: {@link io.rolluplab.rollup.l2tx.CompactTransfer}) or a
 *       signed L2 transaction.
 * </ol>
 */
package io.rolluplab.rollup.batch;
