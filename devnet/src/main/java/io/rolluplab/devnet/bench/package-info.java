/**
 * Benchmarks behind the {@code bench} and {@code rpc-bench} sub-commands. They print figures and
 * assert nothing. {@link io.rolluplab.devnet.bench.EvmBench} measures the EVM in Mgas/s; {@link
 * io.rolluplab.devnet.bench.RpcBench} measures the JSON-RPC server as a client sees it, with
 * {@link io.rolluplab.devnet.bench.RpcBenchClient} and {@link
 * io.rolluplab.devnet.bench.StartupBench}; {@link io.rolluplab.devnet.bench.ContractArtifact}
 * loads the compiled contracts they run.
 */
package io.rolluplab.devnet.bench;
