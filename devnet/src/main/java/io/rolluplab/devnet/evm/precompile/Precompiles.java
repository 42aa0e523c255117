package io.rolluplab.devnet.evm.precompile;

import io.rolluplab.devnet.evm.Fork;
import io.rolluplab.devnet.types.Address;
import java.util.Map;

/** TEMPORARY placeholder until the precompiles branch lands (it replaces this file). */
public final class Precompiles {
  private Precompiles() {}

  public static Map<Address, Precompile> forFork(final Fork fork) {
    return Map.of();
  }
}
