package io.rolluplab.devnet.types;

import io.rolluplab.devnet.crypto.Keccak;
import java.util.ArrayList;
import java.util.List;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.rlp.RlpType;

/**
 * keccak256(RLP(list of logs)): the {@code logs} field of a state test. It checks a transaction's
 * logs in one comparison, the way the state root checks the whole state.
 */
public final class LogsHash {
  private LogsHash() {}

  public static byte[] of(final List<Log> logs) {
    final List<RlpType> encoded = new ArrayList<>(logs.size());
    for (final Log log : logs) {
      encoded.add(rlp(log));
    }
    return Keccak.hash(RlpEncoder.encode(new RlpList(encoded)));
  }

  /** A log as receipts encode it: [address, [topic…], data], each topic its full 32 bytes. */
  public static RlpList rlp(final Log log) {
    final List<RlpType> topics = new ArrayList<>(log.topics().size());
    for (final UInt256 topic : log.topics()) {
      topics.add(RlpString.create(topic.toBytes()));
    }
    return new RlpList(
        RlpString.create(log.address().toArray()),
        new RlpList(topics),
        RlpString.create(log.data()));
  }
}
