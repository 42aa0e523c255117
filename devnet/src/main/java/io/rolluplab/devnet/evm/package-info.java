/**
 * The Ethereum Virtual Machine as the devnet runs it (Cancun). Start with {@link
 * io.rolluplab.devnet.evm.Evm}: {@code execute} runs a {@link io.rolluplab.devnet.evm.Message} and
 * every call it makes, and its private {@code interpret} is the interpreter loop:
 *
 * <ol>
 *   <li>fetch the opcode at the program counter;
 *   <li>look up its {@link io.rolluplab.devnet.evm.operation.Operation} in the table;
 *   <li>check the stack: enough words in, no more than 1024 after;
 *   <li>charge the static gas;
 *   <li>move the PC past the opcode and execute it (dynamic gas, memory growth, the effect);
 *   <li>tell the tracer;
 *   <li>repeat until the frame halts, returns, reverts or suspends for a child call.
 * </ol>
 *
 * <p>A CALL or CREATE suspends its frame and pushes the child's onto an explicit frame stack, so
 * deep calls never mean deep Java recursion. Then read {@link io.rolluplab.devnet.evm.Environment}
 * (what all frames of a transaction share), {@link io.rolluplab.devnet.evm.MessageResult}, {@link
 * io.rolluplab.devnet.evm.Fork} and {@link io.rolluplab.devnet.evm.ContractAddress}. The
 * sub-packages hold the parts: {@code frame} (stack, memory, code), {@code operation} (the
 * instructions), {@code gas} (what each step costs), {@code precompile} and {@code trace}.
 */
package io.rolluplab.devnet.evm;
