package io.rolluplab.web;

import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.rollup.l1.EmbeddedL1;
import io.rolluplab.rollup.mirror.Mirror;
import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.rollup.node.RollupNode;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the web UI shows and drives: the L1 {@link Devnet} (and the {@link EmbeddedL1} the rollups
 * reach it through), the running rollups by id ({@code optimistic}, {@code zk}; {@code --mode}
 * decides which exist), the mirror between them when it runs, and the {@code --data-dir}. Pages
 * read from here; they never build a rollup of their own.
 */
public final class Lab {
  private final Devnet devnet;
  private final EmbeddedL1 l1;
  private final Map<String, RollupNode> rollups;
  private final Mirror mirror;
  private final Path dataDir;

  /**
   * @param rollups the running rollups, the optimistic one first; may be empty (a devnet alone)
   * @param mirror the mirror between the two rollups, or null if it does not run
   * @param dataDir the {@code --data-dir}, or null if everything is in memory
   */
  public Lab(final Devnet devnet, final List<RollupNode> rollups, final Mirror mirror, final Path dataDir) {
    this.devnet = devnet;
    this.l1 = new EmbeddedL1(devnet);
    final Map<String, RollupNode> byId = new LinkedHashMap<>();
    rollups.forEach(rollup -> byId.put(idOf(rollup.mode()), rollup));
    this.rollups = Collections.unmodifiableMap(byId);
    this.mirror = mirror;
    this.dataDir = dataDir;
  }

  /** A lab of the devnet alone, without rollups (tests of L1 pages). */
  public static Lab devnetOnly(final Devnet devnet) {
    return new Lab(devnet, List.of(), null, null);
  }

  /** The id a rollup of {@code mode} has in URLs and the JSON API: {@code optimistic} or {@code zk}. */
  public static String idOf(final RollupMode mode) {
    return mode.name().toLowerCase(Locale.ROOT);
  }

  /** What pages call a rollup of {@code mode}: "Optimistic rollup", "ZK rollup". */
  public static String titleOf(final RollupMode mode) {
    return mode == RollupMode.ZK ? "ZK rollup" : "Optimistic rollup";
  }

  public Devnet devnet() {
    return devnet;
  }

  /** The devnet as the rollups' {@code L1Client}: sends signed transactions and waits for their receipts. */
  public EmbeddedL1 l1() {
    return l1;
  }

  /** The running rollups by id, the optimistic one first. */
  public Map<String, RollupNode> rollups() {
    return rollups;
  }

  public Optional<RollupNode> rollup(final String id) {
    return Optional.ofNullable(rollups.get(id));
  }

  public Optional<Mirror> mirror() {
    return Optional.ofNullable(mirror);
  }

  public Optional<Path> dataDir() {
    return Optional.ofNullable(dataDir);
  }
}
