/**
 * The L1 explorer. Read in this order: {@link io.rolluplab.web.l1.L1Pages} (the routes, pages and
 * JSON twins), {@link io.rolluplab.web.l1.L1Queries} (asks the devnet, builds the view records),
 * {@link io.rolluplab.web.l1.KnownAddresses} (names the rollups' contracts, the batcher and the batch
 * inbox, and the dev accounts, and tells which transactions are batches), and {@link
 * io.rolluplab.web.l1.StepRecorder}, the tracer behind the EVM step trace.
 *
 * <p>Calls, logs and custom errors are named from the rollup contracts' ABIs
 * ({@link io.rolluplab.rollup.contracts.AbiCatalog}). An optimistic batch is no call: it is the call
 * data of the batcher's plain transaction to the inbox, so its page lays out the batch's bytes
 * instead. The receipt keeps no revert data, so a failed transaction is re-executed on the state
 * before it to read why it failed; so is a trace. The devnet keeps the states of the last 256
 * blocks: older transactions cannot be replayed, and the page says so.
 */
package io.rolluplab.web.l1;
