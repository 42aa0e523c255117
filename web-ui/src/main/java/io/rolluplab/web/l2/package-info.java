/**
 * The L2 explorer, one per rollup. Read in this order: {@link io.rolluplab.web.l2.L2Pages} (the
 * routes, pages and JSON twins), {@link io.rolluplab.web.l2.L2Queries} (asks the rollup's sequencer
 * and store, builds the view records), {@link io.rolluplab.web.l2.L1Standing} (where a transfer
 * stands on L1, in words), and {@link io.rolluplab.web.l2.ProofDrawing} (the account proof as a
 * path through the tree).
 *
 * <p>Two views of an account sit side by side on purpose: the sequencer's head, which a wallet
 * shows within a second, and the state after the batches posted to L1, the only one L1 can check.
 * The proof is of the second: it is what a one-step proof or a withdrawal sends to L1.
 */
package io.rolluplab.web.l2;
