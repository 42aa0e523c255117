package io.rolluplab.rollup.contracts;

import static io.rolluplab.rollup.contracts.RollupFixture.OUTSIDER;
import static io.rolluplab.rollup.contracts.RollupFixture.PROPOSER;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.Receipt;
import io.rolluplab.rollup.contracts.RollupFixture.ExecutedBatch;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where the L1 gas of {@code proposeRoot} and {@code finalize} goes, storage slot by storage slot
 * (docs/benchmarks-history.md), for a batch that is neither the first (whose slots the constructor or
 * registration touched) nor disputed.
 */
class ProposalGasTest {
  private final OptimisticFixture f = new OptimisticFixture();

  @Test
  void proposingWritesThreeNewSlotsAndFinalizingReadsTwoOfThemAndWritesOnlyTheCounters() {
    f.fundAliceAndBob();
    final ExecutedBatch batch = f.execute(f.standardTransfers(100));
    final BatchClaim claim = OptimisticFixture.claimOf(f.sendBatch(batch.encoded()), batch);
    final GasBreakdown propose = traced(PROPOSER, OptimisticRollupContract.proposeRoot(1, batch.postRoot(), claim));
    print("proposeRoot", propose);
    assertThat(propose.byStorageAccess().entrySet().stream().filter(e -> e.getKey().startsWith("SSTORE"))
        .filter(e -> e.getValue() >= 20_000).count())
        .as("zero to non-zero: the claim hash, the root and the slot of proposer, deadline and first deposit")
        .isEqualTo(3);

    f.finalizeAfterWindow(0);
    final GasBreakdown finalize = traced(OUTSIDER, OptimisticRollupContract.finalize(1));
    print("finalize", finalize);
    assertThat(finalize.byStorageAccess().keySet().stream().filter(k -> k.startsWith("SLOAD")).distinct().count())
        .as("the counters, the root and the slot with the deadline and the dispute flag").isEqualTo(3);
    assertThat(finalize.byStorageAccess().keySet().stream().filter(k -> k.startsWith("SSTORE")))
        .as("only the counters: no per-proposer count").hasSize(1);
  }

  private GasBreakdown traced(final DevAccount from, final byte[] input) {
    final Receipt receipt = f.chain.send(from, f.rollup, input);
    assertThat(receipt.success()).isTrue();
    final GasBreakdown breakdown = new GasBreakdown(input);
    f.chain.devnet.trace(receipt.transactionHash(), breakdown).orElseThrow();
    assertThat(breakdown.total()).as("the parts add up to the receipt's gas").isEqualTo(receipt.gasUsed());
    return breakdown;
  }

  private static void print(final String call, final GasBreakdown breakdown) {
    for (final Map.Entry<String, Long> part : breakdown.byCategory().entrySet()) {
      GasReport.print(call + ": " + part.getKey(), part.getValue());
    }
    for (final Map.Entry<String, Long> slot : breakdown.byStorageAccess().entrySet()) {
      GasReport.print(call + ": " + slot.getKey(), slot.getValue());
    }
    GasReport.print(call + ": total", breakdown.total());
  }
}
