package io.rolluplab.devnet.evm.precompile;

import org.bouncycastle.crypto.digests.RIPEMD160Digest;

/**
 * 0x03: RIPEMD-160 of the input (Frontier), the hash inside Bitcoin addresses. Its 20-byte digest
 * is returned left-padded to a 32-byte word.
 */
public final class Ripemd160 implements Precompile {
  @Override
  public String name() {
    return "ripemd160";
  }

  /** 600 + 120 per 32-byte word of input. */
  @Override
  public long gasCost(final byte[] input) {
    return Words.linearGas(600, 120, input.length);
  }

  @Override
  public PrecompileResult run(final byte[] input) {
    final RIPEMD160Digest digest = new RIPEMD160Digest();
    digest.update(input, 0, input.length);
    final byte[] hash = new byte[digest.getDigestSize()];
    digest.doFinal(hash, 0);
    return PrecompileResult.ok(Words.padLeft(hash, Words.SIZE));
  }
}
