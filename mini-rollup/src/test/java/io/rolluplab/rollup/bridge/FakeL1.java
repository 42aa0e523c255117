package io.rolluplab.rollup.bridge;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.Log;
import io.rolluplab.devnet.types.UInt256;
import io.rolluplab.rollup.contracts.BridgeContract;
import io.rolluplab.rollup.l1.L1Block;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1Log;
import io.rolluplab.rollup.l1.L1LogFilter;
import io.rolluplab.rollup.l1.UnsupportedL1;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.web3j.utils.Numeric;

/**
 * An L1 that holds only a head and the Bridge's {@code DepositQueued} logs, and records every
 * range the bridge asks for; everything else is unsupported. It can fail the next log query.
 */
final class FakeL1 extends UnsupportedL1 {
  static final Address BRIDGE = Address.fromHex("0x00000000000000000000000000000000000b1d9e");

  private final List<L1Log> logs = new ArrayList<>();
  final List<L1LogFilter> queries = new ArrayList<>();
  private long head;
  private boolean failNextQuery;

  /** Mines blocks up to {@code number}. */
  void headAt(final long number) {
    head = number;
  }

  /** A deposit logged in block {@code block}; moves the head there if it is behind. */
  void deposit(final long block, final long index, final Address from, final Address to, final BigInteger amount) {
    final List<UInt256> topics = List.of(BridgeContract.DEPOSIT_QUEUED.topic(), UInt256.valueOf(index),
        UInt256.fromBytes(from.toArray()), UInt256.fromBytes(to.toArray()));
    final Log log = new Log(BRIDGE, topics, Numeric.toBytesPadded(amount, 32));
    logs.add(new L1Log(log, block, Bytes32.of(BigInteger.valueOf(block)), Bytes32.of(BigInteger.valueOf(1000 + index)),
        0));
    head = Math.max(head, block);
  }

  void failNextQuery() {
    failNextQuery = true;
  }

  @Override
  public L1Block latestBlock() {
    return new L1Block(head, Bytes32.of(BigInteger.valueOf(head)), 1_700_000_000L + head * 12);
  }

  @Override
  public List<L1Log> logs(final L1LogFilter filter) throws L1Exception {
    queries.add(filter);
    if (failNextQuery) {
      failNextQuery = false;
      throw new L1Exception("the L1 node did not answer");
    }
    return logs.stream()
        .filter(l -> l.log().address().equals(filter.address()) && l.log().topics().get(0).equals(filter.topics().get(0)))
        .filter(l -> l.blockNumber() >= filter.fromBlock() && l.blockNumber() <= filter.toBlock())
        .toList();
  }
}
