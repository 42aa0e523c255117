/**
 * Derivation: the L2 chain computed from what L1 holds, and nothing else (as the OP Stack's
 * derivation pipeline and Arbitrum's inbox reader do). The proposer claims its roots, the
 * challenger checks other people's claims against them, the bridge's relayer proves withdrawals
 * from it; none of them asks the sequencer.
 *
 * <ol>
 *   <li>An {@link io.rolluplab.rollup.derivation.L1Reader} reads the logs of the rollup, its dispute
 *       game and its bridge from a block on, and turns each into an
 *       {@link io.rolluplab.rollup.derivation.L1Fact}, oldest first.
 *   <li>For {@code BatchDataAccepted} it reads the batch data from the input of the L1 transaction
 *       that posted (or revealed) it, and checks its hash against the log.
 *   <li>A {@link io.rolluplab.rollup.derivation.DerivedChain} takes the facts in that order: it
 *       remembers deposits, executes each batch item by item with the L2 rules, and keeps every
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
 *   <li>Batch {@code i} is executed after batches {@code 0..i-1} and with exactly the bytes L1
 *       hashed; two derived chains fed the same L1 agree on every root.
 *   <li>A withheld batch is never executed: nobody can, which is why L1 takes no root for it.
 *   <li>A claimed root, right or wrong, changes nothing: the chain is its data, not its claims.
 *   <li>Memory grows with the batches that are not final, not with the chain.
 * </ol>
 */
package io.rolluplab.rollup.derivation;
