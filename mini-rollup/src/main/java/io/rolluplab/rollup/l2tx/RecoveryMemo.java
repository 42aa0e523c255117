package io.rolluplab.rollup.l2tx;

import io.rolluplab.devnet.types.Address;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A memo of signature recovery: ecrecover's 128-byte input (hash, v, r, s) → the signer, or none.
 *
 * <p>ecrecover is a pure function of that input, so remembering its answers changes no verdict: it
 * only spares the work when the same signature is checked again, which in one process happens
 * three or four times per transaction (the sequencer admits it and executes it into a block; the
 * proposer's and the challenger's derivations execute it again from L1's data). Every role still
 * checks every signature; only the elliptic-curve arithmetic behind the check is done once. It is
 * bounded: the least recently used answers are forgotten first.
 */
final class RecoveryMemo {
  private final Map<Input, Optional<Address>> answers;

  /** The 128 input bytes, compared by content. */
  private record Input(byte[] bytes) {
    @Override
    public boolean equals(final Object other) {
      return other instanceof Input input && Arrays.equals(bytes, input.bytes);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bytes);
    }
  }

  RecoveryMemo(final int capacity) {
    this.answers = new LinkedHashMap<>(capacity, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(final Map.Entry<Input, Optional<Address>> eldest) {
        return size() > capacity;
      }
    };
  }

  /** The remembered answer for {@code input}, else {@code recover}'s (computed outside the lock, then remembered). */
  Optional<Address> recover(final byte[] input, final Function<byte[], Optional<Address>> recover) {
    final Input key = new Input(input);
    synchronized (this) {
      final Optional<Address> known = answers.get(key);
      if (known != null) {
        return known;
      }
    }
    final Optional<Address> signer = recover.apply(input);
    synchronized (this) {
      answers.put(key, signer);
    }
    return signer;
  }
}
