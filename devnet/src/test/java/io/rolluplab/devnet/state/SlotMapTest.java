package io.rolluplab.devnet.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.types.UInt256;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shards of an account's storage: every slot found again, and each shard's keys spread over its HashMap. */
class SlotMapTest {
  /** Where HashMap turns a bucket into a tree: past this, every lookup and every copy of the shard is slower. */
  private static final int TREEIFY_THRESHOLD = 8;

  @Test
  void keepsEverySlotAndCopiesShareUntilWritten() {
    final SlotMap slots = new SlotMap();
    final List<UInt256> keys = keys();
    keys.forEach(k -> slots.put(k, k));
    final SlotMap copy = slots.copy();
    copy.put(keys.get(0), UInt256.valueOf(7));

    assertThat(keys).allSatisfy(k -> assertThat(slots.getOrDefault(k, UInt256.ZERO)).isEqualTo(k));
    assertThat(copy.getOrDefault(keys.get(0), UInt256.ZERO)).isEqualTo(UInt256.valueOf(7));
    assertThat(copy.getOrDefault(keys.get(1), UInt256.ZERO)).isEqualTo(keys.get(1));
    assertThat(slots.asMap()).hasSize(keys.size());
  }

  /**
   * Solidity's slots are small numbers (fixed variables, array elements after a hash) and hashes
   * (mappings). Within one shard, HashMap picks a bucket by the low bits of {@code h ^ (h >>> 16)};
   * if the shard were chosen by the same bits, its keys would share them and pile up in a few buckets.
   */
  @Test
  void aShardsKeysSpreadOverItsBuckets() {
    final Map<Integer, List<UInt256>> byShard = new HashMap<>();
    keys().forEach(k -> byShard.computeIfAbsent(SlotMap.index(k), i -> new ArrayList<>()).add(k));
    for (final List<UInt256> shard : byShard.values()) {
      final int buckets = Integer.highestOneBit(shard.size() * 4 / 3) * 2; // HashMap's table at this size
      final Map<Integer, Integer> perBucket = new HashMap<>();
      for (final UInt256 key : shard) {
        final int h = key.hashCode();
        perBucket.merge((h ^ (h >>> 16)) & (buckets - 1), 1, Integer::sum);
      }
      assertThat(perBucket.values()).allSatisfy(n -> assertThat(n).isLessThan(TREEIFY_THRESHOLD));
    }
  }

  /** 8,000 sequential slots and 8,000 mapping slots (keccak of a key and a slot number). */
  private static List<UInt256> keys() {
    final List<UInt256> keys = new ArrayList<>();
    for (int i = 0; i < 8_000; i++) {
      keys.add(UInt256.valueOf(i));
      keys.add(UInt256.fromBytes(Keccak.hash(UInt256.valueOf(i).toBytes())));
    }
    return keys;
  }
}
