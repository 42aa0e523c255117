package io.rolluplab.rollup.derivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ExecutedBatchTest {
  private static final BatchData DATA = new BatchData(16, List.of(BatchItem.deposit(3), new BatchItem(new byte[] {0, 1, 2})));
  private static final List<Bytes32> ROOTS = List.of(root(1), root(2), root(3));

  /** How many times the batch was executed again for its inner roots. */
  private final AtomicInteger executions = new AtomicInteger();

  private static Bytes32 root(final long value) {
    return Bytes32.of(BigInteger.valueOf(value));
  }

  private ExecutedBatch batch(final List<Bytes32> executedAgain) {
    final Supplier<List<Bytes32>> execution = () -> {
      executions.incrementAndGet();
      return executedAgain;
    };
    final L1Fact.BatchSent sent = new L1Fact.BatchSent(4, DATA.encode(), Address.ZERO, root(9), 12, 0, 1_700_000_000L);
    return new ExecutedBatch(sent, new BatchRules.Verdict(DATA, 3, 1, null), root(1), root(3), execution, List.of());
  }

  @Test
  void givesBackTheItemsAndRootsItKeepsAsBytes() {
    final ExecutedBatch batch = batch(ROOTS);

    assertThat(batch.data()).usingRecursiveComparison().isEqualTo(DATA);
    assertThat(batch.encodedData()).isEqualTo(DATA.encode());
    assertThat(batch.itemCount()).isEqualTo(2);
    assertThat(batch.roots()).containsExactlyElementsOf(ROOTS);
    assertThat(batch.preRoot()).isEqualTo(root(1));
    assertThat(batch.root(1)).isEqualTo(root(2));
    assertThat(batch.postRoot()).isEqualTo(root(3));
  }

  @Test
  void executesTheBatchAgainOnlyWhenAnInnerRootIsFirstAskedFor() {
    final ExecutedBatch batch = batch(ROOTS);

    assertThat(batch.root(0)).isEqualTo(root(1));
    assertThat(batch.root(2)).isEqualTo(root(3));
    assertThat(executions).hasValue(0);
    assertThat(batch.root(1)).isEqualTo(root(2));
    assertThat(batch.roots()).containsExactlyElementsOf(ROOTS);
    assertThat(executions).hasValue(1);
  }

  @Test
  void refusesAnExecutionAgainThatDoesNotEndAtItsPostStateRoot() {
    assertThatThrownBy(() -> batch(List.of(root(1), root(2), root(4))).root(1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("executing batch 4 again gave 3 roots from " + root(1) + " to " + root(4))
        .hasMessageContaining("not deterministic");
    assertThatThrownBy(() -> batch(ROOTS.subList(0, 2)).root(1)).hasMessageContaining("gave 2 roots");
  }

  @Test
  void refusesAPositionOutsideItsRoots() {
    final ExecutedBatch batch = batch(ROOTS);

    assertThatThrownBy(() -> batch.root(3)).hasMessageContaining("batch 4 has roots S_0..S_2, asked for S_3");
  }
}
