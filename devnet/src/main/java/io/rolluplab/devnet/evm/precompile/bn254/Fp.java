package io.rolluplab.devnet.evm.precompile.bn254;

import java.math.BigInteger;
import java.util.Arrays;
import org.web3j.utils.Numeric;

/**
 * The base field of bn254 (alt_bn128): integers modulo the 254-bit prime p. Curve coordinates of
 * G1 live here. Plain {@link BigInteger} arithmetic: slower than Montgomery limbs, but each
 * operation reads like its definition.
 */
public final class Fp implements FieldElement<Fp> {
  public static final BigInteger P =
      new BigInteger(
          "21888242871839275222246405745257275088696311157297823662689037894645226208583");
  public static final Fp ZERO = new Fp(BigInteger.ZERO);
  public static final Fp ONE = new Fp(BigInteger.ONE);

  private final BigInteger value;

  private Fp(final BigInteger reduced) {
    this.value = reduced;
  }

  public static Fp of(final BigInteger value) {
    return new Fp(value.mod(P));
  }

  public static Fp of(final long value) {
    return of(BigInteger.valueOf(value));
  }

  /**
   * Reads a 32-byte big-endian coordinate. EIP-196 rejects values {@code >= p} instead of reducing
   * them, so that every point has exactly one encoding.
   */
  public static Fp decode(final byte[] in, final int offset) {
    final BigInteger v = new BigInteger(1, Arrays.copyOfRange(in, offset, offset + 32));
    if (v.compareTo(P) >= 0) {
      throw new IllegalArgumentException("coordinate is not below the field modulus");
    }
    return new Fp(v);
  }

  public byte[] encode() {
    return Numeric.toBytesPadded(value, 32);
  }

  public BigInteger toBigInteger() {
    return value;
  }

  @Override
  public Fp add(final Fp other) {
    final BigInteger sum = value.add(other.value);
    return new Fp(sum.compareTo(P) >= 0 ? sum.subtract(P) : sum);
  }

  @Override
  public Fp sub(final Fp other) {
    final BigInteger difference = value.subtract(other.value);
    return new Fp(difference.signum() < 0 ? difference.add(P) : difference);
  }

  @Override
  public Fp mul(final Fp other) {
    return of(value.multiply(other.value));
  }

  @Override
  public Fp negate() {
    return isZero() ? this : new Fp(P.subtract(value));
  }

  @Override
  public Fp inverse() {
    return new Fp(value.modInverse(P));
  }

  @Override
  public boolean isZero() {
    return value.signum() == 0;
  }

  @Override
  public Fp self() {
    return this;
  }

  @Override
  public boolean equals(final Object o) {
    return o instanceof Fp other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value.toString(16);
  }
}
