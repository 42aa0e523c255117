/**
 * Watching the EVM work. {@link io.rolluplab.devnet.evm.trace.Tracer} is an interface of no-op
 * default hooks (each {@link io.rolluplab.devnet.evm.trace.Step}, frame enter and exit, logs, gas
 * changes with their {@link io.rolluplab.devnet.evm.trace.GasChangeReason}) plus {@code
 * Tracer.NONE}; a tracer overrides only what it needs. {@code debug_traceTransaction}'s struct
 * logger is one implementation.
 */
package io.rolluplab.devnet.evm.trace;
