package io.rolluplab.web.l2;

import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.web.view.Format;
import java.time.Instant;

/**
 * One L2 block in a list.
 *
 * @param stateRoot the L2 state root after its last item
 * @param l1FeePerByte the L1 data price (wei per byte) its transactions paid
 */
public record L2BlockSummary(long number, Bytes32 hash, Instant time, int deposits, int transactions,
    Bytes32 stateRoot, long l1FeePerByte, L1Standing onL1) {

  public String timeText() {
    return Format.time(time);
  }
}
