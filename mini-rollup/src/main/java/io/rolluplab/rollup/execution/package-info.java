/**
 * Executing batch items (L2-RULES.md §3): {@code S_{i+1} = apply(S_i, item_i)} in
 * {@link io.rolluplab.rollup.execution.L2StateMachine}; an item that breaks a rule changes nothing.
 *
 * <ol>
 *   <li>A deposit credits its amount to its L2 recipient: no fee, no signature, always valid.
 *   <li>A transaction is checked against the {@link io.rolluplab.rollup.execution.Rule}s in order:
 *       MALFORMED, UNKNOWN_RECIPIENT (a compact transfer's key prefix names no account in the state
 *       before it), WRONG_CHAIN_ID, BAD_SIGNATURE, GAS_LIMIT_TOO_LOW, NONCE_MISMATCH,
 *       FEE_CAP_TOO_LOW, INSUFFICIENT_BALANCE; the first broken rule is the outcome.
 *   <li>The {@link io.rolluplab.rollup.execution.Fee} is the L2 execution fee ({@code 21000 · price})
 *       plus the transaction's share of the L1 data cost ({@code l1FeePerByte · len(body)}).
 *   <li>Applied: the sender pays value + fee and its nonce grows; the recipient is credited, or a
 *       withdrawal leaf is written for a transfer to the withdrawal address; the fee vault gets the
 *       fee. Leaves are updated in that order, and the {@link io.rolluplab.rollup.execution.Witness}
 *       records each with its proof, which is what L1's one-step proof ({@code L2Rules.applyItem})
 *       needs.
 * </ol>
 */
package io.rolluplab.rollup.execution;
