/**
 * The zk rollup's batch format (L2-RULES.md §5): instead of its signed transactions, a batch posts
 * the final value of every state leaf it changed, as zkSync does. The validity proof covers the
 * signatures, so L1 need not see them; a node that syncs from L1 rebuilds the state and its root
 * from the diffs, but not the transaction history.
 *
 * <ol>
 *   <li>{@link io.rolluplab.rollup.statediff.StateDiff}: the format, encoded and decoded.
 *   <li>{@link io.rolluplab.rollup.statediff.CompactNumbers}: nonces as short integers, amounts as
 *       decimal floats (mantissa · 10^exponent), which is what keeps an entry near ten bytes.
 *   <li>{@link io.rolluplab.rollup.statediff.AccountIndex}: the account table the diffs build on
 *       L1: an account's 20-byte address is posted once, then only its index.
 *   <li>{@link io.rolluplab.rollup.statediff.DiffExecution}: executes a batch's transactions from
 *       the state before it and collects the diff they make (the batcher posts it, the prover checks
 *       it against the committed one).
 * </ol>
 */
package io.rolluplab.rollup.statediff;
