package io.rolluplab.devnet.evm.precompile;

import io.rolluplab.devnet.evm.precompile.bn254.CurvePoint;
import io.rolluplab.devnet.evm.precompile.bn254.Fp;
import io.rolluplab.devnet.evm.precompile.bn254.G1;
import java.math.BigInteger;

/**
 * 0x07: multiplies a bn254 G1 point by a 256-bit scalar (EIP-196, Byzantium; price from EIP-1108,
 * Istanbul). Input: a 64-byte point and a 32-byte scalar (missing bytes read as zero). Fails on a
 * coordinate ≥ p or a point off the curve; any scalar is allowed.
 */
public final class Bn254Mul implements Precompile {
  @Override
  public String name() {
    return "bn254mul";
  }

  @Override
  public long gasCost(final byte[] input) {
    return 6000;
  }

  @Override
  public PrecompileResult run(final byte[] input) {
    final byte[] in = Words.padRight(input, G1.ENCODED_SIZE + Words.SIZE);
    try {
      final CurvePoint<Fp> point = G1.decode(in, 0);
      final BigInteger scalar = Words.unsigned(in, G1.ENCODED_SIZE, Words.SIZE);
      return PrecompileResult.ok(G1.encode(point.multiply(scalar)));
    } catch (final IllegalArgumentException invalidPoint) {
      return PrecompileResult.failure(invalidPoint.getMessage());
    }
  }
}
