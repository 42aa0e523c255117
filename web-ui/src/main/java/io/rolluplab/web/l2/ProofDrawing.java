package io.rolluplab.web.l2;

import io.rolluplab.web.view.Format;
import java.util.ArrayList;
import java.util.List;

/**
 * A Merkle proof drawn as the path through the tree, for an SVG the template writes out: the root
 * at the top, the leaf (or the empty spot) at the bottom, the path's nodes in the middle column
 * and each level's sibling hanging off to the side the key's bit does not take.
 */
public record ProofDrawing(int width, int height, List<Box> boxes, List<Line> lines) {
  /**
   * A node. {@code kind} is its CSS class: root, path, sibling, empty-sibling, leaf, absent.
   *
   * @param title the full hash, shown on hover
   */
  public record Box(int x, int y, int w, int h, String kind, String caption, String label, String title) {
    public int textX() {
      return x + w / 2;
    }
  }

  /** An edge from a parent to a child; {@code label} is the key's bit ("0" left, "1" right) on the path's edges. */
  public record Line(int x1, int y1, int x2, int y2, String kind, String label) {
    public int labelX() {
      return (x1 + x2) / 2 + (x2 < x1 ? -14 : 8);
    }

    public int labelY() {
      return (y1 + y2) / 2 + 4;
    }
  }

  private static final int WIDTH = 760;
  private static final int BOX_W = 210;
  private static final int BOX_H = 48;
  private static final int ROW = 84;
  private static final int TOP = 14;
  private static final int SIDE = 250;

  /**
   * The drawing of a walk up from the end of the path ({@code endKind}, {@code endLabel}) through
   * {@code levels} (deepest first) to the root.
   */
  static ProofDrawing of(final String endCaption, final String endKind, final String endHash,
      final List<ProofLevel> levels, final String root) {
    final int center = (WIDTH - BOX_W) / 2;
    final int depth = levels.size();
    final List<Box> boxes = new ArrayList<>();
    final List<Line> lines = new ArrayList<>();
    boxes.add(new Box(center, TOP, BOX_W, BOX_H, "root", "root", Format.shortHex(root), root));
    // levels are deepest first; draw top-down, so depth 0 (just under the root) first
    for (int i = depth - 1; i >= 0; i--) {
      final ProofLevel level = levels.get(i);
      final int parentY = TOP + level.depth() * ROW;
      final int childY = parentY + ROW;
      final int siblingX = level.right() ? center - SIDE : center + SIDE;
      final boolean isEnd = level.depth() == depth - 1;
      final String siblingHash = level.sibling().toString();
      boxes.add(new Box(siblingX, childY, BOX_W, BOX_H, level.sibling().isZero() ? "empty-sibling" : "sibling",
          "sibling at depth " + (level.depth() + 1), level.sibling().isZero() ? "0 (empty)" : Format.shortHex(siblingHash),
          siblingHash));
      if (!isEnd) {
        final String node = levels.get(i - 1).parent().toString();
        boxes.add(new Box(center, childY, BOX_W, BOX_H, "path", "depth " + (level.depth() + 1), Format.shortHex(node),
            node));
      }
      final int fromX = center + BOX_W / 2;
      final int fromY = parentY + BOX_H;
      lines.add(new Line(fromX, fromY, center + BOX_W / 2, childY, "path", level.right() ? "1" : "0"));
      lines.add(new Line(fromX, fromY, siblingX + BOX_W / 2, childY, "sibling", level.right() ? "0" : "1"));
    }
    boxes.add(new Box(center, TOP + depth * ROW, BOX_W, BOX_H, endKind, endCaption, Format.shortHex(endHash), endHash));
    return new ProofDrawing(WIDTH, TOP + depth * ROW + BOX_H + TOP, boxes, lines);
  }
}
