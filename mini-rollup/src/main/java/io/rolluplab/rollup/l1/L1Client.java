package io.rolluplab.rollup.l1;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.web3j.crypto.Credentials;

/**
 * The only way the rollup talks to L1, and all it needs for its roles' observe → decide → act
 * loops: read the chain and its clock, call contracts, read their logs, and send transactions
 * signed by an operator's key. {@link EmbeddedL1} calls the in-process devnet, {@link JsonRpcL1}
 * any Ethereum node over JSON-RPC; the rollup cannot tell them apart, which is the point.
 *
 * <p>Every method may throw {@link L1Exception}, whose message says what to do.
 */
public interface L1Client {

  /** The EIP-155 chain id signed into every L1 transaction. */
  long chainId();

  /** The newest block; its timestamp is "now" on the L1 clock. */
  L1Block latestBlock() throws L1Exception;

  /**
   * Block {@code number}.
   *
   * @throws L1Exception if it does not exist (yet)
   */
  L1Block block(long number) throws L1Exception;

  /** The balance in wei of {@code address} at the latest block. */
  BigInteger balance(Address address) throws L1Exception;

  /**
   * How many transactions from {@code address} L1 has mined ({@code eth_getTransactionCount} at the
   * latest block): the nonce its next transaction takes once those on their way are mined.
   */
  long nonce(Address address) throws L1Exception;

  /**
   * Runs {@code data} on contract {@code to} at the latest block without a transaction
   * ({@code eth_call}) and returns what it returned.
   *
   * @throws L1RevertException if it reverts
   */
  byte[] call(Address to, byte[] data) throws L1Exception;

  /** {@link #call(Address, byte[])} on the state after block {@code blockNumber}. */
  byte[] call(Address to, byte[] data, long blockNumber) throws L1Exception;

  /** The logs matching {@code filter}, oldest first. */
  List<L1Log> logs(L1LogFilter filter) throws L1Exception;

  /**
   * Fills in, signs with {@code from}'s key, sends, and waits until {@code tx} is mined.
   *
   * @return its receipt; always a successful one
   * @throws L1RevertException if it would revert (nothing sent) or did revert (mined, gas paid)
   * @throws L1TimeoutException if it was sent but not mined in time: it may still land
   */
  L1Receipt sendAndWait(Credentials from, L1Transaction tx) throws L1Exception;

  /** Deploys a contract: {@code creationCode} followed by its ABI-encoded constructor arguments. */
  default L1Receipt deploy(final Credentials from, final byte[] creationCode) throws L1Exception {
    return sendAndWait(from, L1Transaction.create(creationCode));
  }

  /**
   * The receipt of a mined transaction, failed or not; empty while it is pending or unknown. A role
   * that restarts with a sent transaction on record asks here before sending it again.
   */
  Optional<L1Receipt> receipt(Bytes32 transactionHash) throws L1Exception;

  /**
   * The input (call data) of a mined transaction. Logs carry only what a contract chose to emit;
   * the data a rollup posts lives here, in the transaction itself, which is why calldata is
   * cheaper than storage and still available to everyone who reads L1.
   *
   * @throws L1Exception if no mined transaction has this hash
   */
  byte[] transactionInput(Bytes32 transactionHash) throws L1Exception;

  /**
   * The transactions of blocks [{@code fromBlock}, {@code toBlock}] sent by {@code from}, oldest
   * first (by block, then by position in the block). A batch sent to an inbox address without code
   * leaves no log, so this is how a rollup finds its batcher's batches: as an OP Stack node reads
   * its batch inbox, block by block.
   */
  List<L1SentTransaction> transactionsFrom(Address from, long fromBlock, long toBlock) throws L1Exception;

  /**
   * Block {@code number}'s header, RLP-encoded; its keccak256 is the block hash. A contract knows
   * the hashes of recent blocks ({@code blockhash}), so from a header it is shown it can check the
   * header's {@code transactionsRoot}, and from that any transaction of the block.
   *
   * @throws L1Exception if the block does not exist (yet)
   */
  byte[] rawHeader(long number) throws L1Exception;

  /** Block {@code number}'s transactions as signed, in block order: the leaves of its transactions trie. */
  List<byte[]> rawTransactions(long number) throws L1Exception;

  /**
   * Dev only: moves the L1 clock so that the next block is at least {@code seconds} later; the
   * latest block's timestamp changes only with that next block (see {@link #mine}).
   *
   * @throws L1UnsupportedException on a node without dev controls
   */
  void increaseTime(long seconds) throws L1Exception;

  /**
   * Dev only: seals a block now with whatever is pending.
   *
   * @throws L1UnsupportedException on a node without dev controls
   */
  L1Block mine() throws L1Exception;
}
