package io.rolluplab.rollup.sequencer;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.execution.Deposit;
import io.rolluplab.rollup.execution.Fee;
import io.rolluplab.rollup.execution.L2StateMachine;
import io.rolluplab.rollup.l2tx.L2Transaction;
import io.rolluplab.rollup.state.Bytes32;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A sealed L2 block: deposits first, in L1 queue order, then transactions in fee order. Every item
 * in it was applied; the batcher posts exactly {@link #items()} with this block's
 * {@code l1FeePerByte} in the batch header, so L1 re-executes them to the same state root.
 *
 * @param stateRoot the L2 state root after its last item
 * @param l1FeePerByte the L1 data price its transactions paid
 */
public record L2Block(
    long number, Bytes32 hash, Bytes32 parentHash, Instant timestamp, Bytes32 stateRoot, long l1FeePerByte,
    List<Deposit> deposits, List<Included> transactions) {

  /**
   * A transaction as sealed: its bytes as signed, the item a batch carries for it (what L1 sees:
   * the compact form of a standard transfer), decoded, and its receipt.
   */
  public record Included(byte[] body, BatchItem item, L2Transaction tx, L2Receipt receipt) {
    /**
     * A transaction from {@code sender} that a block with this {@code l1FeePerByte} applied: a
     * sealed transaction always paid {@link Fee#of its fee}, on its item's length, so its receipt
     * follows from these.
     */
    static Included applied(final Bytes32 hash, final byte[] body, final BatchItem item, final L2Transaction tx,
        final Address sender, final long l1FeePerByte) {
      return new Included(body, item, tx, new L2Receipt(hash, sender, tx.to(), tx.value(), Fee.of(tx, item.length(),
          l1FeePerByte), Fee.price(tx), tx.to().equals(L2StateMachine.WITHDRAWAL_ADDRESS)));
    }
  }

  public L2Block {
    deposits = List.copyOf(deposits);
    transactions = List.copyOf(transactions);
  }

  /** The batch items, in order: what the batcher posts. */
  public List<BatchItem> items() {
    return items(deposits, transactions);
  }

  /** The block holding these items, with its hash computed from its fields. */
  static L2Block seal(final long number, final Bytes32 parentHash, final Instant timestamp, final Bytes32 stateRoot,
      final long l1FeePerByte, final List<Deposit> deposits, final List<Included> transactions) {
    final Bytes32 hash = hash(number, parentHash, timestamp, stateRoot, l1FeePerByte, items(deposits, transactions));
    return new L2Block(number, hash, parentHash, timestamp, stateRoot, l1FeePerByte, deposits, transactions);
  }

  static L2Block genesis(final Bytes32 stateRoot, final Instant timestamp) {
    return seal(0, Bytes32.ZERO, timestamp, stateRoot, 0, List.of(), List.of());
  }

  private static List<BatchItem> items(final List<Deposit> deposits, final List<Included> transactions) {
    final List<BatchItem> items = new ArrayList<>();
    deposits.forEach(d -> items.add(BatchItem.deposit(d.index())));
    transactions.forEach(t -> items.add(t.item()));
    return items;
  }

  /**
   * The block's identity: {@code H(uint64 number ‖ parentHash ‖ uint64 timestamp ‖ stateRoot ‖
   * uint64 l1FeePerByte ‖ H(item leaves))}. Only L2 clients use it; L1 knows batches, not blocks.
   */
  private static Bytes32 hash(final long number, final Bytes32 parentHash, final Instant timestamp,
      final Bytes32 stateRoot, final long l1FeePerByte, final List<BatchItem> items) {
    final ByteBuffer leaves = ByteBuffer.allocate(items.size() * Bytes32.SIZE);
    items.forEach(item -> leaves.put(item.leaf().toArray()));
    final ByteBuffer header = ByteBuffer.allocate(8 + 32 + 8 + 32 + 8 + 32)
        .putLong(number).put(parentHash.toArray()).putLong(timestamp.getEpochSecond()).put(stateRoot.toArray())
        .putLong(l1FeePerByte).put(Keccak.hash(leaves.array()));
    return Bytes32.wrap(Keccak.hash(header.array()));
  }
}
