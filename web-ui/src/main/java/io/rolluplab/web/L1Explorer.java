package io.rolluplab.web;

import io.rolluplab.devnet.chain.Block;
import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.Receipt;
import io.rolluplab.devnet.tx.Transaction;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.web3j.utils.Convert;
import org.web3j.utils.Numeric;

/**
 * The read side of the L1 pages: asks the {@link Devnet} and turns its blocks and accounts into
 * view records. Pages render these and compute nothing themselves.
 */
public final class L1Explorer {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private final Devnet devnet;

  public L1Explorer(final Devnet devnet) {
    this.devnet = devnet;
  }

  /** The newest {@code count} blocks, newest first, with their transactions. */
  public List<BlockView> latestBlocks(final int count) {
    return devnet.latestBlocks(count).stream().map(L1Explorer::blockView).toList();
  }

  /** The funded dev accounts with their current balances. */
  public List<AccountView> devAccounts() {
    final List<AccountView> views = new ArrayList<>();
    for (final DevAccount account : DevAccounts.all()) {
      views.add(new AccountView(account.index(), account.address().toChecksumHex(), eth(devnet.balance(account.address()))));
    }
    return views;
  }

  private static BlockView blockView(final Block block) {
    final List<TransactionView> transactions = new ArrayList<>();
    for (int i = 0; i < block.transactions().size(); i++) {
      transactions.add(transactionView(block.number(), block.transactions().get(i), block.receipts().get(i)));
    }
    return new BlockView(
        block.number(),
        Numeric.toHexString(block.hash()),
        TIME.format(Instant.ofEpochSecond(block.header().timestamp())),
        block.transactions().size(),
        String.format("%,d", block.header().gasUsed()),
        Convert.fromWei(new BigDecimal(block.header().baseFeePerGas()), Convert.Unit.GWEI).stripTrailingZeros()
            .toPlainString(),
        transactions);
  }

  private static TransactionView transactionView(final long blockNumber, final Transaction tx, final Receipt receipt) {
    final String to = tx.to() != null ? tx.to().toChecksumHex() : "new contract " + receipt.contractAddress();
    return new TransactionView(blockNumber, Numeric.toHexString(tx.hash()), tx.sender().toChecksumHex(), to, eth(tx.value()),
        receipt.success());
  }

  private static String eth(final BigInteger wei) {
    return Convert.fromWei(new BigDecimal(wei), Convert.Unit.ETHER).stripTrailingZeros().toPlainString();
  }
}
