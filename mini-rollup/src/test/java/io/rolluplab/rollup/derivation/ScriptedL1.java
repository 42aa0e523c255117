package io.rolluplab.rollup.derivation;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.Log;
import io.rolluplab.devnet.types.UInt256;
import io.rolluplab.rollup.contracts.ContractEvent;
import io.rolluplab.rollup.l1.L1Block;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1Log;
import io.rolluplab.rollup.l1.L1LogFilter;
import io.rolluplab.rollup.l1.L1SentTransaction;
import io.rolluplab.rollup.l1.UnsupportedL1;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.TypeEncoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Type;
import org.web3j.utils.Numeric;

/**
 * An L1 whose blocks hold only what a test scripts: transactions (their input) that emit contract
 * events, and transactions from an account (a batcher's). Everything a reader does not need is
 * unsupported. It can fail the next log query.
 */
final class ScriptedL1 extends UnsupportedL1 {
  private final List<L1Log> logs = new ArrayList<>();
  private final List<L1SentTransaction> sent = new ArrayList<>();
  private final Map<Bytes32, byte[]> inputs = new HashMap<>();
  private long head;
  private int transactions;
  private boolean failNextQuery;

  /** A new transaction with {@code input} in a new block; its logs follow with {@link #emit}. */
  Bytes32 transaction(final byte[] input) {
    final Bytes32 hash = Bytes32.of(BigInteger.valueOf(0x7700 + ++transactions));
    inputs.put(hash, input.clone());
    head++;
    return hash;
  }

  /** A transaction from {@code from} with {@code nonce} to {@code to}, in a new block. */
  Bytes32 send(final Address from, final long nonce, final Address to, final byte[] data) {
    final Bytes32 hash = transaction(data);
    sent.add(new L1SentTransaction(hash, head, 0, from, nonce, to, data));
    return hash;
  }

  /** Seals {@code count} blocks without transactions. */
  void mineEmptyBlocks(final int count) {
    head += count;
  }

  /** {@code contract} emits {@code event} with {@code values} (all parameters, in order) in transaction {@code tx}. */
  void emit(final Bytes32 tx, final Address contract, final ContractEvent event, final Type<?>... values) {
    final List<UInt256> topics = new ArrayList<>(List.of(event.topic()));
    final List<Type> data = new ArrayList<>();
    final List<TypeReference<Type>> params = event.event().getParameters();
    for (int i = 0; i < values.length; i++) {
      if (params.get(i).isIndexed()) {
        topics.add(UInt256.fromHex("0x" + TypeEncoder.encode(values[i])));
      } else {
        data.add(values[i]);
      }
    }
    final Log log = new Log(contract, topics, Numeric.hexStringToByteArray(FunctionEncoder.encodeConstructor(data)));
    final int index = (int) logs.stream().filter(l -> l.blockNumber() == head).count();
    logs.add(new L1Log(log, head, Bytes32.of(BigInteger.valueOf(head)), tx, index));
  }

  void failNextQuery() {
    failNextQuery = true;
  }

  @Override
  public L1Block latestBlock() {
    return block(head);
  }

  /** Block {@code number}: 12 seconds after the one before. */
  @Override
  public L1Block block(final long number) {
    return new L1Block(number, Bytes32.of(BigInteger.valueOf(number)), time(number));
  }

  static long time(final long number) {
    return 1_700_000_000L + number * 12;
  }

  @Override
  public List<L1SentTransaction> transactionsFrom(final Address from, final long fromBlock, final long toBlock) {
    return sent.stream().filter(tx -> tx.from().equals(from))
        .filter(tx -> tx.blockNumber() >= fromBlock && tx.blockNumber() <= toBlock).toList();
  }

  @Override
  public List<L1Log> logs(final L1LogFilter filter) throws L1Exception {
    if (failNextQuery) {
      failNextQuery = false;
      throw new L1Exception("the L1 node did not answer");
    }
    return logs.stream()
        .filter(l -> l.log().address().equals(filter.address()))
        .filter(l -> l.blockNumber() >= filter.fromBlock() && l.blockNumber() <= filter.toBlock())
        .filter(l -> filter.topics().isEmpty() || l.log().topics().get(0).equals(filter.topics().get(0)))
        .toList();
  }

  @Override
  public byte[] transactionInput(final Bytes32 transactionHash) throws L1Exception {
    final byte[] input = inputs.get(transactionHash);
    if (input == null) {
      throw new L1Exception("no transaction " + transactionHash);
    }
    return input.clone();
  }
}
