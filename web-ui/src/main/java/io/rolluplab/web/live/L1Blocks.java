package io.rolluplab.web.live;

import io.rolluplab.devnet.chain.Block;
import io.rolluplab.devnet.chain.Receipt;
import io.rolluplab.devnet.tx.Transaction;
import io.rolluplab.devnet.types.Log;
import io.rolluplab.rollup.contracts.AbiCatalog;
import io.rolluplab.web.l1.KnownAddresses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * New L1 blocks as one sentence of the feed: their numbers, their transactions, and what each holds
 * for the rollups, with its rollup and batch: "L1 block 812, 2 transactions: batch 14 to the inbox,
 * proposeRoot (optimistic batch 13)." A batch is the batcher's plain transaction to the inbox, no
 * contract call (L2-RULES.md §2.2). A run of blocks is one sentence, the calls counted by name
 * ("proposeRoot ×6 (optimistic batches 14–19)", "6 batches to the inbox (optimistic batches 15–20)"),
 * so a feed does not drown in the hundreds of blocks a second a bench-like load mines.
 */
final class L1Blocks {
  private L1Blocks() {}

  /**
   * What a transaction of the run is, counted with its like: a call of one rollup's contract
   * function ({@code name} says if it reverted), or, with {@code name} null, a batch its batcher
   * sent {@code to} ("to the inbox").
   */
  private record Kind(String rollup, String name, String to) {}

  /** The transactions of one kind in the run, and the batches they name. */
  private static final class Calls {
    int count;
    final TreeSet<Long> batches = new TreeSet<>();
  }

  /** The sentence for {@code blocks} (oldest first, at least one), naming contracts by {@code names}. */
  static String describe(final List<Block> blocks, final KnownAddresses names) {
    final Map<Kind, Calls> calls = new LinkedHashMap<>();
    int transactions = 0;
    int others = 0;
    for (final Block block : blocks) {
      for (int i = 0; i < block.transactions().size(); i++) {
        transactions++;
        final Transaction tx = block.transactions().get(i);
        final Receipt receipt = block.receipts().get(i);
        final Optional<KnownAddresses.InboxBatch> batch = names.batch(tx);
        if (batch.isPresent()) {
          final Calls seen = calls.computeIfAbsent(new Kind(batch.get().rollup(), null, batch.get().destination()),
              key -> new Calls());
          seen.count++;
          seen.batches.add(batch.get().index());
          continue;
        }
        final Optional<KnownAddresses.RollupAddress> contract = names.rollupAddress(tx.to());
        final Optional<AbiCatalog.Decoded> call = contract.isEmpty() ? Optional.empty() : decode(tx);
        if (call.isEmpty()) {
          others++;
          continue;
        }
        final String name = call.get().name() + (receipt.success() ? "" : ", reverted");
        final Calls seen = calls.computeIfAbsent(new Kind(contract.get().rollup(), name, null), key -> new Calls());
        seen.count++;
        batchIndex(call.get(), receipt, names).ifPresent(seen.batches::add);
      }
    }
    final long first = blocks.get(0).number();
    final long last = blocks.get(blocks.size() - 1).number();
    final String which = first == last ? "L1 block " + first : "L1 blocks " + first + "–" + last;
    if (transactions == 0) {
      return which + ", " + (first == last ? "empty." : "all empty.");
    }
    final List<String> parts = new ArrayList<>();
    calls.forEach((kind, seen) -> parts.add(phrase(kind, seen)));
    if (others > 0) {
      parts.add(others + (parts.isEmpty() ? "" : " other") + (others == 1 ? " transaction" : " transactions")
          + " with no rollup call");
    }
    return which + ", " + transactions + (transactions == 1 ? " transaction: " : " transactions: ")
        + String.join(", ", parts) + ".";
  }

  /**
   * The rollup function {@code tx} calls; empty if its data does not decode as one (anyone may send
   * any bytes to a contract, and the feed must go on).
   */
  private static Optional<AbiCatalog.Decoded> decode(final Transaction tx) {
    try {
      return AbiCatalog.call(tx.data());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * {@code proposeRoot ×6 (optimistic batches 14–19)}; for batches {@code batch 14 to the inbox}, or
   * {@code 6 batches to the inbox (optimistic batches 14–19)}.
   */
  private static String phrase(final Kind kind, final Calls seen) {
    if (kind.name() == null) {
      return seen.batches.size() == 1 ? "batch " + seen.batches.first() + " " + kind.to()
          : seen.count + " batches " + kind.to() + " (" + kind.rollup() + " batches " + seen.batches.first() + "–"
              + seen.batches.last() + ")";
    }
    final String batches = seen.batches.isEmpty() ? ""
        : seen.batches.size() == 1 ? " batch " + seen.batches.first()
        : " batches " + seen.batches.first() + "–" + seen.batches.last();
    return kind.name() + (seen.count > 1 ? " ×" + seen.count : "") + " (" + kind.rollup() + batches + ")";
  }

  /**
   * The batch a call is about: its {@code batchIndex} argument, else the one its logs name (a zk
   * commit learns its index from L1).
   */
  private static Optional<Long> batchIndex(final AbiCatalog.Decoded call, final Receipt receipt,
      final KnownAddresses names) {
    final Optional<Long> argument = named(call);
    if (argument.isPresent()) {
      return argument;
    }
    for (final Log log : receipt.logs()) {
      if (names.rollupAddress(log.address()).isEmpty()) {
        continue; // only the rollup contracts' own logs are sure to decode as their ABIs say
      }
      final Optional<Long> logged = AbiCatalog.event(log).flatMap(L1Blocks::named);
      if (logged.isPresent()) {
        return logged;
      }
    }
    return Optional.empty();
  }

  private static Optional<Long> named(final AbiCatalog.Decoded decoded) {
    return decoded.values().stream().filter(value -> value.name().equals("batchIndex"))
        .map(value -> Long.parseLong(value.value())).findFirst();
  }
}
