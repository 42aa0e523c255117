/**
 * Derivation: the L2 chain computed from what L1 holds, and nothing else (as the OP Stack's
 * derivation pipeline and Arbitrum's inbox reader do). The proposer claims its roots, the
 * challenger checks other people's claims against them, the bridge's relayer proves withdrawals
 * from it; none of them asks the sequencer.
 *
 * <ol>
 *   <li>An {@link io.rolluplab.rollup.derivation.L1Reader} reads the batcher's transactions (the
 *       optimistic batches: batch i is the one with nonce {@code firstBatcherNonce + i}) and the
 *       logs of the rollup, its dispute game and its bridge from a block on, and turns each into an
 *       {@link io.rolluplab.rollup.derivation.L1Fact}, oldest first.
 *   <li>A {@link io.rolluplab.rollup.derivation.DerivedChain} takes the facts in that order: it
 *       remembers deposits, judges each batch by the rules ({@link
 *       io.rolluplab.rollup.derivation.BatchRules}: one that breaks them counts as empty), executes
 *       it item by item with the L2 rules, and keeps every
 *       batch a dispute can still ask about with its pre- and post-state roots; the roots S_1..S_n-1
 *       after its inner items it computes when a dispute first asks, by executing the batch again.
 *   <li>The zk rollup posts state diffs instead of batch data: for {@code BatchCommitted} the reader
 *       reads the diff from the {@code commitBatch} input, and a
 *       {@link io.rolluplab.rollup.derivation.DiffChain} writes each diff into its state. It
 *       rebuilds every balance and the root, not the transactions, which L1 never saw; and it
 *       drops the diffs the sequencer reverts.
 * </ol>
 *
 * <p>Invariants:
 *
 * <ol>
 *   <li>Batch {@code i} is executed after batches {@code 0..i-1} and with exactly the bytes of the
 *       batcher's transaction; two derived chains fed the same L1 agree on every root, and on what
 *       each batch holds with L1 itself when a data challenge shows it.
 *   <li>A batch the batcher has not sent is never executed: nobody can, which is why a claim about
 *       it falls when its data is challenged.
 *   <li>A claimed root, right or wrong, changes nothing: the chain is its data, not its claims.
 *   <li>Memory grows with the batches that are not final, not with the chain.
 * </ol>
 */
package io.rolluplab.rollup.derivation;
