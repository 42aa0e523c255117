package io.rolluplab.rollup.sequencer;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.state.Account;
import io.rolluplab.rollup.state.Bytes32;
import java.util.Optional;

/** What the L2 RPC and the UI read from the sequencer; nothing here changes anything. */
public interface SequencerQueries {
  long l2ChainId();

  /** The newest sealed block (block 0, the empty genesis, before any other). */
  L2Block head();

  Optional<L2Block> block(long number);

  Optional<L2Block> block(Bytes32 hash);

  /** A sealed transaction, or one still in the mempool. */
  Optional<TransactionLookup> transaction(Bytes32 hash);

  /**
   * An account after the head block, or as pending: with the waiting deposits it receives and its
   * pending transactions' costs and nonces. Pending transfers <em>to</em> it are not counted, so
   * any order of the next block can pay for what it sends.
   */
  Account account(Address address, boolean pending);

  /** Transactions in the mempool, ready and held back. */
  int pendingCount();

  int waitingDeposits();

  SequencerState state();

  /** Whether blocks take only deposits for now, because the batcher lags too far behind. */
  boolean throttled();

  /** What a byte of transaction costs on L1 now: the L1 data fee a new transaction pays. */
  long l1FeePerByte();
}
