package io.rolluplab.web.view;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the pages write amounts and spans of time for people (the JSON API keeps the exact numbers). */
public final class Format {
  private static final BigDecimal WEI_PER_ETH = new BigDecimal(BigInteger.TEN.pow(18));
  private static final BigDecimal WEI_PER_GWEI = new BigDecimal(BigInteger.TEN.pow(9));
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private Format() {}

  /** Wei as ether, without trailing zeros: {@code 1.5}, {@code 0.000000001}. */
  public static String eth(final BigInteger wei) {
    final BigDecimal eth = new BigDecimal(wei).divide(WEI_PER_ETH).stripTrailingZeros();
    return eth.signum() == 0 ? "0" : eth.toPlainString();
  }

  /** A balance for a table: ether rounded to 6 decimals ({@code 9998.499756}), exact amounts are for the API. */
  public static String balance(final BigInteger wei) {
    final BigDecimal eth = new BigDecimal(wei).divide(WEI_PER_ETH).setScale(6, RoundingMode.HALF_UP)
        .stripTrailingZeros();
    return eth.signum() == 0 ? "0" : eth.toPlainString();
  }

  /** A span of seconds as its two largest units: {@code 6 d 23 h}, {@code 4 m 10 s}, {@code 0 s}. */
  public static String duration(final long seconds) {
    final long s = Math.max(0, seconds);
    final long[] sizes = {86_400, 3_600, 60, 1};
    final String[] units = {"d", "h", "m", "s"};
    final StringBuilder text = new StringBuilder();
    int shown = 0;
    long left = s;
    for (int i = 0; i < sizes.length && shown < 2; i++) {
      final long n = left / sizes[i];
      left %= sizes[i];
      if (n > 0 || shown > 0) {
        text.append(text.isEmpty() ? "" : " ").append(n).append(' ').append(units[i]);
        shown++;
      }
    }
    return text.isEmpty() ? "0 s" : text.toString();
  }

  /** Wei as gwei, without trailing zeros: {@code 1.000000007}. */
  public static String gwei(final BigInteger wei) {
    final BigDecimal gwei = new BigDecimal(wei).divide(WEI_PER_GWEI).stripTrailingZeros();
    return gwei.signum() == 0 ? "0" : gwei.toPlainString();
  }

  /** A count with thousands separators: {@code 21,000}. */
  public static String count(final long value) {
    return String.format("%,d", value);
  }

  /** An instant to the second, in UTC: {@code 2026-11-25 21:05:12 UTC}; "" for none. */
  public static String time(final Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }

  /** A long 0x-hex string cut to its start and end, {@code 0x1234…cdef}; the whole one goes in a title. */
  public static String shortHex(final String hex) {
    return hex.length() <= 14 ? hex : hex.substring(0, 8) + "…" + hex.substring(hex.length() - 4);
  }
}
