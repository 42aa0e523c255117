/**
 * The zk mode's prover and executor: the second and third of the {@code ZkRollup}'s phases
 * (commit → prove → execute), as zkSync and Polygon zkEVM run them on L1.
 *
 * <p>The prover's loop ({@link io.rolluplab.rollup.prover.ProverDriver#tick()}):
 *
 * <ol>
 *   <li>Read from L1 which batch is next to prove ({@code provenCount}); wait until its state diff
 *       is committed and applied to the state derived from L1 ({@code DiffChain}).
 *   <li>Build its witness: the public inputs as L1 holds them (pre-root, diff hash, deposit queue
 *       hash) with the post-root the diff leads to; the batch's transactions from the operator's
 *       record (L1 has only their effect), executed from the state before the batch, every item's
 *       outcome with the Merkle proofs of the leaves it touched. A batch the operator has no record
 *       of was forced in by someone else (anyone may commit once a deposit is overdue): its deposits,
 *       which L1 names, stand in for its transactions. If they make its diff, it is proven like any
 *       other; if not, it holds transactions only its committer knows, and the prover says so and
 *       what the operator must do, and waits: the operator has nothing to commit in its place, so
 *       nothing reverts it on its own.
 *   <li>Check every constraint a circuit would ({@code Circuit}): each transaction's rules 1–7,
 *       each Merkle update from its proof alone, the deposit queue hash, the diff the updates make
 *       against the committed one, the post-root. If one fails, refuse: no proof of the batch
 *       exists (state STUCK), and the executor has the operator revert it.
 *   <li>"Prove" for {@code provingDelay}, reporting progress; then sign the public-input hash with
 *       the prover key (the mock proof) and send {@code proveBatch}.
 *   <li>L1's verifier accepts it (the root is proven) or refuses it (the batch is proven again).
 * </ol>
 *
 * <p>The executor then sends {@code executeBatch} for each proven batch: its root is final at once,
 * and the bridge's relayer pays its withdrawals. When the prover is STUCK, the executor sends the
 * sequencer's {@code revertBatches} and the batcher commits the reverted blocks again, without the
 * transaction that broke a rule.
 *
 * <p>Invariants:
 *
 * <ol>
 *   <li>The honest prover signs only public inputs whose witness satisfies every check.
 *   <li>Batches are proven and executed in order; a batch that cannot be proven stops the proving
 *       of every later batch (the price of having no "invalid transaction" branch in the circuit)
 *       until the operator reverts it.
 *   <li>The state is derived from L1 (the committed diffs); only the transactions, which L1 never
 *       sees, come from the operator, as a zkSync prover gets its witness from the operator.
 *   <li>The proof is a mock, and says so: {@link io.rolluplab.rollup.prover.WhatTheMockProves}.
 * </ol>
 */
package io.rolluplab.rollup.prover;
