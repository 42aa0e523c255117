package io.rolluplab.rollup.rpc;

import io.rolluplab.devnet.rpc.HexCodec;
import io.rolluplab.devnet.rpc.Params;
import io.rolluplab.devnet.rpc.RpcException;
import io.rolluplab.devnet.rpc.RpcMethods;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.store.BatchTable;
import io.rolluplab.rollup.store.DisputeTable;
import io.rolluplab.rollup.store.RollupStore;
import java.util.List;

/**
 * What only a rollup has, read from the store: its batches on L1 and the disputes about them.
 * Numbers are hex quantities, as in the {@code eth_*} answers.
 */
final class L2RollupMethods {
  static final String GET_BATCH = "rollup_getBatch";
  static final String GET_BATCHES = "rollup_getBatches";
  static final String GET_DISPUTE = "rollup_getDispute";
  /** The most batches one {@code rollup_getBatches} returns. */
  static final int MAX_BATCHES = 100;

  private final RollupStore store;

  L2RollupMethods(final RollupStore store) {
    this.store = store;
  }

  void addTo(final RpcMethods methods) {
    methods.add(GET_BATCH, 1, p -> store.batches().get(p.get(0, "batch index").asLong()).map(this::batch).orElse(null))
        .add(GET_BATCHES, 2, this::batches)
        .add(GET_DISPUTE, 1, p -> store.disputes().get(p.get(0, "game id").asLong()).map(this::dispute).orElse(null));
  }

  private List<RpcBatch> batches(final Params p) throws RpcException {
    final long from = p.get(0, "first batch index").asLong();
    final long count = p.get(1, "count").asLong();
    if (count > MAX_BATCHES) {
      throw RpcException.invalidParams("count: at most " + MAX_BATCHES + " batches per call, got " + count
          + "; page with a larger first index");
    }
    return store.batches().range(from, (int) count).stream().map(this::batch).toList();
  }

  /**
   * A batch and its timeline.
   *
   * @param deflatedBytes what DEFLATE would make of its data: the saving compression would bring
   * @param l1GasPerItem L1 gas its posting cost per item (deposit or transaction), null before it is posted
   */
  record RpcBatch(String index, String status, String firstBlock, String lastBlock, String dataHash, String postRoot,
      String itemCount, String txCount, String dataBytes, String deflatedBytes, String l1Tx, String l1GasUsed,
      String l1GasPerItem, List<RpcStatusChange> timeline) {}

  record RpcStatusChange(String status, String at) {}

  private RpcBatch batch(final BatchTable.Row row) {
    return new RpcBatch(HexCodec.quantity(row.index()), row.status(), HexCodec.quantity(row.firstBlock()),
        HexCodec.quantity(row.lastBlock()), row.dataHash().toHex(), row.postRoot().toHex(),
        HexCodec.quantity(row.itemCount()), HexCodec.quantity(row.txCount()), HexCodec.quantity(row.dataBytes()),
        HexCodec.quantity(row.deflatedBytes()), hex(row.l1Tx()),
        row.l1GasUsed() == null ? null : HexCodec.quantity(row.l1GasUsed()),
        row.l1GasUsed() == null ? null : HexCodec.quantity(row.l1GasPerItem()),
        store.batches().timeline(row.index()).stream()
            .map(c -> new RpcStatusChange(c.status(), c.at().toString())).toList());
  }

  /** A dispute game over a batch's root and its moves, in order. */
  record RpcDispute(String gameId, String batchIndex, String challenger, String status, String disputedItem,
      String winner, String openedAt, String resolvedAt, List<RpcMove> moves) {}

  record RpcMove(int number, String player, String kind, String item, String claimedRoot, String l1Tx, String at) {}

  private RpcDispute dispute(final DisputeTable.Row row) {
    return new RpcDispute(HexCodec.quantity(row.id()), HexCodec.quantity(row.batchIndex()),
        HexCodec.address(row.challenger()), row.status(),
        row.disputedTx() == null ? null : HexCodec.quantity(row.disputedTx()), row.winner(), row.openedAt().toString(),
        row.resolvedAt() == null ? null : row.resolvedAt().toString(),
        store.disputes().moves(row.id()).stream().map(m -> new RpcMove(m.number(), m.player(), m.kind(),
            HexCodec.quantity(m.txIndex()), hex(m.claimedRoot()), hex(m.l1Tx()), m.madeAt().toString())).toList());
  }

  private static String hex(final Bytes32 value) {
    return value == null ? null : value.toHex();
  }
}
