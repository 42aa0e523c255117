package io.rolluplab.devnet.evm.precompile.bn254;

import java.math.BigInteger;

/**
 * An element of one of the fields of the bn254 tower (Fp, Fp2, Fp6, Fp12). Naming the operations
 * once lets {@link CurvePoint} run the same group law over Fp (G1) and Fp2 (G2).
 */
public interface FieldElement<F extends FieldElement<F>> {
  F add(F other);

  F sub(F other);

  F mul(F other);

  F negate();

  /** The multiplicative inverse; the caller makes sure the element is not zero. */
  F inverse();

  boolean isZero();

  default F square() {
    return mul(self());
  }

  /** {@code this^exponent} by square-and-multiply, for {@code exponent >= 1}. */
  default F pow(final BigInteger exponent) {
    F result = self();
    for (int i = exponent.bitLength() - 2; i >= 0; i--) {
      result = result.square();
      if (exponent.testBit(i)) {
        result = result.mul(self());
      }
    }
    return result;
  }

  /** {@code this}, typed as F (Java generics cannot say "the implementing class" directly). */
  F self();
}
