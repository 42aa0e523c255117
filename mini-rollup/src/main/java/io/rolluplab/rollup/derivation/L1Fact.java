package io.rolluplab.rollup.derivation;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.execution.Deposit;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.statediff.StateDiff;

/**
 * What the rollup's L1 contracts said, one record per kind of log, in L1 order. The
 * {@link L1Reader} turns logs into facts; a {@link DerivedChain} and the roles act on them. Facts
 * are all a node needs from L1: no role ever asks the sequencer what happened.
 */
public sealed interface L1Fact {

  /** The L1 block whose logs said it. */
  long l1Block();

  /** {@code Bridge.DepositQueued}: deposit {@code index} entered the queue on L1. */
  record DepositSeen(Deposit deposit, long index, long l1Block) implements L1Fact {
    public DepositSeen {
      if (deposit.index() != index) {
        throw new IllegalArgumentException("index: deposit #" + deposit.index() + " given as #" + index);
      }
    }

    public DepositSeen(final Deposit deposit, final long l1Block) {
      this(deposit, deposit.index(), l1Block);
    }
  }

  /**
   * {@code BatchDataAccepted}: batch {@code batchIndex}'s data is on L1, in the call data of
   * transaction {@code l1Tx} ({@code postBatch}, or {@code revealBatchData} after a withheld one).
   *
   * @param firstDeposit the queue index of its first deposit item
   * @param depositCount how many deposit items it has
   */
  record BatchPosted(long batchIndex, BatchData data, Bytes32 dataHash, long firstDeposit, long depositCount,
      Bytes32 l1Tx, long l1Block) implements L1Fact {}

  /**
   * {@code ZkRollup.BatchCommitted}: batch {@code batchIndex}'s state diff is on L1, in the call data
   * of transaction {@code l1Tx} ({@code commitBatch}); its transactions are not.
   *
   * @param firstDeposit the queue index of the first deposit it consumes
   * @param depositCount how many deposits it consumes
   */
  record DiffCommitted(long batchIndex, StateDiff diff, Bytes32 diffHash, long firstDeposit, long depositCount,
      Bytes32 l1Tx, long l1Block) implements L1Fact {}

  /**
   * {@code ZkRollup.BatchesReverted}: the sequencer took back the unproven batches
   * {@code [firstBatch, endBatch)}; their deposits are back in the queue and their indexes free.
   */
  record BatchesReverted(long firstBatch, long endBatch, long l1Block) implements L1Fact {}

  /**
   * {@code BatchDataWithheld}: only the hash of batch {@code batchIndex} is on L1. Nobody can
   * execute it, so L1 takes no root for it until someone reveals the data before
   * {@code revealDeadline} (L1 seconds).
   */
  record BatchWithheld(long batchIndex, Bytes32 dataHash, long revealDeadline, Bytes32 l1Tx, long l1Block)
      implements L1Fact {}

  /** {@code BatchDropped}: a withheld batch whose data never came is gone; its index is free again. */
  record BatchDropped(long batchIndex, long l1Block) implements L1Fact {}

  /** {@code BatchProposed}: a bonded proposer claims batch {@code batchIndex} ends in {@code root}. */
  record RootProposed(long batchIndex, Address proposer, Bytes32 root, long challengeDeadline, long l1Block)
      implements L1Fact {}

  /** {@code RootRolledBack}: the claimed root of batch {@code batchIndex} was withdrawn; its data stays. */
  record RootRolledBack(long batchIndex, long l1Block) implements L1Fact {}

  /** {@code BatchFinalized}: the root of batch {@code batchIndex} can no longer be disputed. */
  record BatchFinalized(long batchIndex, Bytes32 root, long l1Block) implements L1Fact {}

  /**
   * {@code BatchUpheld}: the proposer won a dispute over batch {@code batchIndex}; its window got
   * back the time the game took and now ends at {@code challengeDeadline}.
   */
  record RootUpheld(long batchIndex, long gameId, long challengeDeadline, long l1Block) implements L1Fact {}

  /**
   * {@code DisputeGame.GameStarted}: {@code challenger} disputes the root of batch
   * {@code batchIndex}, which has {@code itemCount} items.
   */
  record GameStarted(long gameId, long batchIndex, Address proposer, Address challenger, Bytes32 proposerRoot,
      Bytes32 challengerRoot, long itemCount, Bytes32 l1Tx, long l1Block) implements L1Fact {}

  /**
   * {@code DisputeGame.RootPosted}: a party's state root after {@code position} items.
   *
   * @param byChallenger true for the challenger's root, false for the proposer's
   */
  record RootPosted(long gameId, boolean byChallenger, long position, Bytes32 root, Bytes32 l1Tx, long l1Block)
      implements L1Fact {}

  /** {@code DisputeGame.IntervalNarrowed}: the parties now agree after {@code lo} items and disagree after {@code hi}. */
  record IntervalNarrowed(long gameId, long lo, long hi, Bytes32 agreedRoot, long l1Block) implements L1Fact {}

  /**
   * {@code DisputeGame.OneStepProven}: L1 re-executed item {@code itemIndex} from the agreed root.
   *
   * @param outcome 0 if the item applied, else the code of the rule it broke (L2Rules)
   */
  record OneStepProven(long gameId, long itemIndex, Bytes32 preRoot, Bytes32 postRoot, int outcome, Bytes32 l1Tx,
      long l1Block) implements L1Fact {}

  /**
   * {@code DisputeGame.GameResolved}: the game is over.
   *
   * @param challengerWon who won: the challenger (the batch's root is rolled back) or the proposer
   * @param byTimeout true if the loser's clock ran out, false if the one-step proof decided
   */
  record GameResolved(long gameId, boolean challengerWon, boolean byTimeout, Address winner, Bytes32 l1Tx,
      long l1Block) implements L1Fact {}

  /** {@code DisputeGame.GameAbandoned}: another game rolled the batch back first; the challenger's bond is returned. */
  record GameAbandoned(long gameId, long batchIndex, long l1Block) implements L1Fact {}
}
