/**
 * The instructions. An {@link io.rolluplab.devnet.evm.operation.Operation} is one row of data
 * (opcode, name, stack words in and out, static gas) plus its {@link
 * io.rolluplab.devnet.evm.operation.Executor}; the interpreter does the shared checks from that
 * data, so each instruction's method holds only its own semantics.
 *
 * <p>Reading order: {@code Operation} and {@code Executor}, then {@link
 * io.rolluplab.devnet.evm.operation.OperationTable} (all 256 opcode bytes, grouped by the EIP that
 * added them), then one class per family in opcode order: {@code ArithmeticOps}, {@code
 * ComparisonBitwiseOps}, {@code EnvironmentOps}, {@code BlockOps}, {@code StackOps}, {@code
 * MemoryOps}, {@code StorageOps}, {@code FlowOps}, {@code LogOps}, {@code CallOps}, {@code
 * CreateOps}, {@code SystemOps}.
 */
package io.rolluplab.devnet.evm.operation;
