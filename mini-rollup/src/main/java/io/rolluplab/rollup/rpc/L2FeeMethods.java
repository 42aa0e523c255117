package io.rolluplab.rollup.rpc;

import io.rolluplab.devnet.rpc.HexCodec;
import io.rolluplab.devnet.rpc.Params;
import io.rolluplab.devnet.rpc.RpcException;
import io.rolluplab.devnet.rpc.RpcMethods;
import io.rolluplab.devnet.rpc.method.FeeMethods;
import io.rolluplab.devnet.rpc.method.FeeMethods.FeeHistory;
import io.rolluplab.devnet.rpc.method.FeeMethods.TipAndGas;
import io.rolluplab.rollup.execution.Fee;
import io.rolluplab.rollup.l2tx.CompactTransfer;
import io.rolluplab.rollup.sequencer.L2Block;
import io.rolluplab.rollup.sequencer.SequencerQueries;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What to bid on the L2: its base fee is a constant of the rules (1 gwei), and the tip only orders
 * the mempool, so a small one is suggested. The L1 data fee is not part of any gas price: it is
 * charged per byte on top (see the receipt's {@code l1Fee}).
 */
final class L2FeeMethods {
  /**
   * The suggested tip: 0.001 gwei, enough to be ahead of transactions that tip nothing. It is the
   * standard transfer's tip, so a wallet that signs it with a cap of 2 · base fee + tip (as ethers
   * does) sends a transfer a batch carries in its short compact form (L2-RULES.md §2).
   */
  static final BigInteger SUGGESTED_TIP = CompactTransfer.STANDARD_TIP;

  private final SequencerQueries sequencer;

  L2FeeMethods(final SequencerQueries sequencer) {
    this.sequencer = sequencer;
  }

  void addTo(final RpcMethods methods) {
    methods.add("eth_gasPrice", 0, p -> HexCodec.quantity(Fee.L2_BASE_FEE.add(SUGGESTED_TIP)))
        .add("eth_maxPriorityFeePerGas", 0, p -> HexCodec.quantity(SUGGESTED_TIP))
        .add("eth_feeHistory", 3, this::feeHistory);
  }

  /** The same answer the devnet gives, from L2 blocks: a constant base fee, tips by percentile. */
  private FeeHistory feeHistory(final Params p) throws RpcException {
    final long count = p.get(0, "block count").asLongOrNumber();
    if (count < 1 || count > FeeMethods.MAX_HISTORY_BLOCKS) {
      throw RpcException.invalidParams("invalid params: eth_feeHistory params[0] (block count): expected 1 to "
          + FeeMethods.MAX_HISTORY_BLOCKS + " blocks, got " + count);
    }
    final L2Block newest = L2Blocks.find(sequencer, p.get(1, "newest block").asBlockTag())
        .orElseThrow(() -> RpcException.server("the newest block asked for is not sealed yet; the head is block "
            + sequencer.head().number()));
    final double[] percentiles = FeeMethods.percentiles(p.get(2, "reward percentiles"));
    final long oldest = Math.max(0, newest.number() - count + 1);
    final List<Double> ratios = new ArrayList<>();
    final List<List<String>> rewards = new ArrayList<>();
    for (long n = oldest; n <= newest.number(); n++) {
      final L2Block block = sequencer.block(n).orElseThrow();
      ratios.add((double) Fee.TRANSFER_GAS.longValueExact() * block.transactions().size() / RpcL2Block.GAS_LIMIT);
      if (percentiles != null) {
        rewards.add(FeeMethods.rewards(tips(block), percentiles));
      }
    }
    final int blocks = ratios.size();
    final String baseFee = HexCodec.quantity(Fee.L2_BASE_FEE);
    // no blobs on L2: blob fields at zero
    return new FeeHistory(HexCodec.quantity(oldest), Collections.nCopies(blocks + 1, baseFee), ratios,
        Collections.nCopies(blocks + 1, "0x0"), Collections.nCopies(blocks, 0.0), percentiles == null ? null : rewards);
  }

  private static List<TipAndGas> tips(final L2Block block) {
    return block.transactions().stream()
        .map(t -> new TipAndGas(t.receipt().effectiveGasPrice().subtract(Fee.L2_BASE_FEE),
            Fee.TRANSFER_GAS.longValueExact()))
        .toList();
  }
}
