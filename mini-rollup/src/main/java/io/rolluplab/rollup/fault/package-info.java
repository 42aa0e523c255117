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
 * </ol>
 */
package io.rolluplab.rollup.fault;
