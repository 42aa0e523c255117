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
 *   <li><b>Withheld data</b>: the batcher posts only {@code H(batchData)}. Nobody can check a root
 *       for it, so L1 accepts none; the challenger says it cannot verify, and drops the batch after
 *       the reveal deadline. The batcher then posts the same blocks again, with their data.
 *   <li><b>Censored deposits</b>: the sequencer leaves deposits out. Once one is overdue, L1 refuses
 *       every batch that skips it ({@code DepositOverdue}); the batcher makes the sequencer include
 *       it and posts again.
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
