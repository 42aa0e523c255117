package io.rolluplab.web.l1;

import io.rolluplab.devnet.chain.Block;
import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.IncludedTransaction;
import io.rolluplab.devnet.chain.Receipt;
import io.rolluplab.devnet.chain.StateUnavailableException;
import io.rolluplab.devnet.evm.trace.Tracer;
import io.rolluplab.devnet.tx.Transaction;
import io.rolluplab.devnet.tx.TransactionResult;
import io.rolluplab.devnet.tx.TransactionType;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.Log;
import io.rolluplab.devnet.types.UInt256;
import io.rolluplab.rollup.contracts.AbiCatalog;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.utils.Numeric;

/**
 * The read side of the L1 explorer: asks the {@link Devnet} and turns its blocks, receipts and
 * accounts into view records, naming the rollup contracts' addresses, calls, logs and errors.
 * Pages and the JSON API render these and compute nothing themselves.
 */
public final class L1Queries {
  /** How many transactions an address page lists at most. */
  public static final int MAX_TRANSACTIONS_SHOWN = 50;
  /** How many recent blocks an address page searches for its transactions. */
  public static final int BLOCKS_SEARCHED = 2_000;
  /** Call data shown on a transaction page; a batch's data can be 120 kB. */
  private static final int INPUT_SHOWN = 2_048;
  private static final String ERROR_STRING = "0x08c379a0";
  private static final String PANIC = "0x4e487b71";
  /** Solidity's panic codes (0.8), as its documentation names them. */
  private static final Map<Integer, String> PANICS = Map.of(0x01, "assertion failed", 0x11,
      "arithmetic overflow or underflow", 0x12, "division by zero", 0x21, "invalid enum value", 0x22,
      "bad storage byte array", 0x31, "pop on an empty array", 0x32, "array index out of bounds", 0x41,
      "out of memory", 0x51, "call of a zero function pointer");

  private final Devnet devnet;
  private final KnownAddresses names;

  public L1Queries(final Devnet devnet, final KnownAddresses names) {
    this.devnet = devnet;
    this.names = names;
  }

  public KnownAddresses names() {
    return names;
  }

  public long head() {
    return devnet.latestBlock().number();
  }

  /** The newest {@code count} blocks, newest first. */
  public List<L1BlockSummary> latestBlocks(final int count) {
    return devnet.latestBlocks(count).stream().map(L1Queries::summary).toList();
  }

  /** The transactions of the newest {@code blocks} blocks, newest first, at most {@code count}. */
  public List<L1TxSummary> latestTransactions(final int blocks, final int count) {
    final List<L1TxSummary> transactions = new ArrayList<>();
    for (final Block block : devnet.latestBlocks(blocks)) {
      for (int i = block.transactions().size() - 1; i >= 0 && transactions.size() < count; i--) {
        transactions.add(summary(block, i));
      }
    }
    return transactions;
  }

  public List<DevAccountView> devAccounts() {
    final List<DevAccountView> views = new ArrayList<>();
    for (final DevAccount account : DevAccounts.all()) {
      views.add(new DevAccountView(account.index(), account.address(), devnet.balance(account.address()),
          devnet.nonce(account.address())));
    }
    return views;
  }

  public Optional<L1BlockDetail> block(final long number) {
    final long head = head();
    return devnet.block(number).map(block -> {
      final List<L1TxSummary> transactions = new ArrayList<>();
      for (int i = 0; i < block.transactions().size(); i++) {
        transactions.add(summary(block, i));
      }
      return new L1BlockDetail(summary(block), hex(block.header().parentHash()), hex(block.header().stateRoot()),
          hex(block.header().transactionsRoot()), hex(block.header().receiptsRoot()), head, transactions);
    });
  }

  /**
   * The mined transaction {@code hash} with its receipt; a failed one is replayed to read its revert
   * data (the receipt keeps none).
   */
  public Optional<L1TxDetail> transaction(final byte[] hash) {
    return devnet.transaction(hash).map(found -> {
      final Transaction tx = found.transaction();
      final Receipt receipt = found.receipt();
      final List<L1LogView> logs = new ArrayList<>();
      for (int i = 0; i < receipt.logs().size(); i++) {
        logs.add(logView(i, receipt.logs().get(i)));
      }
      final L1TxSummary summary = summary(found.block(), found.index());
      // a batch is no call: its call data is the batch, whatever its first four bytes look like
      final boolean batch = summary.batch() != null;
      return new L1TxDetail(summary, hex(found.block().hash()),
          Instant.ofEpochSecond(found.block().header().timestamp()), typeName(tx.type()), tx.nonce().longValueExact(),
          tx.gasLimit().longValueExact(), receipt.gasUsed(), receipt.effectiveGasPrice(),
          receipt.effectiveGasPrice().multiply(BigInteger.valueOf(receipt.gasUsed())),
          tx.to() == null || batch ? null : AbiCatalog.call(tx.data()).orElse(null),
          batch ? L1TxDetail.BatchBytes.of(tx.data()) : null, tx.data().length,
          hex(Arrays.copyOf(tx.data(), Math.min(tx.data().length, INPUT_SHOWN))),
          receipt.success() ? null : revert(hash), logs);
    });
  }

