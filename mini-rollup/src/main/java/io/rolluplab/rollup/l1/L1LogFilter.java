package io.rolluplab.rollup.l1;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.UInt256;
import io.rolluplab.rollup.contracts.ContractEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Which logs to fetch ({@code eth_getLogs}): those of one contract whose topic {@code i} equals
 * {@code topics[i]} (a null entry matches anything), in blocks {@code fromBlock..toBlock}
 * inclusive. A role polls with a range that starts after the last block it has seen.
 */
public record L1LogFilter(Address address, List<UInt256> topics, long fromBlock, long toBlock) {
  private static final int MAX_TOPICS = 4;

  public L1LogFilter {
    if (address == null) {
      throw new IllegalArgumentException("address: the contract whose logs to fetch is required");
    }
    if (topics.size() > MAX_TOPICS) {
      throw new IllegalArgumentException("topics: a log has at most " + MAX_TOPICS + " topics, got " + topics.size());
    }
    if (fromBlock < 0 || toBlock < fromBlock) {
      throw new IllegalArgumentException("fromBlock/toBlock: expected 0 <= from <= to, got " + fromBlock + ".." + toBlock);
    }
    topics = Collections.unmodifiableList(new ArrayList<>(topics)); // keeps the null wildcards
  }

  /** The logs of {@code event} emitted by {@code address} in the block range. */
  public static L1LogFilter event(final Address address, final ContractEvent event, final long fromBlock,
      final long toBlock) {
    return new L1LogFilter(address, List.of(event.topic()), fromBlock, toBlock);
  }
}
