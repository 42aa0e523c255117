package io.rolluplab.devnet.chain;

import io.rolluplab.devnet.tx.Transaction;
import io.rolluplab.devnet.tx.TransactionType;
import java.util.List;
import org.web3j.rlp.RlpDecoder;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.rlp.RlpType;

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

  /**
   * The block as the wire protocol carries it ({@code debug_getRawBlock}):
   * {@code RLP([header, transactions, ommers, withdrawals])}. A typed transaction is the byte string
   * {@code type ‖ rlp}, a legacy one its RLP list itself; the devnet has no ommers and, without a
   * beacon chain, no withdrawals.
   */
  public byte[] encode() {
    final List<RlpType> signed = transactions.stream().map(Block::asRlpItem).toList();
    return RlpEncoder.encode(new RlpList(RlpDecoder.decode(header.encode()).getValues().get(0), new RlpList(signed),
        new RlpList(), new RlpList()));
  }

  private static RlpType asRlpItem(final Transaction tx) {
    return tx.type() == TransactionType.LEGACY ? RlpDecoder.decode(tx.raw()).getValues().get(0)
        : RlpString.create(tx.raw());
  }

  public byte[] hash() {
    return headerHash.clone();
  }

  @Override
  public byte[] headerHash() {
    return headerHash.clone();
  }
}
