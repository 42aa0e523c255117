package io.rolluplab.rollup.node;

import io.rolluplab.rollup.event.RollupEvent;

/** What the node itself does around its roles, one record each, with the sentence the event feed shows. */
public sealed interface NodeEvent extends RollupEvent {

  @Override
  default String role() {
    return "node";
  }

  /** The rollup's contracts are on L1. */
  record RollupDeployed(RollupDeployment deployment, long l2ChainId) implements NodeEvent {
    @Override
    public String sentence() {
      final String decider = deployment.mode() == RollupMode.ZK
          ? "its MockVerifier at " + deployment.verifier()
          : "its DisputeGame at " + deployment.disputeGame();
      return "Deployed the " + deployment.rollupName() + " at " + deployment.rollup() + " in L1 block "
          + deployment.l1Block() + ", with its Bridge at " + deployment.bridge() + " and " + decider
          + "; the L2 has chain id " + l2ChainId + ".";
    }
  }

  /** The node started again on the store of an earlier run: its contracts and L2 blocks were there. */
  record RollupResumed(RollupDeployment deployment, long l2Head, int pending) implements NodeEvent {
    @Override
    public String sentence() {
      return "Resumed the " + deployment.rollupName() + " at " + deployment.rollup() + " from the store: L2 blocks up to " + l2Head
          + " re-executed to their stored state roots, " + pending + " accepted transactions back in the mempool.";
    }
  }

  /** A role's tick threw; the node goes on and the role tries again at its next tick. */
  record TickFailed(String failedRole, String problem) implements NodeEvent {
    @Override
    public String sentence() {
      return "The " + failedRole + "'s tick failed (" + problem + "); it tries again at every tick.";
    }
  }

  /** A role whose ticks failed completed one again. */
  record TickRecovered(String recoveredRole) implements NodeEvent {
    @Override
    public String sentence() {
      return "The " + recoveredRole + " works again.";
    }
  }
}
