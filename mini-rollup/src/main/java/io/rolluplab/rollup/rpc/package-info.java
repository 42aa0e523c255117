/**
 * The L2's JSON-RPC endpoint ({@link io.rolluplab.rollup.rpc.L2JsonRpcServer}, port 9545): the
 * devnet's server, codec, dispatcher and error codes over methods that read the sequencer.
 *
 * <ol>
 *   <li>A wallet asks which chain this is ({@code eth_chainId}), what to bid ({@code eth_gasPrice},
 *       {@code eth_maxPriorityFeePerGas}, {@code eth_feeHistory}), the gas ({@code eth_estimateGas}:
 *       21000, the only thing this L2 runs) and the sender's nonce ({@code pending}).
 *   <li>It sends the signed transfer ({@code eth_sendRawTransaction}): the sequencer admits it or
 *       refuses it at once with geth's words for the rule, the rule, and what to do.
 *   <li>It polls the receipt, which exists once the block is sealed and carries the fee in its
 *       two parts: {@code l2ExecutionFee} and {@code l1Fee}.
 *   <li>A user who withdrew (a transfer to the withdrawal address) follows it to L1 with
 *       {@code rollup_getWithdrawal(hash)} or {@code rollup_getWithdrawals(address)}: its status,
 *       batch, challenge deadline and the L1 transaction that paid it.
 * </ol>
 *
 * <p>Invariants: a method only reads, except {@code eth_sendRawTransaction}; state is served for
 * the head block (latest) and the pending state only; every failure is a JSON-RPC error object with
 * the devnet's codes (-32700, -32600, -32601, -32602, -32000).
 */
package io.rolluplab.rollup.rpc;
