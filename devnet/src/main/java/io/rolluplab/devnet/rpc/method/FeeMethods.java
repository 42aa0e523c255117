package io.rolluplab.devnet.rpc.method;

import io.rolluplab.devnet.chain.BaseFee;
import io.rolluplab.devnet.chain.Block;
import io.rolluplab.devnet.chain.BlockHeader;
import io.rolluplab.devnet.rpc.ChainQueries;
import io.rolluplab.devnet.rpc.DevAccountSigner;
import io.rolluplab.devnet.rpc.HexCodec;
import io.rolluplab.devnet.rpc.Param;
import io.rolluplab.devnet.rpc.Params;
import io.rolluplab.devnet.rpc.RpcException;
import io.rolluplab.devnet.rpc.RpcMethods;
import io.rolluplab.devnet.tx.TransactionProcessor;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * What to bid: wallets ask for a gas price (legacy), a priority fee (EIP-1559), or the recent
 * history of base fees and tips to choose from themselves. The devnet suggests a 1 gwei tip on top
 * of the next block's base fee.
 */
public final class FeeMethods {
  public static final String GAS_PRICE = "eth_gasPrice";
  public static final String MAX_PRIORITY_FEE_PER_GAS = "eth_maxPriorityFeePerGas";
  public static final String FEE_HISTORY = "eth_feeHistory";
  /** As geth: a longer history is refused rather than computed. */
  public static final int MAX_HISTORY_BLOCKS = 1024;

  private final ChainQueries queries;

  public FeeMethods(final ChainQueries queries) {
    this.queries = queries;
  }

  public void addTo(final RpcMethods methods) {
    methods.add(GAS_PRICE, 0, p -> HexCodec.quantity(queries.devnet().nextBaseFee().add(DevAccountSigner.DEFAULT_TIP)))
        .add(MAX_PRIORITY_FEE_PER_GAS, 0, p -> HexCodec.quantity(DevAccountSigner.DEFAULT_TIP))
        .add(FEE_HISTORY, 3, this::feeHistory);
  }

  /** The fee facts of the blocks up to {@code newestBlock}, oldest first. */
  public record FeeHistory(
      String oldestBlock,
      List<String> baseFeePerGas,
      List<Double> gasUsedRatio,
      List<String> baseFeePerBlobGas,
      List<Double> blobGasUsedRatio,
      List<List<String>> reward) {}

  private Object feeHistory(final Params p) throws RpcException {
    final long count = p.get(0, "block count").asLongOrNumber();
    if (count < 1 || count > MAX_HISTORY_BLOCKS) {
      throw RpcException.invalidParams("invalid params: " + FEE_HISTORY + " params[0] (block count): expected 1 to "
          + MAX_HISTORY_BLOCKS + " blocks, got " + count);
    }
    final Block newest = queries.block(p.get(1, "newest block").asBlockTag())
        .orElseThrow(() -> RpcException.server("the newest block asked for does not exist yet; the latest block is "
            + queries.devnet().latestBlock().number()));
    final double[] percentiles = percentiles(p.get(2, "reward percentiles"));
    final long oldest = Math.max(0, newest.number() - count + 1);
    final List<String> baseFees = new ArrayList<>();
    final List<Double> ratios = new ArrayList<>();
    final List<List<String>> rewards = new ArrayList<>();
    for (long n = oldest; n <= newest.number(); n++) {
      final Block block = queries.devnet().block(n).orElseThrow();
      final BlockHeader h = block.header();
      baseFees.add(HexCodec.quantity(h.baseFeePerGas()));
      ratios.add((double) h.gasUsed() / h.gasLimit());
      if (percentiles != null) {
        rewards.add(rewards(tips(block), percentiles));
      }
    }
    final BlockHeader h = newest.header();
    baseFees.add(HexCodec.quantity(BaseFee.next(h.gasLimit(), h.gasUsed(), h.baseFeePerGas())));
    final int blocks = ratios.size();
    // the devnet carries no blobs: blob gas is always at its minimum price and unused
    final List<String> blobBaseFees = Collections.nCopies(blocks + 1, HexCodec.quantity(BaseFee.blobBaseFee(0)));
    return new FeeHistory(HexCodec.quantity(oldest), baseFees, ratios, blobBaseFees,
        Collections.nCopies(blocks, 0.0), percentiles == null ? null : rewards);
  }

  /**
   * The optional third param of {@code eth_feeHistory}: ascending percentiles from 0 to 100, or
   * null when absent. Public with {@link #rewards(List, double[])} for the L2 node's fee history.
   */
  public static double[] percentiles(final Param param) throws RpcException {
    if (param.isMissing()) {
      return null;
    }
    final List<Param> items = param.asListOrSingle();
    final double[] values = new double[items.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = items.get(i).asNumber();
      if (values[i] < 0 || values[i] > 100 || (i > 0 && values[i] < values[i - 1])) {
        throw RpcException.invalidParams("invalid params: " + FEE_HISTORY + " params[2] (reward percentiles): "
            + "expected ascending numbers from 0 to 100, got " + values[i] + " at position " + i);
      }
    }
    return values;
  }

  /** The tip each transaction of the block paid per gas, with the gas it used. */
  private static List<TipAndGas> tips(final Block block) {
    final BigInteger baseFee = block.header().baseFeePerGas();
    final List<TipAndGas> txs = new ArrayList<>();
    for (int i = 0; i < block.transactions().size(); i++) {
      final BigInteger paid = TransactionProcessor.effectiveGasPrice(block.transactions().get(i), baseFee);
      txs.add(new TipAndGas(paid.subtract(baseFee), block.receipts().get(i).gasUsed()));
    }
    return txs;
  }

  /**
   * The tip at each percentile of a block's gas: the transactions sorted by tip, each weighted by
   * the gas it used, as geth computes it. An empty block rewards 0.
   */
  public static List<String> rewards(final List<TipAndGas> block, final double[] percentiles) {
    final List<TipAndGas> txs = new ArrayList<>(block);
    txs.sort(Comparator.comparing(TipAndGas::tip));
    final long gasUsed = txs.stream().mapToLong(TipAndGas::gasUsed).sum();
    final List<String> rewards = new ArrayList<>();
    for (final double percentile : percentiles) {
      final double threshold = gasUsed * percentile / 100;
      long cumulativeGas = 0;
      BigInteger reward = BigInteger.ZERO;
      for (final TipAndGas tx : txs) {
        cumulativeGas += tx.gasUsed();
        reward = tx.tip();
        if (cumulativeGas >= threshold) {
          break;
        }
      }
      rewards.add(HexCodec.quantity(reward));
    }
    return rewards;
  }

  /** One transaction of a block: what it paid per gas above the base fee, and its gas. */
  public record TipAndGas(BigInteger tip, long gasUsed) {}
}
