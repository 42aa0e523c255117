package io.rolluplab.devnet.rpc;

/**
 * Which block a request means: a name ({@code latest}, {@code earliest}, {@code pending},
 * {@code safe}, {@code finalized}), a number, or (EIP-1898) a block hash.
 *
 * <p>On the devnet a sealed block is final at once, so {@code safe} and {@code finalized} are the
 * latest block; {@code pending} is too, except where a method says otherwise (the nonce counts
 * pending transactions).
 *
 * @param number the block number for {@link Kind#NUMBER}
 * @param hash the block hash for {@link Kind#HASH}
 */
public record BlockTag(Kind kind, long number, byte[] hash) {
  public static final BlockTag LATEST = new BlockTag(Kind.LATEST, 0, null);

  public enum Kind { LATEST, EARLIEST, PENDING, SAFE, FINALIZED, NUMBER, HASH }

  public static BlockTag number(final long number) {
    return new BlockTag(Kind.NUMBER, number, null);
  }

  public static BlockTag hash(final byte[] hash) {
    return new BlockTag(Kind.HASH, 0, hash);
  }

  /**
   * Reads a tag name or a hex block number.
   *
   * @throws IllegalArgumentException saying which forms are accepted
   */
  public static BlockTag parse(final String text) {
    return switch (text) {
      case "latest" -> LATEST;
      case "earliest" -> new BlockTag(Kind.EARLIEST, 0, null);
      case "pending" -> new BlockTag(Kind.PENDING, 0, null);
      case "safe" -> new BlockTag(Kind.SAFE, 0, null);
      case "finalized" -> new BlockTag(Kind.FINALIZED, 0, null);
      default -> {
        if (!text.startsWith("0x")) {
          throw new IllegalArgumentException("a block is \"latest\", \"earliest\", \"pending\", \"safe\", "
              + "\"finalized\" or a hex block number such as \"0x1a\", got \"" + HexCodec.abbreviate(text) + "\"");
        }
        final java.math.BigInteger n = HexCodec.parseQuantity(text);
        if (n.bitLength() > 63) {
          throw new IllegalArgumentException("block number " + text + " is too large for any block");
        }
        yield number(n.longValue());
      }
    };
  }
}
