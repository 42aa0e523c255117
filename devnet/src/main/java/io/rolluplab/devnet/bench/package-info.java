/**
 * Benchmarks behind the {@code bench} and {@code rpc-bench} sub-commands. They print figures and
 * assert nothing. {@link io.rolluplab.devnet.bench.EvmBench} measures the EVM in Mgas/s and {@link
 * io.rolluplab.devnet.bench.SignatureBench} secp256k1 signing and recovery in µs; {@link
 * io.rolluplab.devnet.bench.RpcBench} measures the JSON-RPC server as a client sees it, with
 * {@link io.rolluplab.devnet.bench.RpcBenchClient} and {@link
 * io.rolluplab.devnet.bench.StartupBench}. The contracts they run come from {@link
 * io.rolluplab.devnet.solidity.ContractArtifact}.
 */
package io.rolluplab.devnet.bench;
