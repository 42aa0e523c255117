/**
 * The small value types the rest of the devnet is written in: {@link
 * io.rolluplab.devnet.types.UInt256} (a 256-bit word), {@link io.rolluplab.devnet.types.Address},
 * {@link io.rolluplab.devnet.types.Log} (an event a contract emitted), {@link
 * io.rolluplab.devnet.types.Bloom} (the logs bloom of receipts and headers) and {@link
 * io.rolluplab.devnet.types.LogsHash} (a transaction's logs in one hash, as the state tests check
 * them).
 */
package io.rolluplab.devnet.types;
