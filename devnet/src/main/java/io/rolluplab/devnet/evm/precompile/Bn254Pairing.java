package io.rolluplab.devnet.evm.precompile;

import io.rolluplab.devnet.evm.precompile.bn254.Fp12;
import io.rolluplab.devnet.evm.precompile.bn254.G1;
import io.rolluplab.devnet.evm.precompile.bn254.G2;
import io.rolluplab.devnet.evm.precompile.bn254.Pairing;

/**
 * 0x08: checks e(P1, Q1) · … · e(Pk, Qk) = 1 for k pairs of a bn254 G1 and G2 point (EIP-197,
 * Byzantium; price from EIP-1108, Istanbul). This is the check at the heart of a Groth16 SNARK
 * verifier, which is why rollups call it.
 *
 * <p>Input: k × 192 bytes, each pair a 64-byte G1 point then a 128-byte G2 point; no input means
 * k = 0, an empty product, which is 1. Output: a 32-byte word, 1 if the product is one, else 0.
 * Fails if the length is not a multiple of 192, or on any invalid point (including a G2 point
 * outside the subgroup of order r).
 */
public final class Bn254Pairing implements Precompile {
  private static final int PAIR_SIZE = G1.ENCODED_SIZE + G2.ENCODED_SIZE;

  @Override
  public String name() {
    return "bn254pairing";
  }

  /** 45000 + 34000 per pair. */
  @Override
  public long gasCost(final byte[] input) {
    return 45_000L + 34_000L * (input.length / PAIR_SIZE);
  }

  @Override
  public PrecompileResult run(final byte[] input) {
    if (input.length % PAIR_SIZE != 0) {
      return PrecompileResult.failure("pairing input is not a multiple of 192 bytes");
    }
    Fp12 product = Fp12.ONE;
    try {
      for (int offset = 0; offset < input.length; offset += PAIR_SIZE) {
        product =
            product.mul(
                Pairing.millerLoop(
                    G1.decode(input, offset), G2.decode(input, offset + G1.ENCODED_SIZE)));
      }
    } catch (final IllegalArgumentException invalidPoint) {
      return PrecompileResult.failure(invalidPoint.getMessage());
    }
    final byte[] out = new byte[Words.SIZE];
    if (Pairing.finalExponentiation(product).equals(Fp12.ONE)) {
      out[Words.SIZE - 1] = 1;
    }
    return PrecompileResult.ok(out);
  }
}
