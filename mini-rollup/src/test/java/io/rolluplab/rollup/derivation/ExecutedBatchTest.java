package io.rolluplab.rollup.derivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecutedBatchTest {
  private static final BatchData DATA = new BatchData(16, List.of(BatchItem.deposit(3), new BatchItem(new byte[] {0, 1, 2})));
  private static final List<Bytes32> ROOTS = List.of(root(1), root(2), root(3));

  private static Bytes32 root(final long value) {
    return Bytes32.of(BigInteger.valueOf(value));
  }

  @Test
  void givesBackTheItemsAndRootsItKeepsAsBytes() {
    final ExecutedBatch batch = new ExecutedBatch(4, DATA, Bytes32.ZERO, 3, 1, ROOTS, root(9), 12);

    assertThat(batch.data()).usingRecursiveComparison().isEqualTo(DATA);
    assertThat(batch.encodedData()).isEqualTo(DATA.encode());
    assertThat(batch.itemCount()).isEqualTo(2);
    assertThat(batch.roots()).containsExactlyElementsOf(ROOTS);
    assertThat(batch.preRoot()).isEqualTo(root(1));
    assertThat(batch.root(1)).isEqualTo(root(2));
    assertThat(batch.postRoot()).isEqualTo(root(3));
  }

  @Test
  void refusesRootsThatDoNotMatchTheItems() {
    assertThatThrownBy(() -> new ExecutedBatch(4, DATA, Bytes32.ZERO, 3, 1, ROOTS.subList(0, 2), root(9), 12))
        .hasMessageContaining("a batch of 2 items has 3 roots S_0..S_n, got 2");
  }

  @Test
  void refusesAPositionOutsideItsRoots() {
    final ExecutedBatch batch = new ExecutedBatch(4, DATA, Bytes32.ZERO, 3, 1, ROOTS, root(9), 12);

    assertThatThrownBy(() -> batch.root(3)).hasMessageContaining("batch 4 has roots S_0..S_2, asked for S_3");
  }
}
