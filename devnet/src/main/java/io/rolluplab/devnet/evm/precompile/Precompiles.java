package io.rolluplab.devnet.evm.precompile;

import io.rolluplab.devnet.evm.Fork;
import io.rolluplab.devnet.types.Address;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The precompiled contracts of each fork, built the way the protocol grew: each fork starts from
 * the previous fork's set and adds its EIPs. The devnet's earliest fork is Berlin, so the older
 * steps are private; they keep the history readable.
 *
 * <p>Prices are those in force since Berlin (EIP-1108 for bn254, EIP-2565 for modexp), which all
 * forks of {@link Fork} share.
 */
public final class Precompiles {
  private static final Map<Fork, Map<Address, Precompile>> BY_FORK = new EnumMap<>(Fork.class);

  static {
    for (final Fork fork : Fork.values()) {
      BY_FORK.put(fork, Collections.unmodifiableMap(build(fork)));
    }
  }

  private Precompiles() {}

  /** The precompiles active in {@code fork}, by address, in address order. */
  public static Map<Address, Precompile> forFork(final Fork fork) {
    return BY_FORK.get(fork);
  }

  /** Whether a call to {@code address} runs native code instead of account code in {@code fork}. */
  public static boolean isPrecompile(final Address address, final Fork fork) {
    return BY_FORK.get(fork).containsKey(address);
  }

  private static Map<Address, Precompile> build(final Fork fork) {
    final Map<Address, Precompile> set = istanbul();
    // Berlin changes only prices (EIP-2565 modexp), which the classes already use.
    if (fork.isAtLeast(Fork.CANCUN)) {
      set.put(Address.fromLong(0x0a), new PointEvaluation()); // EIP-4844
    }
    return set;
  }

  private static Map<Address, Precompile> frontier() {
    final Map<Address, Precompile> set = new TreeMap<>();
    set.put(Address.fromLong(0x01), new EcRecover());
    set.put(Address.fromLong(0x02), new Sha256());
    set.put(Address.fromLong(0x03), new Ripemd160());
    set.put(Address.fromLong(0x04), new Identity());
    return set;
  }

  private static Map<Address, Precompile> byzantium() {
    final Map<Address, Precompile> set = frontier();
    set.put(Address.fromLong(0x05), new ModExp()); // EIP-198
    set.put(Address.fromLong(0x06), new Bn254Add()); // EIP-196
    set.put(Address.fromLong(0x07), new Bn254Mul()); // EIP-196
    set.put(Address.fromLong(0x08), new Bn254Pairing()); // EIP-197
    return set;
  }

  private static Map<Address, Precompile> istanbul() {
    final Map<Address, Precompile> set = byzantium(); // EIP-1108 repriced 0x06..0x08
    set.put(Address.fromLong(0x09), new Blake2f()); // EIP-152
    return set;
  }
}
