package io.rolluplab.rollup.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class SparseMerkleTreeTest {
  private static final Bytes32 A = Bytes32.of(BigInteger.valueOf(5));
  private static final Bytes32 B = Bytes32.of(BigInteger.ONE.shiftLeft(255));

  @Test
  void emptyTreeHasRootZero() {
    assertThat(new SparseMerkleTree().root()).isEqualTo(Bytes32.ZERO);
  }

  @Test
  void proofsVerifyPresentAndAbsentKeysAndCarryOnlyNonZeroSiblings() {
    final SparseMerkleTree tree = new SparseMerkleTree();
    tree.put(A, Bytes32.of(BigInteger.TEN));
    tree.put(B, Bytes32.of(BigInteger.TWO));
    final CompactProof proofA = tree.proof(A);
    assertThat(proofA.siblings()).hasSize(1); // the two leaves part at the root: one non-zero sibling
    assertThat(proofA.bitmap()).isEqualTo(BigInteger.ONE.shiftLeft(255));
    assertThat(proofA.verifies(tree.root(), A, Bytes32.of(BigInteger.TEN))).isTrue();
    assertThat(proofA.verifies(tree.root(), A, Bytes32.of(BigInteger.ONE))).isFalse();
    final Bytes32 absent = Bytes32.of(BigInteger.valueOf(6));
    assertThat(tree.proof(absent).verifies(tree.root(), absent, Bytes32.ZERO)).isTrue();
  }

  @Test
  void removingTheLastLeafRestoresTheEmptyRoot() {
    final SparseMerkleTree tree = new SparseMerkleTree();
    tree.put(A, Bytes32.of(BigInteger.TEN));
    tree.put(A, Bytes32.ZERO);
    assertThat(tree.root()).isEqualTo(Bytes32.ZERO);
  }

  @Test
  void updatingAlongAProofGivesTheTreesNewRoot() {
    final SparseMerkleTree tree = new SparseMerkleTree();
    tree.put(A, Bytes32.of(BigInteger.TEN));
    tree.put(B, Bytes32.of(BigInteger.TWO));
    final CompactProof proof = tree.proof(A);
    tree.put(A, Bytes32.of(BigInteger.valueOf(11)));
    assertThat(proof.computeRoot(A, Bytes32.of(BigInteger.valueOf(11)))).isEqualTo(tree.root());
  }
}
