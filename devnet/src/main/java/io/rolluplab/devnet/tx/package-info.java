/**
 * Transactions and how one is applied to the state. {@link
 * io.rolluplab.devnet.tx.TransactionProcessor#process} runs the phases of the yellow paper, in
 * order:
 *
 * <ol>
 *   <li>validate (chain id, nonce, a sender without code, gas limit, fees, intrinsic gas,
 *       balance); a broken rule throws {@link io.rolluplab.devnet.tx.InvalidTransactionException}
 *       and changes nothing;
 *   <li>buy gas, the intrinsic cost first;
 *   <li>execute the call or creation on the EVM;
 *   <li>refund, capped by EIP-3529;
 *   <li>reimburse the sender for the gas left;
 *   <li>pay the coinbase its tip; the result is a {@link io.rolluplab.devnet.tx.TransactionResult},
 *       also for a transaction whose code failed.
 * </ol>
 *
 * <p>Reading order: {@link io.rolluplab.devnet.tx.TransactionType}, {@link
 * io.rolluplab.devnet.tx.Transaction} (with {@link io.rolluplab.devnet.tx.AccessListEntry}), {@link
 * io.rolluplab.devnet.tx.BlockContext}, {@code TransactionProcessor}, {@code TransactionResult},
 * {@code InvalidTransactionException}; {@link io.rolluplab.devnet.tx.CallRequest} is the unsigned
 * call of {@code eth_call} and {@code eth_estimateGas}.
 */
package io.rolluplab.devnet.tx;
