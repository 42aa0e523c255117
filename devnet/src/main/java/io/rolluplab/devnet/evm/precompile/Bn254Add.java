package io.rolluplab.devnet.evm.precompile;

import io.rolluplab.devnet.evm.precompile.bn254.CurvePoint;
import io.rolluplab.devnet.evm.precompile.bn254.Fp;
import io.rolluplab.devnet.evm.precompile.bn254.G1;

/**
 * 0x06: adds two points of the bn254 curve's G1 (EIP-196, Byzantium; price from EIP-1108,
 * Istanbul). Input: two 64-byte points (missing bytes read as zero). Fails on a coordinate ≥ p or
 * a point off the curve.
 */
public final class Bn254Add implements Precompile {
  @Override
  public String name() {
    return "bn254add";
  }

  @Override
  public long gasCost(final byte[] input) {
    return 150;
  }

  @Override
  public PrecompileResult run(final byte[] input) {
    final byte[] in = Words.padRight(input, 2 * G1.ENCODED_SIZE);
    try {
      final CurvePoint<Fp> a = G1.decode(in, 0);
      final CurvePoint<Fp> b = G1.decode(in, G1.ENCODED_SIZE);
      return PrecompileResult.ok(G1.encode(a.add(b)));
    } catch (final IllegalArgumentException invalidPoint) {
      return PrecompileResult.failure(invalidPoint.getMessage());
    }
  }
}
