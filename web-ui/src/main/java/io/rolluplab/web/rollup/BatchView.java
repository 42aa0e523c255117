package io.rolluplab.web.rollup;

import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.store.BatchTable;

/**
 * One batch as the batch lists show it.
 *
 * @param status where it stands ("posted", "proposed", "final", "proving", "executed", …)
 * @param colour its status colour class in the stylesheet
 * @param items deposits and transactions
 * @param dataBytes the size of its data in L1 call data
 * @param deflatedBytes the same data after DEFLATE: what compression would post instead
 * @param l1Tx the L1 transaction that carried it (optimistic: the batcher's transaction to the inbox), null
 *     before it was sent
 * @param l1GasUsed what that transaction cost, null before its receipt
 */
public record BatchView(long index, String status, String colour, long firstBlock, long lastBlock, int items,
    int transactions, int dataBytes, int deflatedBytes, Bytes32 dataHash, Bytes32 postRoot, Bytes32 l1Tx,
    Long l1GasUsed) {

  static BatchView of(final BatchTable.Row row) {
    return new BatchView(row.index(), row.status(), colour(row.status()), row.firstBlock(), row.lastBlock(),
        row.itemCount(), row.txCount(), row.dataBytes(), row.deflatedBytes(), row.dataHash(), row.postRoot(),
        row.l1Tx(), row.l1GasUsed());
  }

  /** The share of the bytes DEFLATE saves, in whole percent. */
  public long deflateSavingPercent() {
    return dataBytes == 0 ? 0 : Math.round(100.0 * (dataBytes - deflatedBytes) / dataBytes);
  }

  /** L1 gas per item, 0 before the receipt. */
  public long l1GasPerItem() {
    return l1GasUsed == null || items == 0 ? 0 : l1GasUsed / items;
  }

  /**
   * The stylesheet's colour for a batch status, the same on every page: sequenced grey, posted blue,
   * challenge window amber, proving purple, proven and final green, disputed and rejected red.
   */
  static String colour(final String status) {
    return switch (status) {
      case "posted", "intended", "withheld" -> "posted";
      case "proposed" -> "challenge";
      case "proving" -> "proving";
      case "proven", "final", "executed" -> "final";
      case "refused", "rolled-back", "unprovable", "disputed" -> "rejected";
      default -> "sequenced";
    };
  }
}
