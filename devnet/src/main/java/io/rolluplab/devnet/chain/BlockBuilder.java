package io.rolluplab.devnet.chain;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.evm.trace.Tracer;
import io.rolluplab.devnet.state.StateRoot;
import io.rolluplab.devnet.state.WorldState;
import io.rolluplab.devnet.trie.MerklePatriciaTrie;
import io.rolluplab.devnet.trie.OrderedTrie;
import io.rolluplab.devnet.tx.BlockContext;
import io.rolluplab.devnet.tx.InvalidTransactionException;
import io.rolluplab.devnet.tx.Transaction;
import io.rolluplab.devnet.tx.TransactionProcessor;
import io.rolluplab.devnet.tx.TransactionResult;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.Bloom;
import io.rolluplab.devnet.types.Log;
import io.rolluplab.devnet.types.UInt256;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Seals blocks: applies transactions to the chain state one by one, collects their receipts, and
 * fills in the header's commitments (state, transactions and receipts roots, logs bloom).
 */
final class BlockBuilder {
  /** 30 million gas, mainnet's limit when Cancun shipped. */
  static final long GAS_LIMIT = 30_000_000L;
  /** Priority fees go to the zero address, as on anvil, so dev balances change only by their own txs. */
  static final Address COINBASE = Address.ZERO;
  static final byte[] EXTRA_DATA = "Rollup Lab devnet".getBytes(StandardCharsets.US_ASCII);

  private final TransactionProcessor processor;
  private final long chainId;

  /** A sealed block, and the transactions that turned out invalid while sealing it. */
  record Sealed(Block block, List<TxPool.Dropped> rejected) {}

  BlockBuilder(final TransactionProcessor processor, final long chainId) {
    this.processor = processor;
    this.chainId = chainId;
  }

  /**
   * What the transactions of the block after {@code parent} will see. PREVRANDAO, which the beacon
   * chain supplies on mainnet, is keccak256 of the parent hash here: it changes every block and a
   * test can predict it.
   */
  BlockContext nextContext(final Block parentBlock, final long timestamp, final LongFunction<byte[]> blockHashes) {
    final BlockHeader parent = parentBlock.header();
    final byte[] parentHash = parentBlock.hash();
    return new BlockContext(
        chainId,
        COINBASE,
        parent.number() + 1,
        timestamp,
        GAS_LIMIT,
        BaseFee.next(parent.gasLimit(), parent.gasUsed(), parent.baseFeePerGas()),
        UInt256.fromBytes(Keccak.hash(parentHash)),
        BaseFee.blobBaseFee(0),
        blockHashes);
  }

  /** Block 0: no parent, no transactions, {@code state} holds the funded accounts. */
  Block genesis(final WorldState state, final long timestamp) {
    final BlockContext context = new BlockContext(
        chainId, COINBASE, 0, timestamp, GAS_LIMIT, BaseFee.GENESIS, UInt256.ZERO, BaseFee.blobBaseFee(0), n -> null);
    return seal(new byte[32], context, state, List.of(), List.of(), 0);
  }

  /**
   * Applies {@code candidates} in order to {@code state}. A transaction that no longer fits in the
   * block's remaining gas stays out (it waits for the next block); one that is invalid now is
   * rejected and left no trace.
   */
  Sealed build(final BlockHeader parent, final BlockContext context, final WorldState state,
      final List<Transaction> candidates) {
    final List<Transaction> included = new ArrayList<>();
    final List<Receipt> receipts = new ArrayList<>();
    final List<TxPool.Dropped> rejected = new ArrayList<>();
    long gasUsed = 0;
    for (final Transaction tx : candidates) {
      if (tx.gasLimit().compareTo(BigInteger.valueOf(context.gasLimit() - gasUsed)) > 0) {
        continue;
      }
      final TransactionResult result;
      try {
        result = processor.process(state, context, tx, Tracer.NONE);
      } catch (InvalidTransactionException e) {
        rejected.add(new TxPool.Dropped(tx, e));
        continue;
      }
      gasUsed += result.gasUsed();
      included.add(tx);
      receipts.add(new Receipt(result.success(), gasUsed, bloom(result.logs()), result.logs(), tx.type(), tx.hash(),
          result.gasUsed(), result.effectiveGasPrice(), result.createdAddress()));
    }
    return new Sealed(seal(parent.hash(), context, state, included, receipts, gasUsed), rejected);
  }

  private static Block seal(final byte[] parentHash, final BlockContext context, final WorldState state,
      final List<Transaction> transactions, final List<Receipt> receipts, final long gasUsed) {
    final List<Log> allLogs = receipts.stream().flatMap(r -> r.logs().stream()).toList();
    final BlockHeader header = new BlockHeader(
        parentHash,
        BlockHeader.EMPTY_OMMERS_HASH,
        context.coinbase(),
        StateRoot.compute(state),
        OrderedTrie.root(transactions.stream().map(Transaction::raw).toList()),
        OrderedTrie.root(receipts.stream().map(Receipt::encode).toList()),
        bloom(allLogs),
        BigInteger.ZERO,
        context.number(),
        context.gasLimit(),
        gasUsed,
        context.timestamp(),
        EXTRA_DATA,
        context.prevRandao().toBytes(),
        BlockHeader.ZERO_NONCE,
        context.baseFee(),
        MerklePatriciaTrie.EMPTY_ROOT, // no withdrawals: the devnet has no beacon chain
        0,
        0,
        new byte[32]);
    return new Block(header, transactions, receipts);
  }

  private static byte[] bloom(final List<Log> logs) {
    final Bloom bloom = new Bloom();
    logs.forEach(bloom::add);
    return bloom.toBytes();
  }
}
