package io.rolluplab.devnet.state;

import io.rolluplab.devnet.types.UInt256;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * An account's non-zero storage slots, split into {@value #SHARDS} shards by key, each shared with
 * copies until one of them writes to it.
 *
 * <p>Why shards: the devnet keeps a copy of the state after each of the last 256 blocks, and a
 * rollup's contract writes a few slots in each block while its storage grows with every batch. With
 * one map per account, each block copied the whole map (thousands of slots) and the history held
 * 256 such copies. With shards, a block copies only the shards it writes, and the copies share all
 * the others.
 */
final class SlotMap {
  private static final int SHARD_BITS = 6;
  private static final int SHARDS = 1 << SHARD_BITS;

  private final HashMap<UInt256, UInt256>[] shards;
  /** Which shards this map may write without copying: the ones no copy shares. */
  private final boolean[] own = new boolean[SHARDS];

  @SuppressWarnings("unchecked")
  SlotMap() {
    this.shards = new HashMap[SHARDS];
    for (int i = 0; i < SHARDS; i++) {
      shards[i] = new HashMap<>();
      own[i] = true;
    }
  }

  private SlotMap(final HashMap<UInt256, UInt256>[] shards) {
    this.shards = shards;
  }

  /** A copy that shares every shard with this map until either writes to it. */
  SlotMap copy() {
    Arrays.fill(own, false);
    return new SlotMap(shards.clone());
  }

  UInt256 getOrDefault(final UInt256 key, final UInt256 otherwise) {
    return shard(key).getOrDefault(key, otherwise);
  }

  /** @return the previous value, null if the slot was zero */
  UInt256 put(final UInt256 key, final UInt256 value) {
    return writable(key).put(key, value);
  }

  /** @return the previous value, null if the slot was zero */
  UInt256 remove(final UInt256 key) {
    return writable(key).remove(key);
  }

  /** The slots as a read-only map. */
  Map<UInt256, UInt256> asMap() {
    return new AbstractMap<>() {
      @Override
      public UInt256 get(final Object key) {
        return key instanceof UInt256 k ? shard(k).get(k) : null;
      }

      @Override
      public Set<Entry<UInt256, UInt256>> entrySet() {
        return new AbstractSet<>() {
          @Override
          public Iterator<Entry<UInt256, UInt256>> iterator() {
            return Arrays.stream(shards).flatMap(shard -> shard.entrySet().stream())
                .map(e -> Map.entry(e.getKey(), e.getValue())).iterator();
          }

          @Override
          public int size() {
            return Arrays.stream(shards).mapToInt(HashMap::size).sum();
          }
        };
      }
    };
  }

  /**
   * A key's shard, from the top bits of its hash times 2^32/φ (Fibonacci hashing). Not from the low
   * bits HashMap itself picks a bucket by: all keys of a shard would then share those bits and
   * crowd into one sixty-fourth of its buckets, which HashMap turns into trees once eight collide.
   */
  static int index(final UInt256 key) {
    return (key.hashCode() * 0x9E3779B9) >>> (Integer.SIZE - SHARD_BITS);
  }

  private HashMap<UInt256, UInt256> shard(final UInt256 key) {
    return shards[index(key)];
  }

  private HashMap<UInt256, UInt256> writable(final UInt256 key) {
    final int i = index(key);
    if (!own[i]) {
      shards[i] = new HashMap<>(shards[i]);
      own[i] = true;
    }
    return shards[i];
  }
}
