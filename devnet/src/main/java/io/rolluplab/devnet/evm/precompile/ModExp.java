package io.rolluplab.devnet.evm.precompile;

import java.math.BigInteger;
import org.web3j.utils.Numeric;

/**
 * 0x05: {@code base^exponent mod modulus} on numbers of any size (EIP-198, Byzantium), so that
 * contracts can check RSA signatures and other big-number proofs. Priced by EIP-2565 (Berlin).
 *
 * <p>Input: three 32-byte lengths (of base, exponent, modulus), then the three numbers big-endian,
 * each exactly as long as declared; input shorter than that reads as zeros. Output: the result,
 * left-padded to the modulus length (all zeros when the modulus is zero).
 *
 * <p>The lengths are 256-bit numbers chosen by the caller, so the price is computed from them with
 * BigInteger arithmetic alone: no array of a declared length is allocated before the caller has
 * paid for it.
 */
public final class ModExp implements Precompile {
  private static final int HEADER_SIZE = 3 * Words.SIZE;
  private static final BigInteger MAX_LENGTH = BigInteger.valueOf(Integer.MAX_VALUE);
  private static final BigInteger MIN_GAS = BigInteger.valueOf(200);
  private static final BigInteger EXPONENT_HEAD_SIZE = BigInteger.valueOf(Words.SIZE);

  @Override
  public String name() {
    return "modexp";
  }

  /** EIP-2565: max(200, multiplicationComplexity × iterationCount / 3). */
  @Override
  public long gasCost(final byte[] input) {
    final BigInteger baseLength = length(input, 0);
    final BigInteger exponentLength = length(input, 1);
    final BigInteger modulusLength = length(input, 2);
    final BigInteger gas =
        multiplicationComplexity(baseLength.max(modulusLength))
            .multiply(iterationCount(exponentLength, exponentHead(input, baseLength, exponentLength)))
            .divide(BigInteger.valueOf(3))
            .max(MIN_GAS);
    return gas.bitLength() < Long.SIZE ? gas.longValue() : Long.MAX_VALUE;
  }

  @Override
  public PrecompileResult run(final byte[] input) {
    final BigInteger baseLength = length(input, 0);
    final BigInteger exponentLength = length(input, 1);
    final BigInteger modulusLength = length(input, 2);
    if (modulusLength.signum() == 0) {
      return PrecompileResult.ok(new byte[0]);
    }
    if (baseLength.max(exponentLength).max(modulusLength).compareTo(MAX_LENGTH) > 0) {
      return PrecompileResult.failure("modexp operand longer than 2^31 bytes");
    }
    final int baseSize = baseLength.intValue();
    final int exponentSize = exponentLength.intValue();
    final int modulusSize = modulusLength.intValue();
    final long exponentOffset = HEADER_SIZE + (long) baseSize;
    final long modulusOffset = exponentOffset + exponentSize;
    final BigInteger base = Words.unsigned(input, HEADER_SIZE, baseSize);
    final BigInteger exponent = Words.unsigned(input, exponentOffset, exponentSize);
    final BigInteger modulus = Words.unsigned(input, modulusOffset, modulusSize);
    final BigInteger result =
        modulus.signum() == 0 ? BigInteger.ZERO : base.modPow(exponent, modulus);
    return PrecompileResult.ok(Numeric.toBytesPadded(result, modulusSize));
  }

  /** The cost of one multiplication: the square of the longer operand's length in 64-bit words. */
  private static BigInteger multiplicationComplexity(final BigInteger maxLength) {
    final BigInteger words = maxLength.add(BigInteger.valueOf(7)).shiftRight(3);
    return words.multiply(words);
  }

  /**
   * Roughly the number of squarings: the bit length of the exponent minus one, at least one. Only
   * the first 32 bytes are looked at; every byte after them counts as 8 bits.
   */
  private static BigInteger iterationCount(
      final BigInteger exponentLength, final BigInteger exponentHead) {
    final int highestBit = Math.max(exponentHead.bitLength() - 1, 0);
    BigInteger count = BigInteger.valueOf(highestBit);
    if (exponentLength.compareTo(EXPONENT_HEAD_SIZE) > 0) {
      count = count.add(exponentLength.subtract(EXPONENT_HEAD_SIZE).shiftLeft(3));
    }
    return count.max(BigInteger.ONE);
  }

  /** The first min(32, exponentLength) bytes of the exponent, as a number. */
  private static BigInteger exponentHead(
      final byte[] input, final BigInteger baseLength, final BigInteger exponentLength) {
    final int headSize = exponentLength.min(EXPONENT_HEAD_SIZE).intValue();
    final long offset =
        baseLength.compareTo(MAX_LENGTH) > 0 ? Long.MAX_VALUE : HEADER_SIZE + baseLength.longValue();
    return Words.unsigned(input, offset, headSize);
  }

  /** One of the three 32-byte length fields. */
  private static BigInteger length(final byte[] input, final int index) {
    return Words.unsigned(input, (long) index * Words.SIZE, Words.SIZE);
  }
}
