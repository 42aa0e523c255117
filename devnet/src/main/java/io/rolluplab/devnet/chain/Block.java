package io.rolluplab.devnet.chain;

import io.rolluplab.devnet.tx.Transaction;
import java.util.List;

/**
 * A sealed block: its header, its transactions in execution order, and one receipt per
 * transaction at the same index. Immutable once mined.
 *
 * @param headerHash the header's hash, computed once: every eth_call, every pending transaction and
 *     every look at the latest block asks for it, and each time it would encode and hash the header
 */
public record Block(BlockHeader header, List<Transaction> transactions, List<Receipt> receipts, byte[] headerHash) {

  public Block(final BlockHeader header, final List<Transaction> transactions, final List<Receipt> receipts) {
    this(header, transactions, receipts, header.hash());
  }

  public Block {
    if (transactions.size() != receipts.size()) {
      throw new IllegalArgumentException("a block needs one receipt per transaction, got "
          + transactions.size() + " transactions and " + receipts.size() + " receipts");
    }
    transactions = List.copyOf(transactions);
    receipts = List.copyOf(receipts);
  }

  public long number() {
    return header.number();
  }

  public byte[] hash() {
    return headerHash.clone();
  }

  @Override
  public byte[] headerHash() {
    return headerHash.clone();
  }
}
