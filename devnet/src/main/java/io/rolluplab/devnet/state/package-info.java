/**
 * The world state: accounts with their nonce, balance, code and storage, and how a block header
 * commits to them.
 *
 * <p>Reading order: {@link io.rolluplab.devnet.state.Account}, {@link
 * io.rolluplab.devnet.state.WorldState} (every change goes through it and is journaled, together
 * with the per-transaction substate: warm addresses and slots, transient storage, logs, refunds),
 * {@link io.rolluplab.devnet.state.JournalEntry} (how a snapshot is reverted), then {@link
 * io.rolluplab.devnet.state.StateRoot} (the Merkle Patricia Trie root of it all, built with {@code
 * io.rolluplab.devnet.trie}).
 */
package io.rolluplab.devnet.state;
