/**
 * Batches on L1 (L2-RULES.md §2).
 *
 * <ol>
 *   <li>{@link io.rolluplab.rollup.batch.BatchData}: {@code uint64 l1FeePerByte ‖ (uint24 length ‖
 *       body)*}, posted as calldata, not compressed, so L1 can read any single item.
 *   <li>{@link io.rolluplab.rollup.batch.BatchItem}: a deposit ({@code 0x7E ‖ uint64 index}) or a
 *       signed L2 transaction.
 *   <li>{@link io.rolluplab.rollup.batch.TxRoot}: a plain binary Merkle tree over {@code H(body)},
 *       padded to a power of two; a fraud proof names item k by its body and path.
 * </ol>
 */
package io.rolluplab.rollup.batch;
