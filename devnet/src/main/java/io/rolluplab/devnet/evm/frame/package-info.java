/**
 * One running call and its parts: {@link io.rolluplab.devnet.evm.frame.Frame} (program counter,
 * gas, stack, memory, code) and its life as a {@link io.rolluplab.devnet.evm.frame.FrameState}.
 *
 * <p>Reading order: {@code Frame}, {@code FrameState}, {@link
 * io.rolluplab.devnet.evm.frame.HaltReason}, {@link io.rolluplab.devnet.evm.frame.Stack}, {@link
 * io.rolluplab.devnet.evm.frame.Memory}, {@link io.rolluplab.devnet.evm.frame.Code} (where jumps
 * may land); last {@code WordMath}, the 256-bit arithmetic done in place on the stack's limbs.
 */
package io.rolluplab.devnet.evm.frame;
