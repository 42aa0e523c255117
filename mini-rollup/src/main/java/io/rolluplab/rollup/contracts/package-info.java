/**
 * Java bindings of the L1 contracts in {@code mini-rollup/contracts/}: one class per contract
 * ({@link io.rolluplab.rollup.contracts.BridgeContract}, {@code OptimisticRollupContract},
 * {@code DisputeGameContract}, {@code ZkRollupContract}, {@code MockVerifierContract}, and
 * {@code PullPaymentsContract} for the base the rollup and the game share) whose
 * constants are the contract's functions ({@link io.rolluplab.rollup.contracts.ContractFunction})
 * and events ({@link io.rolluplab.rollup.contracts.ContractEvent}), plus
 * {@link io.rolluplab.rollup.contracts.ContractError}, which names the custom error of any revert, and
 * {@link io.rolluplab.rollup.contracts.AbiCatalog}, which names any call, log or error of the contracts
 * from their ABIs (for explorers, which show rather than use them).
 *
 * <p>Invariants, each held by a test:
 *
 * <ol>
 *   <li>The committed artifacts ({@code resources/contracts/*.json}) are what the pinned solc makes
 *       of the sources ({@code SolidityArtifactsTest}; regenerate with
 *       {@code devnet/scripts/compile-contracts.sh}). The same holds for the test-only contracts in
 *       {@code src/test/solidity/} and their artifacts in {@code src/test/resources/contracts/}, which
 *       main never ships.
 *   <li>Every binding declares exactly its contract's functions and events, with the ABI's types
 *       ({@code ContractBindingsTest}).
 *   <li>A call's arguments have the types of the function's signature, or encoding fails.
 * </ol>
 */
package io.rolluplab.rollup.contracts;
