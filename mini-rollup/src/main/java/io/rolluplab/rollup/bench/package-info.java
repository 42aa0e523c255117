/**
 * The benchmark behind the {@code rollup-bench} sub-command: L2 transfers per second end to end
 * ({@link io.rolluplab.rollup.bench.RollupBench}), with {@link io.rolluplab.rollup.bench.TransferClient}
 * as the users and {@link io.rolluplab.rollup.bench.TimedL1} writing down what the node sends to
 * L1. It prints figures and asserts nothing about them.
 */
package io.rolluplab.rollup.bench;
