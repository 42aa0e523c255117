package io.rolluplab.rollup.challenger;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.event.Amount;
import io.rolluplab.rollup.event.RollupEvent;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;

/** Every step the challenger takes or sees in its own game, one record each, with the sentence the event feed shows. */
public sealed interface ChallengerEvent extends RollupEvent {

  @Override
  default String role() {
    return "challenger";
  }

  /** A proposed root equals the one the challenger derived from L1's data. */
  record RootConfirmed(long batchIndex, Bytes32 root) implements ChallengerEvent {
    @Override
    public String sentence() {
      return "Checked the root proposed for batch " + batchIndex + " against the state derived from L1's data: both are "
          + root.toShortHex() + ", nothing to dispute.";
    }
  }

  /** A proposed root differs from the one the challenger derived: it will dispute it. */
  record WrongRootFound(long batchIndex, Address proposer, Bytes32 claimedRoot, Bytes32 derivedRoot)
      implements ChallengerEvent {
    @Override
    public String sentence() {
      return "The root " + claimedRoot.toShortHex() + " that " + proposer + " proposed for batch " + batchIndex
          + " is wrong: executing the batch's data from L1 gives " + derivedRoot.toShortHex() + ". Disputing it.";
    }
  }

  /** The challenger's challenge opened a dispute game; its bond is locked until the game ends. */
  record DisputeOpened(long gameId, long batchIndex, long itemCount, BigInteger bond, Bytes32 l1Tx)
      implements ChallengerEvent {
    @Override
    public String sentence() {
      return "Opened dispute game " + gameId + " over batch " + batchIndex + " (" + itemCount + " items) with a bond of "
          + Amount.of(bond) + "; bisection starts on items 0.." + itemCount + ".";
    }
  }

  /** The proposer posted its root at the midpoint; the challenger compares it with its own. */
  record ProposerRootSeen(long gameId, long position, Bytes32 proposerRoot, Bytes32 derivedRoot, Bytes32 l1Tx)
      implements ChallengerEvent {
    @Override
    public String sentence() {
      return "Game " + gameId + ": the proposer says the root after " + position + " items is " + proposerRoot.toShortHex()
          + (proposerRoot.equals(derivedRoot) ? ", as derived here: the error is later."
              : "; derived here: " + derivedRoot.toShortHex() + ", so the error is at or before item " + (position - 1)
                  + ".");
    }
  }

  /** The challenger posted its own root at the midpoint (a bisection move). */
  record ChallengerRootPosted(long gameId, long position, Bytes32 root, Bytes32 l1Tx) implements ChallengerEvent {
    @Override
    public String sentence() {
      return "Game " + gameId + ": posted the root after " + position + " items as derived from L1, " + root.toShortHex()
          + ".";
    }
  }

  /** A bisection round ended: the interval the parties disagree on is half as wide. */
  record DisputeNarrowed(long gameId, long lo, long hi) implements ChallengerEvent {
    @Override
    public String sentence() {
      return "Game " + gameId + ": both sides agree on the root after " + lo + " items and disagree after " + hi
          + (hi - lo == 1 ? "; one item is left, item " + lo + ": its one-step proof is due."
              : "; bisection goes on.");
    }
  }

  /** L1 re-executed the disputed item itself. */
  record ItemReExecutedOnL1(long gameId, long itemIndex, Bytes32 postRoot, int outcome, Bytes32 l1Tx)
      implements ChallengerEvent {
    @Override
    public String sentence() {
      return "Game " + gameId + ": L1 re-executed item " + itemIndex + " from the agreed root"
          + (outcome == 0 ? "" : " (it broke rule " + outcome + " and changed nothing)") + " and reached "
          + postRoot.toShortHex() + ".";
    }
  }

  /** The challenger's game ended. */
  record DisputeResolved(long gameId, long batchIndex, boolean won, boolean byTimeout) implements ChallengerEvent {
    @Override
    public String sentence() {
      final String how = byTimeout ? "on time" : "by the one-step proof";
      return won
          ? "Won game " + gameId + " " + how + ": the proposer of batch " + batchIndex + " is slashed, and the roots "
              + "of batch " + batchIndex + " and every later batch are withdrawn (their data stays, for an honest "
              + "proposer to claim the right roots)."
          : "Lost game " + gameId + " " + how + ": the root of batch " + batchIndex + " stands and the bond goes to the "
              + "proposer.";
    }
  }

  /** Another game rolled the batch back first: the challenger's game is void and its bond comes back. */
  record DisputeAbandoned(long gameId, long batchIndex) implements ChallengerEvent {
    @Override
    public String sentence() {
      return "Abandoned game " + gameId + ": batch " + batchIndex + "'s root was already rolled back by another game; "
          + "the bond is credited back.";
    }
  }

  /** The challenger took bonds a contract had credited to it (pull payment). */
  record BondsClaimed(String from, BigInteger amount, Bytes32 l1Tx) implements ChallengerEvent {
    @Override
    public String sentence() {
      return "Claimed " + Amount.of(amount) + " of bonds credited by the " + from + ".";
    }
  }

  /**
   * A proposal claims batch {@code batchIndex} holds data the challenger cannot find on L1 (not
   * sent, or sent after the block the claim's proof would start from): nobody can check its root.
   */
  record BatchUnverifiable(long batchIndex, Bytes32 claimedDataHash) implements ChallengerEvent {
    @Override
    public String sentence() {
      return "Cannot verify batch " + batchIndex + ": a proposer claims its data hashes to "
          + claimedDataHash.toShortHex() + ", but no such batch is on L1 where the claim says. Nobody who reads L1"
          + " can check its root, so the claim itself is disputed: its data must be shown on L1, or it falls.";
    }
  }

  /** A proposal claims something about batch {@code batchIndex} that its transaction on L1 does not hold. */
  record WrongClaimFound(long batchIndex, Address proposer, String difference) implements ChallengerEvent {
    @Override
    public String sentence() {
      return "The claim " + proposer + " made about batch " + batchIndex + " does not match the batch on L1: "
          + difference + ". Disputing the claim.";
    }
  }

  /** It disputed a claim about a batch's data, locking {@code bond}; the batch must be shown by {@code deadline}. */
  record DataChallengeOpened(long batchIndex, BigInteger bond, long deadline) implements ChallengerEvent {
    @Override
    public String sentence() {
      return "Challenged the claim about batch " + batchIndex + "'s data with a bond of " + Amount.of(bond)
          + ": anyone may show L1 the batch's transaction until L1 time " + deadline + " (a proof from the block"
          + " hash L1 kept at the proposal, through the block's transactions trie); L1 then reads it itself.";
    }
  }

  /** L1 read the batch's transaction from a proof and compared it with the claim. */
  record BatchDataShown(long batchIndex, boolean claimUpheld, String truth, Bytes32 l1Tx) implements ChallengerEvent {
    @Override
    public String sentence() {
      return "L1 read batch " + batchIndex + "'s transaction from a proof: " + truth + ". " + (claimUpheld
          ? "That is what the claim said, so the claim stands and the challenger's bond goes to the proposer."
          : "That is not what the claim said: the proposer loses its bond and the claim is withdrawn.");
    }
  }

  /** Nobody showed the batch's transaction by the deadline: the claim falls. */
  record DataChallengeUnanswered(long batchIndex) implements ChallengerEvent {
    @Override
    public String sentence() {
      return "Nobody showed batch " + batchIndex + "'s transaction on L1 in time: a claim about data nobody can see"
          + " does not stand. The proposer loses its bond, and the claim (with every later one) is withdrawn.";
    }
  }
}
