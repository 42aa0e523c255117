package io.rolluplab.rollup.derivation;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.contracts.BatchClaim;
import io.rolluplab.rollup.execution.Deposit;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.statediff.StateDiff;

/**
 * What L1 says about the rollup, in L1 order: the batcher's transactions (the batches) and the logs
 * of the rollup's contracts, one record per kind. The {@link L1Reader} reads them; a {@link
 * DerivedChain} and the roles act on them. Facts are all a node needs from L1: no role ever asks
 * the sequencer what happened.
 */
public sealed interface L1Fact {

  /** The L1 block that said it. */
  long l1Block();

  /**
   * {@code Bridge.DepositQueued}: deposit {@code index} entered the queue on L1.
   *
   * @param queuedAt the timestamp of its L1 block ({@code Bridge.queuedAt}), which force inclusion counts from
   */
  record DepositSeen(Deposit deposit, long index, long l1Block, long queuedAt) implements L1Fact {
    public DepositSeen {
      if (deposit.index() != index) {
        throw new IllegalArgumentException("index: deposit #" + deposit.index() + " given as #" + index);
      }
    }

    public DepositSeen(final Deposit deposit, final long l1Block, final long queuedAt) {
      this(deposit, deposit.index(), l1Block, queuedAt);
    }
  }

  /**
   * The batcher sent batch {@code batchIndex}: its transaction with nonce {@code firstBatcherNonce +
   * batchIndex} (L2-RULES.md §2.2). Whether it counts, the {@link DerivedChain} decides ({@link
   * BatchRules}); L1 did not look at it.
   *
   * @param data its call data
   * @param to its recipient (the inbox, if the batcher sent it as it should; null: a creation)
   * @param txIndex its place in its L1 block, where a proof of it starts in the transactions trie
   * @param l1Timestamp its L1 block's timestamp: the batch's time, for deposits
   */
  record BatchSent(long batchIndex, byte[] data, Address to, Bytes32 l1Tx, long l1Block, int txIndex,
      long l1Timestamp) implements L1Fact {
    public BatchSent {
      data = data.clone();
    }

    @Override
    public byte[] data() {
      return data.clone();
    }

    public Bytes32 dataHash() {
      return Bytes32.wrap(Keccak.hash(data));
    }
  }

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
   * {@code BatchProposed}: a bonded proposer claims batch {@code batchIndex} holds {@code claim} and
   * ends in {@code root}.
   *
   * @param firstDeposit the first deposit the batch consumes, as L1 counted
   */
  record RootProposed(long batchIndex, Address proposer, Bytes32 root, long challengeDeadline, long firstDeposit,
      BatchClaim claim, long l1Block) implements L1Fact {}

  /**
   * {@code DataChallenged}: {@code challenger} disputes what batch {@code batchIndex}'s claim says it
   * holds; its transaction must be shown to L1 by {@code deadline} (L1 seconds).
   */
  record DataChallenged(long batchIndex, Address challenger, long deadline, long l1Block) implements L1Fact {}

  /**
   * {@code BatchDataShown}: L1 read batch {@code batchIndex}'s transaction from a proof; it holds
   * {@code truth}, and the claim {@code upheld} said so or not.
   */
  record BatchDataShown(long batchIndex, boolean upheld, BatchClaim truth, Bytes32 l1Tx, long l1Block)
      implements L1Fact {}

  /** {@code DataChallengeUnanswered}: nobody showed batch {@code batchIndex}'s transaction in time. */
  record DataChallengeUnanswered(long batchIndex, long l1Block) implements L1Fact {}

  /** {@code RootRolledBack}: the claim about batch {@code batchIndex} was withdrawn; the batch stays. */
  record RootRolledBack(long batchIndex, long l1Block) implements L1Fact {}

  /** {@code BatchFinalized}: the root of batch {@code batchIndex} can no longer be disputed. */
  record BatchFinalized(long batchIndex, Bytes32 root, long l1Block) implements L1Fact {}

  /**
   * {@code BatchUpheld}: the proposer won a dispute over batch {@code batchIndex} (game
   * {@code gameId}, or 0 for a data challenge); its window got back the time the dispute took and
   * now ends at {@code challengeDeadline}.
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
