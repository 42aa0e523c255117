package io.rolluplab.rollup.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.types.Address;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class SparseMerkleTreeTest {
  private static final BigInteger TOP_BIT = BigInteger.ONE.shiftLeft(255);
  private static final Bytes32 V1 = value(1);
  private static final Bytes32 V2 = value(2);

  // ------------------------------------------------------------------ the hashing rules, by hand

  @Test
  void emptyTreeHasRootZeroAndEveryKeyIsAbsent() {
    final SparseMerkleTree tree = new SparseMerkleTree();
    assertThat(tree.root()).isEqualTo(Bytes32.ZERO);
    assertThat(tree.proof(key(1))).isEqualTo(CompactProof.EMPTY_TREE);
    assertThat(CompactProof.EMPTY_TREE.verifies(Bytes32.ZERO, key(1), Bytes32.ZERO)).isTrue();
  }

  @Test
  void aTreeOfOneLeafHasTheLeafAsItsRoot() {
    final SparseMerkleTree tree = new SparseMerkleTree();
    tree.put(key(1), V1);
    final byte[] preimage = ByteBuffer.allocate(65).put((byte) 1).put(key(1).toArray()).put(V1.toArray()).array();
    assertThat(tree.root()).isEqualTo(Bytes32.wrap(Keccak.hash(preimage)));
    final CompactProof own = tree.proof(key(1));
    assertThat(own.depth()).isZero();
    assertThat(own.hasOtherLeaf()).isFalse();
    final CompactProof other = tree.proof(key(2));
    assertThat(other.depth()).isZero();
    assertThat(other.otherKey()).isEqualTo(key(1));
    assertThat(other.verifies(tree.root(), key(2), Bytes32.ZERO)).isTrue();
  }

  @Test
  void twoLeavesPartWhereTheirKeysFirstDifferWithSingleChildLevelsAbove() {
    // the keys share their first 3 bits (010) and differ in the fourth
    final Bytes32 a = Bytes32.of(new BigInteger("0100", 2).shiftLeft(252));
    final Bytes32 b = Bytes32.of(new BigInteger("0101", 2).shiftLeft(252).add(BigInteger.ONE));
    final SparseMerkleTree tree = new SparseMerkleTree();
    tree.put(a, V1);
    tree.put(b, V2);
    Bytes32 node = Bytes32.hashPair(SparseMerkleTree.leafNode(a, V1), SparseMerkleTree.leafNode(b, V2)); // depth 3
    node = Bytes32.hashPair(node, Bytes32.ZERO); // depth 2: their bit there is 0, the other side is empty
    node = Bytes32.hashPair(Bytes32.ZERO, node); // depth 1: bit 1
    node = Bytes32.hashPair(node, Bytes32.ZERO); // depth 0: bit 0
    assertThat(tree.root()).isEqualTo(node);

    final CompactProof proofA = tree.proof(a);
    assertThat(proofA.depth()).isEqualTo(4);
    assertThat(proofA.bitmap()).isEqualTo(BigInteger.valueOf(0b1000));
    assertThat(proofA.siblings()).containsExactly(SparseMerkleTree.leafNode(b, V2));
    // a key that leaves their path at depth 1 ends at an empty slot, with one sibling: their subtree
    final Bytes32 c = Bytes32.of(new BigInteger("0000", 2).shiftLeft(252)); // parts from them at depth 1
    final CompactProof proofC = tree.proof(c);
    assertThat(proofC.depth()).isEqualTo(2);
    assertThat(proofC.hasOtherLeaf()).isFalse();
    assertThat(proofC.bitmap()).isEqualTo(BigInteger.valueOf(0b10));
    assertThat(proofC.verifies(tree.root(), c, Bytes32.ZERO)).isTrue();
  }

  @Test
  void accountKeysAreTheHashOfTheAddress() {
    final Address alice = Address.fromHex("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
    assertThat(Account.key(alice)).isEqualTo(Bytes32.wrap(Keccak.hash(alice.toArray())));
  }

  // ------------------------------------------------------------------ random sequences

  /** Every write, done from the proof alone, gives the tree's new root; and the tree matches the definition. */
  @Test
  void randomInsertsAndUpdatesFromProofsAloneGiveTheTreesRoot() {
    final Random random = new Random(1);
    for (int run = 0; run < 20; run++) {
      final SparseMerkleTree tree = new SparseMerkleTree();
      final Map<Bytes32, Bytes32> leaves = new LinkedHashMap<>();
      final List<Bytes32> keys = new ArrayList<>();
      for (int step = 0; step < 60; step++) {
        final Bytes32 key = nextKey(random, keys);
        final Bytes32 value = value(random.nextInt());
        final Bytes32 old = leaves.getOrDefault(key, Bytes32.ZERO);
        final CompactProof proof = tree.proof(key);
        assertThat(proof.verifies(tree.root(), key, old)).isTrue();
        final Bytes32 expected = proof.update(tree.root(), key, old, value);
        tree.put(key, value);
        leaves.put(key, value);
        if (!keys.contains(key)) {
          keys.add(key);
        }
        assertThat(tree.root()).as("run %d step %d", run, step).isEqualTo(expected).isEqualTo(definition(leaves, 0));
      }
      for (final Bytes32 key : keys) {
        assertThat(tree.get(key)).isEqualTo(leaves.get(key));
        assertThat(tree.proof(key).verifies(tree.root(), key, leaves.get(key))).isTrue();
      }
      for (int i = 0; i < 20; i++) {
        final Bytes32 absent = nextKey(random, keys);
        if (!leaves.containsKey(absent)) {
          assertThat(tree.get(absent)).isEqualTo(Bytes32.ZERO);
          assertThat(tree.proof(absent).verifies(tree.root(), absent, Bytes32.ZERO)).isTrue();
          assertThat(tree.proof(absent).verifies(tree.root(), absent, V1)).isFalse();
        }
      }
    }
  }

  /**
   * Hashes are computed when the root is asked for: a tree asked after every write, one asked now
   * and then, and one asked only at the end agree with the definition, and so do copies taken
   * between writes while hashes were still missing, asked only after the original changed on.
   */
  @Test
  void theRootIsTheSameWheneverItIsAskedFor() {
    final Random random = new Random(2);
    for (int run = 0; run < 10; run++) {
      final SparseMerkleTree everyWrite = new SparseMerkleTree();
      final SparseMerkleTree sometimes = new SparseMerkleTree();
      final SparseMerkleTree atTheEnd = new SparseMerkleTree();
      final Map<Bytes32, Bytes32> leaves = new LinkedHashMap<>();
      final List<Bytes32> keys = new ArrayList<>();
      final List<SparseMerkleTree> copies = new ArrayList<>();
      final List<Bytes32> copiedRoots = new ArrayList<>();
      for (int step = 0; step < 200; step++) {
        final Bytes32 key = nextKey(random, keys);
        final Bytes32 value = value(random.nextInt());
        for (final SparseMerkleTree tree : List.of(everyWrite, sometimes, atTheEnd)) {
          tree.put(key, value);
        }
        leaves.put(key, value);
        if (!keys.contains(key)) {
          keys.add(key);
        }
        everyWrite.root();
        if (random.nextInt(5) == 0) {
          assertThat(sometimes.root()).isEqualTo(everyWrite.root());
        }
        if (step % 20 == 7) {
          copies.add(atTheEnd.copy());
          copiedRoots.add(definition(leaves, 0));
        }
      }
      assertThat(atTheEnd.root()).isEqualTo(everyWrite.root()).isEqualTo(sometimes.root())
          .isEqualTo(definition(leaves, 0));
      for (int i = 0; i < copies.size(); i++) {
        assertThat(copies.get(i).root()).as("copy %d", i).isEqualTo(copiedRoots.get(i));
      }
      for (final Bytes32 key : keys) {
        assertThat(atTheEnd.proof(key).verifies(atTheEnd.root(), key, leaves.get(key))).isTrue();
      }
    }
  }

  @Test
  void proofsOfABigTreeAreShort() {
    final SparseMerkleTree tree = new SparseMerkleTree();
    for (int i = 0; i < 4096; i++) {
      tree.put(Account.key(Address.fromLong(i + 1)), value(i));
    }
    final CompactProof proof = tree.proof(Account.key(Address.fromLong(77)));
    assertThat(proof.depth()).isBetween(8, 30); // about log2(4096) = 12 with hashed keys
    assertThat(proof.siblings().size()).isLessThanOrEqualTo(proof.depth());
  }

  // ------------------------------------------------------------------ proofs that must be refused

  @Test
  void tamperedProofsOfAPresentKeyAreRefused() {
    final Random random = new Random(2);
    final SparseMerkleTree tree = new SparseMerkleTree();
    final List<Bytes32> keys = new ArrayList<>();
    final Map<Bytes32, Bytes32> leaves = new HashMap<>();
    for (int i = 0; i < 40; i++) {
      final Bytes32 key = nextKey(random, keys);
      keys.add(key);
      leaves.put(key, value(i));
      tree.put(key, value(i));
    }
    final Bytes32 root = tree.root();
    for (final Bytes32 key : keys) {
      final CompactProof p = tree.proof(key);
      final Bytes32 v = leaves.get(key);
      assertThat(p.verifies(root, key, v)).isTrue();
      assertThat(p.verifies(root, key, value(999))).isFalse();
      assertThat(p.verifies(root, key, Bytes32.ZERO)).isFalse();
      final List<CompactProof> tampered = List.of(
          withSiblings(p, s -> { s.set(0, value(7)); return s; }),
          withSiblings(p, s -> { s.add(value(7)); return s; }),                    // unused sibling
          withSiblings(p, s -> { s.remove(s.size() - 1); return s; }),             // missing sibling
          new CompactProof(p.depth(), p.bitmap(), p.siblings(), key, v),           // other leaf for a present key
          new CompactProof(p.depth(), p.bitmap(), p.siblings(), value(5), Bytes32.ZERO),
          deeper(p),                                                               // the leaf one level deeper
          shallower(p));
      for (final CompactProof t : tampered) {
        assertThat(t.verifies(root, key, v)).as("%s", t).isFalse();
        assertThatThrownBy(() -> t.update(root, key, v, value(3))).isInstanceOf(IllegalArgumentException.class);
      }
    }
  }

  @Test
  void tamperedProofsOfAbsenceAreRefused() {
    final SparseMerkleTree tree = new SparseMerkleTree();
    for (int i = 0; i < 30; i++) {
      tree.put(key(i), value(i));
    }
    final Bytes32 root = tree.root();
    int withOtherLeaf = 0;
    for (int i = 100; i < 160; i++) {
      final Bytes32 absent = key(i);
      final CompactProof p = tree.proof(absent);
      assertThat(p.verifies(root, absent, Bytes32.ZERO)).isTrue();
      if (!p.hasOtherLeaf()) {
        continue;
      }
      withOtherLeaf++;
      // hiding the other leaf, or making it the key itself, or one off the path: refused
      assertThat(new CompactProof(p.depth(), p.bitmap(), p.siblings(), Bytes32.ZERO, Bytes32.ZERO)
          .verifies(root, absent, Bytes32.ZERO)).isFalse();
      assertThat(new CompactProof(p.depth(), p.bitmap(), p.siblings(), absent, p.otherValue())
          .flaw(absent, Bytes32.ZERO)).isPresent();
      final Bytes32 offPath = Bytes32.of(p.otherKey().toBigInteger().xor(TOP_BIT));
      if (p.depth() > 0) {
        assertThat(new CompactProof(p.depth(), p.bitmap(), p.siblings(), offPath, p.otherValue())
            .flaw(absent, Bytes32.ZERO)).isPresent();
      }
      // the other leaf's own proof does not prove the absent key (it has no other leaf)
      assertThat(tree.proof(p.otherKey()).verifies(root, absent, Bytes32.ZERO)).isFalse();
    }
    assertThat(withOtherLeaf).isPositive();
  }

  @Test
  void aZeroSiblingMayNotBeListed() {
    final Bytes32 a = Bytes32.of(new BigInteger("010", 2).shiftLeft(253)); // shares 2 bits with b
    final Bytes32 b = Bytes32.of(new BigInteger("011", 2).shiftLeft(253));
    final SparseMerkleTree tree = new SparseMerkleTree();
    tree.put(a, V1);
    tree.put(b, V2);
    final CompactProof p = tree.proof(a);
    assertThat(p.bitmap()).isEqualTo(BigInteger.valueOf(0b100));
    // list the zero sibling of the single-child level at depth 1 as if it were non-zero
    final CompactProof t = new CompactProof(3, BigInteger.valueOf(0b110),
        List.of(p.siblings().get(0), Bytes32.ZERO), Bytes32.ZERO, Bytes32.ZERO);
    assertThat(t.flaw(a, V1)).contains("a zero sibling is listed: only non-zero siblings are");
    assertThat(t.verifies(tree.root(), a, V1)).isFalse();
  }

  // ------------------------------------------------------------------ writes

  @Test
  void aLeafIsNeverRemoved() {
    final SparseMerkleTree tree = new SparseMerkleTree();
    tree.put(key(1), V1);
    final Bytes32 root = tree.root();
    assertThatThrownBy(() -> tree.put(key(1), Bytes32.ZERO)).hasMessageContaining("never removed");
    assertThatThrownBy(() -> tree.proof(key(1)).update(root, key(1), V1, Bytes32.ZERO)).hasMessageContaining("never removed");
    tree.put(key(2), Bytes32.ZERO); // zero where there is no leaf: nothing happens
    assertThat(tree.root()).isEqualTo(root);
    assertThat(tree.proof(key(2)).update(root, key(2), Bytes32.ZERO, Bytes32.ZERO)).isEqualTo(root);
  }

  @Test
  void aCopyIsIndependent() {
    final SparseMerkleTree tree = new SparseMerkleTree();
    tree.put(key(1), V1);
    final SparseMerkleTree copy = tree.copy();
    tree.put(key(2), V2);
    copy.put(key(1), V2);
    assertThat(copy.get(key(2))).isEqualTo(Bytes32.ZERO);
    assertThat(tree.get(key(1))).isEqualTo(V1);
    assertThat(copy.root()).isEqualTo(SparseMerkleTree.leafNode(key(1), V2));
  }

  @Test
  void revertingAStateUndoesInsertsAndUpdates() {
    final L2State state = new L2State();
    final Address a = Address.fromLong(1);
    final Address b = Address.fromLong(2);
    state.setAccount(a, new Account(BigInteger.TEN, 0));
    state.commit();
    final Bytes32 before = state.root();
    final int mark = state.mark();
    state.setAccount(a, new Account(BigInteger.ONE, 1));
    state.setAccount(b, new Account(BigInteger.TWO, 0));
    state.addWithdrawal(new Withdrawal(a, a, BigInteger.ONE, 0));
    state.revertTo(mark);
    assertThat(state.root()).isEqualTo(before);
    assertThat(state.accounts()).containsOnlyKeys(a);
    assertThat(state.account(a)).isEqualTo(new Account(BigInteger.TEN, 0));
    assertThatThrownBy(() -> state.setAccount(a, Account.EMPTY)).hasMessageContaining("never removed");
    assertThat(state.root()).isEqualTo(before);
  }

  // ------------------------------------------------------------------ helpers

  /** The root by the definition of L2-RULES.md §1.2, straight from the set of leaves. */
  private static Bytes32 definition(final Map<Bytes32, Bytes32> leaves, final int depth) {
    if (leaves.isEmpty()) {
      return Bytes32.ZERO;
    }
    if (leaves.size() == 1) {
      final Map.Entry<Bytes32, Bytes32> only = leaves.entrySet().iterator().next();
      return SparseMerkleTree.leafNode(only.getKey(), only.getValue());
    }
    final Map<Bytes32, Bytes32> left = new HashMap<>();
    final Map<Bytes32, Bytes32> right = new HashMap<>();
    leaves.forEach((k, v) -> (k.bitFromTop(depth) ? right : left).put(k, v));
    return Bytes32.hashPair(definition(left, depth + 1), definition(right, depth + 1));
  }

  /**
   * A key for a random sequence: a fresh random one, an existing one (an update), or an existing
   * one with one bit flipped deep down (a long shared prefix, so a split far below the others).
   */
  private static Bytes32 nextKey(final Random random, final List<Bytes32> keys) {
    final int kind = keys.isEmpty() ? 0 : random.nextInt(4);
    if (kind == 0 || kind == 1) {
      final byte[] b = new byte[32];
      random.nextBytes(b);
      return Bytes32.wrap(b);
    }
    final Bytes32 existing = keys.get(random.nextInt(keys.size()));
    if (kind == 2) {
      return existing;
    }
    final int depth = 1 + random.nextInt(255);
    return Bytes32.of(existing.toBigInteger().flipBit(255 - depth));
  }

  private static CompactProof withSiblings(final CompactProof p, final UnaryOperator<List<Bytes32>> change) {
    if (p.siblings().isEmpty()) {
      return new CompactProof(p.depth(), p.bitmap(), List.of(value(8)), p.otherKey(), p.otherValue());
    }
    return new CompactProof(p.depth(), p.bitmap(), change.apply(new ArrayList<>(p.siblings())), p.otherKey(), p.otherValue());
  }

  /** The end one level deeper, with a made-up sibling next to it. */
  private static CompactProof deeper(final CompactProof p) {
    if (p.depth() == SparseMerkleTree.DEPTH) {
      return shallower(p);
    }
    final List<Bytes32> s = new ArrayList<>();
    s.add(value(9));
    s.addAll(p.siblings());
    return new CompactProof(p.depth() + 1, p.bitmap().setBit(p.depth()), s, p.otherKey(), p.otherValue());
  }

  /** The end one level higher, dropping the sibling next to it. */
  private static CompactProof shallower(final CompactProof p) {
    if (p.depth() == 0) {
      return new CompactProof(1, BigInteger.ZERO, p.siblings(), p.otherKey(), p.otherValue());
    }
    return new CompactProof(p.depth() - 1, p.bitmap().clearBit(p.depth() - 1), p.siblings().subList(1, p.siblings().size()),
        p.otherKey(), p.otherValue());
  }

  @Test
  void aKeyPrefixNamesTheOnlyLeafWhoseKeyStartsWithIt() {
    // keys 0110…, 0111… and 1…: 0 is shared by two leaves, 011 too, 0110 names one, 1 names one
    final Bytes32 a = Bytes32.of(new BigInteger("0110", 2).shiftLeft(252));
    final Bytes32 b = Bytes32.of(new BigInteger("0111", 2).shiftLeft(252).add(BigInteger.ONE));
    final Bytes32 c = Bytes32.of(TOP_BIT.add(BigInteger.TWO));
    final SparseMerkleTree tree = new SparseMerkleTree();
    tree.put(a, V1);
    tree.put(b, V2);
    tree.put(c, V1);

    assertThat(tree.onlyKeyStartingWith(a, 4)).contains(a);
    assertThat(tree.onlyKeyStartingWith(a, 256)).contains(a);
    assertThat(tree.onlyKeyStartingWith(b, 4)).contains(b);
    assertThat(tree.onlyKeyStartingWith(c, 1)).contains(c);
    assertThat(tree.onlyKeyStartingWith(a, 3)).as("011 is shared by a and b").isEmpty();
    assertThat(tree.onlyKeyStartingWith(a, 1)).as("0 is shared by a and b").isEmpty();
    assertThat(tree.onlyKeyStartingWith(Bytes32.of(new BigInteger("0100", 2).shiftLeft(252)), 3))
        .as("010: nobody").isEmpty();
    assertThat(tree.onlyKeyStartingWith(Bytes32.of(TOP_BIT.add(BigInteger.ONE)), 255))
        .as("c's path, but c's key differs in the last of the 255 bits").isEmpty();
    assertThat(new SparseMerkleTree().onlyKeyStartingWith(a, 8)).isEmpty();
  }

  private static Bytes32 key(final int i) {
    return Bytes32.wrap(Keccak.hash(ByteBuffer.allocate(8).putInt(0x6b6579).putInt(i).array()));
  }

  private static Bytes32 value(final int i) {
    return Bytes32.wrap(Keccak.hash(ByteBuffer.allocate(8).putInt(0x76616c).putInt(i).array()));
  }
}
