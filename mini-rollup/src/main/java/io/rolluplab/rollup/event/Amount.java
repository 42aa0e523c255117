package io.rolluplab.rollup.event;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

/**
 * An amount of ether as a sentence writes it, exactly and never rounded: in ETH from a millionth of
 * an ether up ({@code 1 ETH}, {@code 0.000021 ETH}, {@code 1.000000000000000001 ETH}), in wei below
 * that, where ETH would need more zeros than digits ({@code 1 wei}, {@code 21,000 wei}). The JSON
 * of an event keeps the exact wei for programs.
 */
public final class Amount {
  /** A millionth of an ether, in wei: the smallest amount written in ETH. */
  private static final BigInteger SMALLEST_IN_ETH = BigInteger.TEN.pow(12);
  /** Wei in an ether is 10^18: the ETH figure is the wei with the decimal point moved 18 places. */
  private static final int ETH_DECIMALS = 18;

  private Amount() {}

  /** {@code wei} in ETH or in wei, with its unit. */
  public static String of(final BigInteger wei) {
    if (wei.abs().compareTo(SMALLEST_IN_ETH) < 0) {
      return String.format(Locale.ROOT, "%,d wei", wei);
    }
    return new BigDecimal(wei, ETH_DECIMALS).stripTrailingZeros().toPlainString() + " ETH";
  }
}
