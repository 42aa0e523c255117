package io.rolluplab.devnet.rpc;

import io.rolluplab.devnet.chain.Block;
import io.rolluplab.devnet.chain.Receipt;
import io.rolluplab.devnet.rpc.view.RpcLog;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.Bloom;
import io.rolluplab.devnet.types.Log;
import io.rolluplab.devnet.types.UInt256;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which logs a client wants ({@code eth_getLogs}, a {@code logs} subscription): emitted by one of
 * {@code addresses} (any if empty), with topic i in {@code topics[i]} (any if that entry is null;
 * positions past the list match anything).
 *
 * <p>Before it looks at a block's logs it asks the block's bloom: if the bloom lacks an address or
 * a topic position's values, no log of the block can match and the block is skipped.
 */
public record LogFilter(Set<Address> addresses, List<Set<UInt256>> topics) {
  /** A filter has at most four topic positions, as a log has at most four topics. */
  static final int MAX_TOPICS = 4;

  /**
   * Reads {@code {"address": a | [a…], "topics": [t | [t…] | null, …]}}.
   *
   * @throws RpcException (-32602) naming the bad field
   */
  public static LogFilter parse(final Param filter) throws RpcException {
    final Set<Address> addresses = new HashSet<>();
    for (final Param address : filter.field("address").asListOrSingle()) {
      addresses.add(address.asAddress());
    }
    final List<Param> positions = filter.field("topics").asListOrSingle();
    if (positions.size() > MAX_TOPICS) {
      throw RpcException.invalidParams("invalid params: a filter has at most " + MAX_TOPICS + " topic positions, got "
          + positions.size());
    }
    final List<Set<UInt256>> topics = new ArrayList<>();
    for (final Param position : positions) {
      if (position.isMissing()) {
        topics.add(null);
        continue;
      }
      final Set<UInt256> anyOf = new HashSet<>();
      for (final Param topic : position.asListOrSingle()) {
        anyOf.add(UInt256.fromBytes(topic.asHash()));
      }
      topics.add(anyOf);
    }
    return new LogFilter(addresses, topics);
  }

  public boolean matches(final Log log) {
    if (!addresses.isEmpty() && !addresses.contains(log.address())) {
      return false;
    }
    for (int i = 0; i < topics.size(); i++) {
      final Set<UInt256> anyOf = topics.get(i);
      if (anyOf != null && (i >= log.topics().size() || !anyOf.contains(log.topics().get(i)))) {
        return false;
      }
    }
    return true;
  }

  /** False only if no log in a block with this bloom can match. */
  public boolean mightMatch(final Bloom bloom) {
    if (!addresses.isEmpty() && addresses.stream().noneMatch(bloom::mightContain)) {
      return false;
    }
    for (final Set<UInt256> anyOf : topics) {
      if (anyOf != null && anyOf.stream().noneMatch(bloom::mightContain)) {
        return false;
      }
    }
    return true;
  }

  /** The block's matching logs, in order, with their positions. */
  public List<RpcLog> matchingLogs(final Block block) {
    final List<RpcLog> found = new ArrayList<>();
    if (!mightMatch(Bloom.fromBytes(block.header().logsBloom()))) {
      return found;
    }
    int logIndex = 0;
    for (int tx = 0; tx < block.receipts().size(); tx++) {
      final Receipt receipt = block.receipts().get(tx);
      for (final Log log : receipt.logs()) {
        if (matches(log)) {
          found.add(RpcLog.of(log, block, tx, logIndex));
        }
        logIndex++;
      }
    }
    return found;
  }
}
