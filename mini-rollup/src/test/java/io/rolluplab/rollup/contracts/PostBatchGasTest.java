package io.rolluplab.rollup.contracts;

import static io.rolluplab.rollup.contracts.RollupFixture.CHALLENGER;
import static io.rolluplab.rollup.contracts.RollupFixture.PROPOSER;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.chain.Receipt;
import io.rolluplab.rollup.contracts.OptimisticFixture.SentBatch;
import io.rolluplab.rollup.contracts.RollupFixture.ExecutedBatch;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What L1 charges for a batch now that batches go to an inbox without code
 * (docs/benchmarks-history.md): the batcher's transaction runs nothing, so it pays its intrinsic gas
 * and no more; the contract's work is the proposer's claim about it, and, only when someone
 * disputes that claim, the answer that proves the transaction to L1. (ProposalGasTest breaks the
 * claim down by storage slot.)
 */
class PostBatchGasTest {
  private final OptimisticFixture f = new OptimisticFixture();

  @ParameterizedTest(name = "{0} standard transfers")
  @ValueSource(ints = {1, 16, 64, 100})
  void sendingABatchCostsExactlyTheBaseAndItsCalldata(final int items) {
    f.fundAliceAndBob();
    final ExecutedBatch batch = f.execute(f.standardTransfers(items));
    final SentBatch sent = f.sendBatch(batch.encoded());

    final long gas = sent.receipt().gasUsed();
    assertThat(gas).as("21,000 and EIP-2028's 16 gas per non-zero byte, 4 per zero byte")
        .isEqualTo(21_000 + GasReport.calldataGas(batch.encoded()));
    final GasBreakdown breakdown = new GasBreakdown(batch.encoded());
    f.chain.devnet.trace(sent.receipt().transactionHash(), breakdown).orElseThrow();
    assertThat(breakdown.byCategory().entrySet().stream().filter(e -> e.getValue() != 0).map(Map.Entry::getKey))
        .as("no instruction ran").containsExactlyInAnyOrder(GasBreakdown.BASE, GasBreakdown.CALLDATA);
    GasReport.print("batch to the inbox, " + items + " transfers (" + batch.encoded().length + " bytes)", gas);
    GasReport.print("batch to the inbox, " + items + " transfers, per item", gas / items);
  }

  @Test
  void proposingARootStaysBelow112000Gas() {
    f.fundAliceAndBob();
    final ExecutedBatch batch = f.execute(f.standardTransfers(100));
    final Receipt proposed = f.propose(PROPOSER, 1, batch.postRoot(), OptimisticFixture.claimOf(f.sendBatch(batch.encoded()), batch));
    GasReport.print("proposeRoot (a claim without deposits)", proposed.gasUsed());
    assertThat(proposed.gasUsed()).as("measured 108,409: the claim is a fixed size, whatever the batch holds")
        .isLessThan(112_000);
  }

  @Test
  void answeringADataChallengeAbout100TransfersStaysBelow310000Gas() {
    f.fundAliceAndBob();
    final ExecutedBatch batch = f.execute(f.standardTransfers(100));
    f.propose(batch, batch.postRoot());
    f.challengeData(CHALLENGER, 1);
    final byte[] answer = f.answerCall(1);
    final Receipt shown = f.chain.send(RollupFixture.OUTSIDER, f.rollup, answer);
    final GasBreakdown breakdown = new GasBreakdown(answer);
    f.chain.devnet.trace(shown.transactionHash(), breakdown).orElseThrow();
    for (final Map.Entry<String, Long> part : breakdown.byCategory().entrySet()) {
      GasReport.print("answerDataChallenge, 100 transfers: " + part.getKey(), part.getValue());
    }
    GasReport.print("answerDataChallenge, 100 transfers (" + batch.encoded().length + " bytes), one header", shown.gasUsed());
    assertThat(shown.gasUsed()).as("measured 302,002, a third of it the batch sent again as calldata").isLessThan(310_000);
  }
}
