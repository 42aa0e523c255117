package io.rolluplab.rollup.batcher;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.sequencer.L2Block;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.store.BatchTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.Deflater;

/**
 * One batch as the batcher builds it: consecutive sealed L2 blocks, encoded as L1 reads them
 * (L2-RULES.md §2). The same blocks always give the same bytes, so a batch recorded before a crash
 * is rebuilt exactly from its block range.
 *
 * @param data the encoded batch data, as posted in calldata
 * @param postRoot the sequencer's state root after the last block
 * @param depositCount the deposit items, which L1 consumes from its queue
 * @param txCount the L2 transactions (the items that are not deposits)
 * @param firstDeposit the queue index of its first deposit item; -1 if it has none
 */
public record Batch(long index, long firstBlock, long lastBlock, byte[] data, Bytes32 dataHash, Bytes32 postRoot,
    int itemCount, int depositCount, int txCount, long firstDeposit) {

  /** The batch holding {@code blocks} (consecutive, non-empty, all with the same L1 fee per byte). */
  public static Batch of(final long index, final List<L2Block> blocks) {
    final List<BatchItem> items = new ArrayList<>();
    blocks.forEach(block -> items.addAll(block.items()));
    final int deposits = (int) items.stream().filter(BatchItem::isDeposit).count();
    final long firstDeposit = items.stream().filter(BatchItem::isDeposit).findFirst().map(BatchItem::depositIndex)
        .orElse(-1L);
    final byte[] data = new BatchData(blocks.get(0).l1FeePerByte(), items).encode();
    final L2Block last = blocks.get(blocks.size() - 1);
    return new Batch(index, blocks.get(0).number(), last.number(), data, Bytes32.wrap(Keccak.hash(data)),
        last.stateRoot(), items.size(), deposits, items.size() - deposits, firstDeposit);
  }

  /**
   * Teaching fault: this batch with its last L2 transaction appended once more, a replay the
   * sequencer refused and the L2 rules make a no-op (rule 5, nonce already used); empty if the
   * batch holds no transaction. The post-state root is the same.
   */
  public Optional<Batch> withReplayedTransaction() {
    final BatchData decoded = BatchData.decode(data);
    final List<BatchItem> items = new ArrayList<>(decoded.items());
    final Optional<BatchItem> last = items.stream().filter(i -> !i.isDeposit()).reduce((a, b) -> b);
    if (last.isEmpty()) {
      return Optional.empty();
    }
    items.add(last.get());
    final byte[] replayed = new BatchData(decoded.l1FeePerByte(), items).encode();
    return Optional.of(new Batch(index, firstBlock, lastBlock, replayed, Bytes32.wrap(Keccak.hash(replayed)), postRoot,
        itemCount + 1, depositCount, txCount + 1, firstDeposit));
  }

  /**
   * What DEFLATE (zlib's algorithm, as in OP's channel compression) makes of the data. The rollup
   * posts it uncompressed, because L1 reads single items in a fraud proof; this is what it gives up.
   */
  public int deflatedSize() {
    final Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    try {
      deflater.setInput(data);
      deflater.finish();
      final byte[] out = new byte[data.length + 64];
      int size = 0;
      while (!deflater.finished()) {
        size += deflater.deflate(out);
      }
      return size;
    } finally {
      deflater.end();
    }
  }

  /** The row the store keeps for it, in status {@code status}, not yet sent. */
  public BatchTable.Row row(final String status) {
    return new BatchTable.Row(index, status, firstBlock, lastBlock, dataHash, postRoot, data.length, null, null,
        itemCount, txCount, deflatedSize());
  }

  @Override
  public byte[] data() {
    return data.clone();
  }
}
