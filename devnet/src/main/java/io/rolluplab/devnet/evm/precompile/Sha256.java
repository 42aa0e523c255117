package io.rolluplab.devnet.evm.precompile;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** 0x02: SHA-256 of the input (Frontier), so contracts can check Bitcoin-style hashes. */
public final class Sha256 implements Precompile {
  @Override
  public String name() {
    return "sha256";
  }

  /** 60 + 12 per 32-byte word of input. */
  @Override
  public long gasCost(final byte[] input) {
    return Words.linearGas(60, 12, input.length);
  }

  @Override
  public PrecompileResult run(final byte[] input) {
    return PrecompileResult.ok(hash(input));
  }

  /** SHA-256 of the data; also used for EIP-4844 versioned hashes. */
  public static byte[] hash(final byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (final NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
