package io.rolluplab.rollup.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BatchDataTest {
  private final BatchData batch = new BatchData(16,
      List.of(BatchItem.deposit(3), new BatchItem(new byte[] {2, 1}), BatchItem.deposit(4)));

  @Test
  void decodesWhatItEncodes() {
    final BatchData decoded = BatchData.decode(batch.encode());
    assertThat(decoded.l1FeePerByte()).isEqualTo(16);
    assertThat(decoded.items()).hasSize(3);
    assertThat(decoded.items().get(2).depositIndex()).isEqualTo(4);
    assertThat(decoded.items().get(1).isDeposit()).isFalse();
  }

  @Test
  void rejectsAnItemRunningPastTheEnd() {
    final byte[] data = batch.encode();
    assertThatThrownBy(() -> BatchData.decode(java.util.Arrays.copyOf(data, data.length - 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
