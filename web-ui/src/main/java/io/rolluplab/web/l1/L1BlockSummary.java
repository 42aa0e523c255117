package io.rolluplab.web.l1;

import io.rolluplab.web.view.Format;
import java.math.BigInteger;
import java.time.Instant;

/** One L1 block in a list: its number, hash, time, size and price of gas. */
public record L1BlockSummary(long number, String hash, Instant time, int transactionCount, long gasUsed, long gasLimit,
    BigInteger baseFeePerGas) {

  public String timeText() {
    return Format.time(time);
  }

  public String gasUsedText() {
    return Format.count(gasUsed);
  }

  public String baseFeeGwei() {
    return Format.gwei(baseFeePerGas);
  }
}
