package io.rolluplab.web;

import java.util.List;

/** What {@code --mode} starts: one of the two rollups, or both side by side on the same L1. */
enum LabMode {
  OPTIMISTIC(List.of(RollupInstance.OPTIMISTIC)),
  ZK(List.of(RollupInstance.ZK)),
  BOTH(List.of(RollupInstance.OPTIMISTIC, RollupInstance.ZK));

  private final List<RollupInstance> instances;

  LabMode(final List<RollupInstance> instances) {
    this.instances = instances;
  }

  /** The rollups to start, the optimistic one first. */
  List<RollupInstance> instances() {
    return instances;
  }
}
