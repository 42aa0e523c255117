package io.rolluplab.rollup.batch;

import io.rolluplab.rollup.state.Bytes32;
import java.util.ArrayList;
import java.util.List;

/**
 * The binary Merkle tree L1 keeps over a batch's items (L2-RULES.md §2): leaves {@code H(body_i)},
 * padded with zero leaves to the next power of two, nodes plain {@code H(left ‖ right)} (not the
 * sparse rule). A fraud proof names item k by its body and {@link #proof(int) path}.
 */
public final class TxRoot {
  /** levels.get(0) are the padded leaves, the last level is the root alone. */
  private final List<List<Bytes32>> levels;

  private TxRoot(final List<List<Bytes32>> levels) {
    this.levels = levels;
  }

  public static TxRoot of(final List<Bytes32> leaves) {
    if (leaves.isEmpty()) {
      throw new IllegalArgumentException("a batch has at least one item");
    }
    final List<Bytes32> padded = new ArrayList<>(leaves);
    while (Integer.bitCount(padded.size()) != 1) {
      padded.add(Bytes32.ZERO);
    }
    final List<List<Bytes32>> levels = new ArrayList<>();
    levels.add(List.copyOf(padded));
    for (List<Bytes32> level = padded; level.size() > 1; ) {
      final List<Bytes32> up = new ArrayList<>();
      for (int i = 0; i < level.size(); i += 2) {
        up.add(Bytes32.hashPair(level.get(i), level.get(i + 1)));
      }
      levels.add(List.copyOf(up));
      level = up;
    }
    return new TxRoot(List.copyOf(levels));
  }

  public Bytes32 root() {
    return levels.get(levels.size() - 1).get(0);
  }

  /** The siblings from item {@code index}'s leaf up to the root, bottom first. */
  public List<Bytes32> proof(final int index) {
    final List<Bytes32> path = new ArrayList<>();
    int position = index;
    for (int height = 0; height < levels.size() - 1; height++) {
      path.add(levels.get(height).get(position ^ 1));
      position >>= 1;
    }
    return path;
  }

  /** True when {@code leaf} is item {@code index} under {@code root} along {@code path}. */
  public static boolean verify(final Bytes32 root, final Bytes32 leaf, final int index, final List<Bytes32> path) {
    Bytes32 node = leaf;
    for (int height = 0; height < path.size(); height++) {
      node = (index >> height & 1) == 1 ? Bytes32.hashPair(path.get(height), node) : Bytes32.hashPair(node, path.get(height));
    }
    return node.equals(root) && index >> path.size() == 0;
  }
}
