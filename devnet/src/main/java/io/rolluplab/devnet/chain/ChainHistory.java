package io.rolluplab.devnet.chain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.web3j.utils.Numeric;

/**
 * The sealed blocks, genesis first, with lookups by number, block hash and transaction hash. Only
 * grows, except when {@code evm_revert} cuts it back. Not thread-safe; the {@link Devnet} guards it.
 */
final class ChainHistory {
  private final List<Block> blocks = new ArrayList<>();
  /** Hex hash → block; hex because arrays compare by identity. */
  private final Map<String, Block> blocksByHash = new HashMap<>();
  private final Map<String, IncludedTransaction> transactionsByHash = new HashMap<>();

  void append(final Block block) {
    if (block.number() != blocks.size()) {
      throw new IllegalStateException("block " + block.number() + " cannot follow block " + (blocks.size() - 1));
    }
    blocks.add(block);
    blocksByHash.put(key(block.hash()), block);
    for (int i = 0; i < block.transactions().size(); i++) {
      final IncludedTransaction included =
          new IncludedTransaction(block.transactions().get(i), block.receipts().get(i), block, i);
      transactionsByHash.put(key(included.transaction().hash()), included);
    }
  }

  /** Drops every block after the first {@code count}. */
  void truncate(final int count) {
    while (blocks.size() > count) {
      final Block removed = blocks.remove(blocks.size() - 1);
      blocksByHash.remove(key(removed.hash()));
      removed.transactions().forEach(tx -> transactionsByHash.remove(key(tx.hash())));
    }
  }

  int size() {
    return blocks.size();
  }

  Block head() {
    return blocks.get(blocks.size() - 1);
  }

  Optional<Block> byNumber(final long number) {
    return number >= 0 && number < blocks.size() ? Optional.of(blocks.get((int) number)) : Optional.empty();
  }

  Optional<Block> byHash(final byte[] hash) {
    return Optional.ofNullable(blocksByHash.get(key(hash)));
  }

  Optional<IncludedTransaction> transaction(final byte[] hash) {
    return Optional.ofNullable(transactionsByHash.get(key(hash)));
  }

  /** The hash of block {@code number}, or null if there is no such block (BLOCKHASH returns 0). */
  byte[] hashOf(final long number) {
    return byNumber(number).map(Block::hash).orElse(null);
  }

  /** The newest {@code count} blocks, newest first. */
  List<Block> latest(final int count) {
    final List<Block> newestFirst = new ArrayList<>();
    for (int i = blocks.size() - 1; i >= 0 && newestFirst.size() < count; i--) {
      newestFirst.add(blocks.get(i));
    }
    return newestFirst;
  }

  private static String key(final byte[] hash) {
    return Numeric.toHexString(hash);
  }
}
