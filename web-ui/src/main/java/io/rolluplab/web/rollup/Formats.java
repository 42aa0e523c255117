package io.rolluplab.web.rollup;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the rollup pages write amounts and times for people (the JSON keeps the exact values). */
final class Formats {
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
      .withZone(ZoneOffset.UTC);

  private Formats() {}

  /** Wei as ETH with every significant digit: "1", "0.00021". */
  static String ether(final BigInteger wei) {
    return wei == null ? "" : new BigDecimal(wei).movePointLeft(18).stripTrailingZeros().toPlainString();
  }

  /** "2026-11-25 21:05:12 UTC", or "" for none. */
  static String time(final Instant at) {
    return at == null ? "" : CLOCK.format(at);
  }

  /** "3 s", "2 min 5 s", "6 d 23 h": how long, to the second, in the largest two units. */
  static String duration(final long seconds) {
    final long s = Math.max(0, seconds);
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return s / 60 + " min" + (s % 60 == 0 ? "" : " " + s % 60 + " s");
    }
    if (s < 86_400) {
      return s / 3600 + " h" + (s % 3600 / 60 == 0 ? "" : " " + s % 3600 / 60 + " min");
    }
    return s / 86_400 + " d" + (s % 86_400 / 3600 == 0 ? "" : " " + s % 86_400 / 3600 + " h");
  }
}
