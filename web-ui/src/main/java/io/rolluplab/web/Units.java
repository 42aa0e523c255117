package io.rolluplab.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How the pages write amounts, gas, times and long hex strings for people. The JSON API writes the
 * raw values instead (wei as hex quantities), so these are only ever called from templates and the
 * view records' display methods.
 */
public final class Units {
  private static final BigDecimal WEI_PER_ETH = BigDecimal.TEN.pow(18);
  private static final BigDecimal WEI_PER_GWEI = BigDecimal.TEN.pow(9);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private Units() {}

  /** Wei as ether, without trailing zeros: {@code 1.5}. */
  public static String eth(final BigInteger wei) {
    return new BigDecimal(wei).divide(WEI_PER_ETH).stripTrailingZeros().toPlainString();
  }

  /** Wei as gwei, without trailing zeros: {@code 1.000000007}. */
  public static String gwei(final BigInteger wei) {
    return new BigDecimal(wei).divide(WEI_PER_GWEI).stripTrailingZeros().toPlainString();
  }

  /** A count with thousands separators: {@code 21,000}. */
  public static String count(final long value) {
    return String.format("%,d", value);
  }

  public static String time(final Instant instant) {
    return TIME.format(instant);
  }

  /** A duration the way people say it: {@code 7 d 0 h}, {@code 3 min 5 s}, {@code 850 ms}. */
  public static String duration(final Duration duration) {
    if (duration.toDays() > 0) {
      return duration.toDays() + (duration.toHoursPart() == 0 ? " days" : " d " + duration.toHoursPart() + " h");
    }
    if (duration.toHours() > 0) {
      return duration.toHours() + " h " + duration.toMinutesPart() + " min";
    }
    if (duration.toMinutes() > 0) {
      return duration.toMinutes() + " min " + duration.toSecondsPart() + " s";
    }
    if (duration.getSeconds() > 0) {
      return duration.getSeconds() + " s";
    }
    return duration.toMillis() + " ms";
  }

  /** A long 0x-hex string cut to its start and end, {@code 0x1234…cdef}: the whole one goes in a title. */
  public static String shortHex(final String hex) {
    return hex.length() <= 14 ? hex : hex.substring(0, 8) + "…" + hex.substring(hex.length() - 4);
  }
}
