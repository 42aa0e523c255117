package io.rolluplab.web.overview;

import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.web.view.Countdown;
import java.util.Optional;
import org.web3j.abi.datatypes.generated.Uint256;

/** An optimistic batch's challenge window, as the {@code OptimisticRollup} on L1 holds it, and its countdown. */
public final class ChallengeWindow {
  private ChallengeWindow() {}

  /**
   * The L1 time (seconds) the window of {@code batchIndex} ends, with any extension a won dispute
   * gave it; empty if no root is proposed for it (or L1 cannot be read).
   */
  public static Optional<Long> deadline(final L1Client l1, final RollupNode rollup, final long batchIndex) {
    try {
      final byte[] out = l1.call(rollup.deployment().rollup(),
          OptimisticRollupContract.PROPOSAL_OF.encode(new Uint256(batchIndex)));
      final long deadline = OptimisticRollupContract.Proposal.decode(OptimisticRollupContract.PROPOSAL_OF.decode(out))
          .challengeDeadline();
      return deadline == 0 ? Optional.empty() : Optional.of(deadline);
    } catch (L1Exception e) {
      return Optional.empty();
    }
  }

  /**
   * The countdown to a window's end ({@code 6 d 23 h left}), after {@code prefix}; once over, it says
   * that the next L1 block makes the batch final (the proposer finalizes it then).
   */
  public static Countdown countdown(final String prefix, final long deadline, final long l1Now) {
    return Countdown.until(prefix, deadline, l1Now, "window over: final at the next L1 block");
  }
}
