/**
 * The rollup's one door to L1: {@link io.rolluplab.rollup.l1.L1Client}, with
 * {@link io.rolluplab.rollup.l1.EmbeddedL1} (the in-process devnet) and
 * {@link io.rolluplab.rollup.l1.JsonRpcL1} (any node over JSON-RPC), chosen by
 * {@link io.rolluplab.rollup.l1.L1Config}. Roles depend on the interface only, and their tests
 * drive a fake of it.
 *
 * <p>Invariants, each held by {@code L1ClientContractTest} for both implementations:
 *
 * <ol>
 *   <li>{@code sendAndWait} returns only a mined, successful receipt; anything else is an
 *       {@link io.rolluplab.rollup.l1.L1Exception} that says what to do.
 *   <li>A revert carries its revert data, decoded into our contracts' custom error when it is one.
 *   <li>Concurrent sends from one key get consecutive, distinct nonces and all land.
 *   <li>A retried submission resends the same signed bytes, so the same hash: never a second
 *       transaction.
 *   <li>The L1 clock is the latest block's timestamp; only a dev node lets the rollup move it.
 * </ol>
 */
package io.rolluplab.rollup.l1;
