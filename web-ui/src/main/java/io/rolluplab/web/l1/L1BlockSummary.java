package io.rolluplab.web.l1;

import io.rolluplab.web.Units;
import java.math.BigInteger;
import java.time.Instant;

/** One L1 block in a list: its number, hash, time, size and price of gas. */
public record L1BlockSummary(long number, String hash, Instant time, int transactionCount, long gasUsed, long gasLimit,
    BigInteger baseFeePerGas) {

  public String timeText() {
    return Units.time(time);
  }

  public String gasUsedText() {
    return Units.count(gasUsed);
  }

  public String baseFeeGwei() {
    return Units.gwei(baseFeePerGas);
  }
}
