/**
 * The L1 chain of the devnet: blocks and their headers, receipts, the fee market, the clock, the
 * transaction pool, mining, and the {@link io.rolluplab.devnet.chain.Devnet} facade that ties them
 * together.
 *
 * <p>Life of a transaction:
 *
 * <ol>
 *   <li>{@link io.rolluplab.devnet.chain.Devnet#submit} decodes it and runs it on a copy of the
 *       pending state; a broken rule is reported at once and changes nothing.
 *   <li>It waits in the {@link io.rolluplab.devnet.chain.TxPool}.
 *   <li>The {@link io.rolluplab.devnet.chain.Miner} decides when a block is sealed: at once
 *       (automine), every N seconds (interval) or only when asked (manual).
 *   <li>The {@link io.rolluplab.devnet.chain.BlockBuilder} applies the pool's transactions, best
 *       tip first, to the chain state and commits to the result in the header's roots.
 * </ol>
 *
 * <p>With a data directory, {@link io.rolluplab.devnet.chain.Devnet#open} keeps the chain in a
 * {@link io.rolluplab.devnet.chain.ChainJournal}: each block's transactions and timestamp are
 * fsynced there before anyone hears of the block, and a restart re-executes them.
 */
package io.rolluplab.devnet.chain;
