/**
 * Teaching faults: a role that misbehaves on purpose, so the protocol's answer can be watched step
 * by step. {@link io.rolluplab.rollup.fault.Faults} holds the switches; the roles ask it before they
 * act.
 *
 * <ol>
 *   <li><b>Wrong root at k</b>: the proposer claims a post-state root whose intermediate roots are
 *       right up to item k and made up after it, and defends them in the bisection. The dispute
 *       game narrows to item k, L1 re-executes it, the proposer loses its bond, the roots from that
 *       batch on are withdrawn, and an honest root is proposed again.
 *   <li><b>Withheld data</b>: the batcher keeps its next batch off L1, and the operator's proposer
 *       claims a root for it all the same. Nobody who reads L1 can check that claim, so the
 *       challenger challenges its data; nobody can show the batch's transaction by the reveal
 *       deadline, so the claim falls with the proposer's bond. The batcher then sends the batch,
 *       with its data.
 *   <li><b>Censored deposits</b>: the sequencer leaves deposits out. Once one is overdue, a batch
 *       that skips it counts as empty (L2-RULES.md §2.2) and L1 refuses a claim that it holds
 *       anything ({@code DepositOverdue}); the batcher, which asks L1 before sending, makes the
 *       sequencer include it first.
 *   <li><b>Replayed withdrawal</b>: the withdrawal relayer sends {@code finalizeWithdrawal} again for
 *       a withdrawal the Bridge already paid. The Bridge remembers every paid withdrawal and refuses
 *       it ({@code WithdrawalAlreadyFinalized}); nobody is paid twice, the replay only burns gas.
 *   <li><b>Smuggled invalid transaction</b>: the batcher adds a replay of one of its batch's
 *       transactions. L1 takes the batch (it reads it, it does not execute it) and the L2 rules make
 *       the copy a no-op, so the optimistic roots stay right; but a validity circuit has no branch
 *       for an invalid transaction, so the zk prover refuses to prove the batch, and the zk rollup
 *       stops proving there.
 *   <li><b>Wrong root with a proof</b> (zk): the prover sends its proof with a made-up post-state
 *       root. The proof is bound to the public inputs (the root among them), so the verifier
 *       refuses it, and the prover proves the batch again.
 *   <li><b>Unregistered prover key</b> (zk): the proof is signed by a key the verifier does not
 *       know; the verifier refuses it.
 * </ol>
 */
package io.rolluplab.rollup.fault;
