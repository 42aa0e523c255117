package io.rolluplab.devnet.chain;

import io.rolluplab.devnet.tx.Transaction;
import java.util.List;

/**
 * A sealed block: its header, its transactions in execution order, and one receipt per
 * transaction at the same index. Immutable once mined.
 */
public record Block(BlockHeader header, List<Transaction> transactions, List<Receipt> receipts) {

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
    return header.hash();
  }
}
