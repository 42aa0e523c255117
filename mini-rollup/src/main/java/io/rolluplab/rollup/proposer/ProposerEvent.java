package io.rolluplab.rollup.proposer;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.event.Amount;
import io.rolluplab.rollup.event.RollupEvent;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;

/** Every step the proposer takes, one record each, with the sentence the event feed shows. */
public sealed interface ProposerEvent extends RollupEvent {

  @Override
  default String role() {
    return "proposer";
  }

  record BondRegistered(Address proposer, BigInteger bond) implements ProposerEvent {
    @Override
    public String sentence() {
      return "Locked a bond of " + Amount.of(bond) + " on L1 as proposer " + proposer + ": it is lost if a root it"
          + " proposes is proven wrong.";
    }
  }

  /**
   * Claimed the post-state root of a posted batch.
   *
   * @param lieFromItem -1 for an honest root; else the item from which the claimed roots are made up (fault)
   */
  record RootProposed(long batchIndex, Bytes32 root, int lieFromItem) implements ProposerEvent {
    @Override
    public String sentence() {
      return "Proposed state root " + root + " for batch " + batchIndex + (lieFromItem < 0
          ? ", computed from the batch data on L1."
          : ": a lie from item " + lieFromItem + " on (teaching fault).");
    }
  }

  /** Fault: it claimed a root for a batch whose data is not on L1. */
  record WithheldRootProposed(long batchIndex, Bytes32 root, Bytes32 dataHash) implements ProposerEvent {
    @Override
    public String sentence() {
      return "Proposed state root " + root + " for batch " + batchIndex + ", whose data (hash " + dataHash.toShortHex()
          + ") the batcher withholds (teaching fault): nobody who reads L1 can check it.";
    }
  }

  record BatchFinalized(long batchIndex) implements ProposerEvent {
    @Override
    public String sentence() {
      return "Finalized batch " + batchIndex + ": its challenge window passed without a dispute, its root is final.";
    }
  }

  record ChallengeSeen(long gameId, long batchIndex, Address challenger) implements ProposerEvent {
    @Override
    public String sentence() {
      return challenger + " disputes the root of batch " + batchIndex + " (game " + gameId
          + "); the proposer defends it move by move.";
    }
  }

  /** Its answer in the bisection: the state root after {@code position} items. */
  record MidpointRootPosted(long gameId, long position, Bytes32 root, boolean honest) implements ProposerEvent {
    @Override
    public String sentence() {
      return "In game " + gameId + ", claimed the state root after item " + position + " is " + root
          + (honest ? "." : " (made up, to stay consistent with its lie).");
    }
  }

  record DisputeWon(long gameId, long batchIndex) implements ProposerEvent {
    @Override
    public String sentence() {
      return "Won game " + gameId + ": the root of batch " + batchIndex + " stands, and the challenger's bond is ours.";
    }
  }

  /** It lost a game: its bond went to the challenger, and L1 withdrew its roots from that batch on. */
  record BondSlashed(long gameId, long batchIndex) implements ProposerEvent {
    @Override
    public String sentence() {
      return "Lost game " + gameId + " over batch " + batchIndex + ": the bond went to the challenger, and the roots"
          + " of batch " + batchIndex + " and later were withdrawn. Their data stays; they will be proposed again.";
    }
  }

  /** Someone disputes what its claim says a batch holds: the batch's transaction must be shown to L1. */
  record DataChallengeSeen(long batchIndex, Address challenger, boolean canShow) implements ProposerEvent {
    @Override
    public String sentence() {
      return challenger + " disputes the claim about batch " + batchIndex + "'s data. " + (canShow
          ? "Showing L1 the batch's transaction: a proof from the block hash L1 kept at the proposal down to it."
          : "Its transaction is not on L1 where the claim says, so there is nothing to show.");
    }
  }

  /** A data challenge against its claim ended: the claim was shown to be right, or it fell. */
  record DataChallengeEnded(long batchIndex, boolean upheld) implements ProposerEvent {
    @Override
    public String sentence() {
      return upheld ? "The claim about batch " + batchIndex + " was shown to hold: it stands, and the challenger's bond"
          + " is ours." : "The claim about batch " + batchIndex + " fell: the bond went to the challenger, and the roots"
          + " of batch " + batchIndex + " and later were withdrawn.";
    }
  }

  /** L1 withdrew the roots of batches {@code fromBatch}..{@code toBatch}: they are posted, without a root. */
  record RootsRolledBack(long fromBatch, long toBatch) implements ProposerEvent {
    @Override
    public String sentence() {
      return fromBatch == toBatch
          ? "L1 withdrew the root of batch " + fromBatch + "; it will be proposed again."
          : "L1 withdrew the roots of batches " + fromBatch + "–" + toBatch + "; they will be proposed again.";
    }
  }
}
