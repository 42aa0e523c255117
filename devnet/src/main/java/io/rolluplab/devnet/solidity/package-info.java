/**
 * Contracts compiled from Solidity, shipped as classpath resources ({@code contracts/<Name>.json}
 * with ABI and bytecode). {@code devnet/scripts/compile-contracts.sh} writes them with the pinned
 * solc from npm, and a test fails when one is stale; {@link
 * io.rolluplab.devnet.solidity.ContractArtifact} reads one back for deployment (the benchmarks'
 * contracts, the rollup's L1 contracts).
 */
package io.rolluplab.devnet.solidity;
