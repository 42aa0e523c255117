package io.rolluplab.rollup.contracts;

import static io.rolluplab.rollup.contracts.RollupFixture.DEPLOYER;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.chain.Receipt;
import io.rolluplab.rollup.contracts.RollupFixture.ExecutedBatch;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where the L1 gas of {@code postBatch} goes, traced instruction by instruction
 * (docs/benchmarks-history.md: the breakdown of a batch of 100 standard transfers, change by change).
 */
class PostBatchGasTest {
  private final OptimisticFixture f = new OptimisticFixture();

  @Test
  void theBreakdownOfABatchOf100StandardTransfersAddsUpToItsGas() {
    f.fundAliceAndBob();
    final GasBreakdown one = traced(f.execute(f.standardTransfers(1)));
    final GasBreakdown hundred = traced(f.execute(f.standardTransfers(100)));
    print("1 transfer", one);
    print("100 transfers", hundred);
    final long perItem = (hundred.get(GasBreakdown.OTHER) - one.get(GasBreakdown.OTHER)) / 99;
    GasReport.print("postBatch, other instructions per item more (100 transfers vs 1)", perItem);
    assertThat(perItem).as("L1 walks the runs, not the items: transfers that share a shape are one run").isLessThan(10);
  }

  private GasBreakdown traced(final ExecutedBatch batch) {
    final byte[] input = OptimisticRollupContract.postBatch(batch.encoded(), batch.depositCount());
    final Receipt receipt = f.chain.send(DEPLOYER, f.rollup, input);
    final GasBreakdown breakdown = new GasBreakdown(input);
    f.chain.devnet.trace(receipt.transactionHash(), breakdown).orElseThrow();
    assertThat(breakdown.total()).as("the parts add up to the receipt's gas").isEqualTo(receipt.gasUsed());
    assertThat(breakdown.get(GasBreakdown.BASE)).isEqualTo(21_000);
    assertThat(breakdown.get(GasBreakdown.CALLS))
        .as("no call to the Bridge: batch 0 learned no deposit can be overdue for a whole delay").isZero();
    return breakdown;
  }

  private static void print(final String batch, final GasBreakdown breakdown) {
    for (final Map.Entry<String, Long> part : breakdown.byCategory().entrySet()) {
      GasReport.print("postBatch, " + batch + ": " + part.getKey(), part.getValue());
    }
    GasReport.print("postBatch, " + batch + ": total", breakdown.total());
    for (final Map.Entry<String, Long> op : breakdown.byOpcode().entrySet()) {
      GasReport.print("postBatch, " + batch + ": opcode " + op.getKey(), op.getValue());
    }
    for (final Map.Entry<String, Long> slot : breakdown.byStorageAccess().entrySet()) {
      GasReport.print("postBatch, " + batch + ": " + slot.getKey(), slot.getValue());
    }
  }
}