  /**
   * Steps {@code from} .. {@code from + limit - 1} of the EVM trace of transaction {@code hash},
   * re-executed on the state before it.
   *
   * @throws StateUnavailableException if its block is older than the states the devnet keeps
   */
  public Optional<L1Trace> trace(final byte[] hash, final long from, final int limit) {
    final StepRecorder recorder = new StepRecorder(from, limit);
    return devnet.trace(hash, recorder).map(result -> new L1Trace(hex(hash), recorder.count(), from, limit,
        result.gasUsed(), result.success(), recorder.steps()));
  }

  /** {@code address} at the head, with its transactions in the last {@link #BLOCKS_SEARCHED} blocks. */
  public L1AddressView address(final Address address) {
    final List<L1TxSummary> transactions = new ArrayList<>();
    final List<Block> blocks = devnet.latestBlocks(BLOCKS_SEARCHED);
    for (final Block block : blocks) {
      for (int i = block.transactions().size() - 1; i >= 0 && transactions.size() < MAX_TRANSACTIONS_SHOWN; i--) {
        final Transaction tx = block.transactions().get(i);
        if (tx.sender().equals(address) || address.equals(tx.to())
            || address.equals(block.receipts().get(i).contractAddress())) {
          transactions.add(summary(block, i));
        }
      }
    }
    final long head = blocks.get(0).number();
    return new L1AddressView(address, names.name(address).orElse(null),
        names.rollupAddress(address).map(KnownAddresses.RollupAddress::role).orElse(null), devnet.balance(address),
        devnet.nonce(address), devnet.code(address).length, transactions, blocks.get(blocks.size() - 1).number(), head);
  }

  private static L1BlockSummary summary(final Block block) {
    return new L1BlockSummary(block.number(), hex(block.hash()), Instant.ofEpochSecond(block.header().timestamp()),
        block.transactions().size(), block.header().gasUsed(), block.header().gasLimit(),
        block.header().baseFeePerGas());
  }

  private L1TxSummary summary(final Block block, final int index) {
    final Transaction tx = block.transactions().get(index);
    final Receipt receipt = block.receipts().get(index);
    final Optional<KnownAddresses.InboxBatch> batch = names.batch(tx);
    return new L1TxSummary(hex(tx.hash()), block.number(), index, tx.sender(), names.name(tx.sender()).orElse(null),
        tx.to(), names.name(tx.to()).orElse(null), receipt.contractAddress(), tx.value(), receipt.success(),
        batch.map(b -> "batch " + b.index()).orElseGet(() -> method(tx)), batch.orElse(null));
  }

  private static String method(final Transaction tx) {
    if (tx.to() == null) {
      return "create";
    }
    if (tx.data().length == 0) {
      return "transfer";
    }
    return AbiCatalog.call(tx.data()).map(AbiCatalog.Decoded::name)
        .orElseGet(() -> hex(Arrays.copyOf(tx.data(), Math.min(4, tx.data().length))));
  }

  private L1LogView logView(final int index, final Log log) {
    return new L1LogView(index, log.address(), names.name(log.address()).orElse(null),
        AbiCatalog.event(log).orElse(null), log.topics().stream().map(UInt256::toHex).toList(), hex(log.data()));
  }

  /** Why the mined transaction {@code hash} failed: replayed, since the receipt keeps no revert data. */
  private Revert revert(final byte[] hash) {
    final TransactionResult result;
    try {
      result = devnet.trace(hash, Tracer.NONE).orElseThrow();
    } catch (StateUnavailableException e) {
      return new Revert("unknown: its block is older than the states the devnet keeps, so it cannot be replayed ("
          + e.getMessage() + ")", null, null);
    }
    final byte[] data = result.output() == null ? new byte[0] : result.output();
    if (!result.reverted()) {
      return new Revert(result.error() + ": the EVM halted (no revert data)", null, hex(data));
    }
    final Optional<AbiCatalog.Decoded> error = AbiCatalog.error(data);
    if (error.isPresent()) {
      return new Revert(error.get().name() + error.get().values().stream().map(v -> v.name() + ": " + v.value())
          .toList().toString().replace('[', '(').replace(']', ')'), error.get(), hex(data));
    }
    return new Revert(standardReason(data), null, hex(data));
  }

  /** A revert without a rollup error: Solidity's {@code Error(string)} or {@code Panic(uint256)}, else raw. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static String standardReason(final byte[] data) {
    if (data.length == 0) {
      return "reverted without a reason";
    }
    final String selector = hex(Arrays.copyOf(data, 4));
    final String args = hex(Arrays.copyOfRange(data, Math.min(4, data.length), data.length));
    if (selector.equals(ERROR_STRING)) {
      final List<Type> message = FunctionReturnDecoder.decode(args, (List) List.of(TypeReference.create(Utf8String.class)));
      return "reverted: \"" + message.get(0).getValue() + "\"";
    }
    if (selector.equals(PANIC)) {
      final List<Type> panic = FunctionReturnDecoder.decode(args, (List) List.of(TypeReference.create(Uint256.class)));
      final int code = ((BigInteger) panic.get(0).getValue()).intValue();
      return "panic 0x" + Integer.toHexString(code) + ": " + PANICS.getOrDefault(code, "an unknown panic code");
    }
    return "reverted with data the rollup contracts do not declare (selector " + selector + ")";
  }

  private static String typeName(final TransactionType type) {
    return switch (type) {
      case LEGACY -> "legacy";
      case ACCESS_LIST -> "EIP-2930";
      case EIP1559 -> "EIP-1559";
    };
  }

  private static String hex(final byte[] bytes) {
    return Numeric.toHexString(bytes);
  }
}
