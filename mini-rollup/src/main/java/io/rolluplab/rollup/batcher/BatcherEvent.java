package io.rolluplab.rollup.batcher;

import io.rolluplab.rollup.event.RollupEvent;
import io.rolluplab.rollup.state.Bytes32;

/** Every step the batcher takes, one record each, with the sentence the event feed shows. */
public sealed interface BatcherEvent extends RollupEvent {

  @Override
  default String role() {
    return "batcher";
  }

  /**
   * A batch was built and written to the store, before anything is sent: after a crash the batcher
   * finds it there and looks on L1 before sending it again.
   *
   * @param reason why now: "full", "age" or "forced" (see {@link BatchPacker.Reason})
   */
  record BatchBuilt(long index, long firstBlock, long lastBlock, int items, int bytes, int deflatedBytes,
      Bytes32 dataHash, String reason) implements BatcherEvent {
    @Override
    public String sentence() {
      final String blocks =
          firstBlock == lastBlock ? "L2 block " + firstBlock : "L2 blocks " + firstBlock + "–" + lastBlock;
      final String why = switch (reason) {
        case "full" -> "it is full";
        case "age" -> "its oldest block has waited long enough";
        default -> "it must carry a deposit L1 forced in";
      };
      return "Built batch " + index + " from " + blocks + " because " + why + ": " + items + " items, " + bytes
          + " bytes (DEFLATE would save " + (bytes - deflatedBytes) + " bytes); recorded before sending.";
    }
  }

  /** The batch's data is on L1 (calldata of one transaction), and what that cost. */
  record BatchPosted(long index, Bytes32 l1Tx, long l1Block, long l1GasUsed, int bytes, int items,
      long l1GasPerItem) implements BatcherEvent {
    @Override
    public String sentence() {
      return "Posted batch " + index + " to L1 in block " + l1Block + ": " + bytes + " bytes for " + items
          + " items cost " + l1GasUsed + " L1 gas, " + l1GasPerItem + " gas per L2 transaction.";
    }
  }

  /** Fault: the batch is not sent; the operator's proposer claims a root for it all the same. */
  record BatchDataWithheld(long index, Bytes32 dataHash) implements BatcherEvent {
    @Override
    public String sentence() {
      return "Withheld batch " + index + ": its data stays off L1, yet the operator's proposer will claim a root for"
          + " it (data hash " + dataHash.toShortHex() + "). Nobody who reads L1 can check that claim.";
    }
  }

  /**
   * zk: L1 holds {@code maxUnexecuted} committed batches not executed yet and takes no more; the
   * batch waits, recorded, until the prover and the executor make room.
   */
  record BatchWaitsForExecution(long index, long maxUnexecuted) implements BatcherEvent {
    @Override
    public String sentence() {
      return "Batch " + index + " waits: L1 holds " + maxUnexecuted + " committed batches not yet proven and"
          + " executed, its limit (TooManyUnexecuted). The batcher sends it once the prover and the executor make"
          + " room; meanwhile sealed blocks pile up, and the sequencer throttles itself if they reach its limit.";
    }
  }

  /** Sending failed; the batch stays recorded, and the next tick looks on L1 before sending again. */
  record BatchPostFailed(long index, String problem) implements BatcherEvent {
    @Override
    public String sentence() {
      return "Could not post batch " + index + ": " + problem + ". It stays recorded; the batcher will check L1"
          + " and try again without posting it twice.";
    }
  }

  /**
   * L1's batch {@code index} was committed by someone else (zk: anyone may commit once a deposit is
   * overdue) before this batcher's recorded batch of that index got there, so the record can never
   * be that batch as it is. If {@code takeBackL1Tx} is set, the sequencer took back the unproven
   * batches from {@code firstTakenBack} on, the other one with them; else that one is proven.
   */
  record BatchIndexTaken(long index, long firstBlock, long lastBlock, Bytes32 otherL1Tx, Bytes32 takeBackL1Tx,
      long firstTakenBack) implements BatcherEvent {
    @Override
    public String sentence() {
      final String taken = "L1's batch " + index + " was committed by someone else (L1 transaction " + otherL1Tx
          + ") before this operator's batch " + index + " (L2 blocks " + firstBlock + "–" + lastBlock + ") got there:"
          + " L1 numbers commits in the order they arrive, so this record can never be batch " + index + " as it is. ";
      if (takeBackL1Tx != null) {
        return taken + "The sequencer took back the unproven batches from batch " + firstTakenBack + " on (revertBatches,"
            + " L1 transaction " + takeBackL1Tx + ") and commits its own blocks again from there: they are what its"
            + " users were told, and L1 refuses a batch that leaves an overdue deposit out, so they will include it.";
      }
      return taken + "That batch is proven already and cannot be taken back, so this operator's L2 blocks from "
          + firstBlock + " on no longer follow L1 and the batcher stops here: start again with a new --data-dir, and"
          + " include deposits in time so that no one needs to force them in.";
    }
  }

  /**
   * A recorded batch was already on L1: sent before a crash or a lost answer, or (zk) committed by
   * someone else with exactly its data, a forced batch of the same deposits. It is not sent again.
   */
  record BatchFoundOnL1(long index, Bytes32 l1Tx) implements BatcherEvent {
    @Override
    public String sentence() {
      return "Found batch " + index + " already on L1 with exactly its data (transaction " + l1Tx
          + "): not sending it again.";
    }
  }

  /** L1 refused the batch because it skips an overdue deposit; the sequencer is made to include it. */
  record DepositOverdue(long index, long depositIndex) implements BatcherEvent {
    @Override
    public String sentence() {
      return "Batch " + index + " would not count on L1: deposit #" + depositIndex + " is overdue by the time it lands"
          + " and the batch skips it (checkBatch: DepositOverdue), so L1 would read it as empty. Forcing the sequencer"
          + " to include the deposit, then building the batch again.";
    }
  }

  /** The forced deposit is in an L2 block: the next batch will carry it. */
  record ForcedDepositIncluded(long depositIndex, long l2Block) implements BatcherEvent {
    @Override
    public String sentence() {
      return "Deposit #" + depositIndex + " is in L2 block " + l2Block + " now; the next batch carries it.";
    }
  }

  /**
   * A batch it sent counts as empty on L1 (it broke a rule after all: L1 time jumped between the
   * check and the send, say), so L1 did not execute its L2 blocks: they go into the next batch.
   */
  record SentBatchCountsAsEmpty(long index, String why, long firstBlock) implements BatcherEvent {
    @Override
    public String sentence() {
      return "Batch " + index + " counts as empty on L1: " + why + ". Its L2 blocks were not executed there, so they"
          + " go into the next batch, from L2 block " + firstBlock + " on: L1 then executes them as the sequencer did.";
    }
  }

  /** The claim made about the withheld batch was withdrawn, so the batcher sends the batch with its data. */
  record WithheldBatchReleased(long index) implements BatcherEvent {
    @Override
    public String sentence() {
      return "The claim about withheld batch " + index + " was withdrawn: nobody could show its data on L1. Sending"
          + " the batch now, with its data.";
    }
  }

  /** Fault: the batch carries a replay of one of its transactions at {@code item}, which the sequencer refused. */
  record InvalidTransactionSmuggled(long index, int item) implements BatcherEvent {
    @Override
    public String sentence() {
      return "Slipped a replay of a transaction into batch " + index + " as item " + item + ": its nonce is used"
          + " already. L1 will take the batch (it does not execute it), and the L2 rules make the copy"
          + " a no-op, but no validity proof can cover it.";
    }
  }

  /** The zk sequencer reverted batch {@code index} and those after it on L1; their blocks are batched again. */
  record BatchesRewound(long index, long firstBlock) implements BatcherEvent {
    @Override
    public String sentence() {
      return "Batch " + index + " and any after it were reverted on L1; their L2 blocks, from block " + firstBlock
          + " on, go into new batches, without the transaction no proof could cover.";
    }
  }
}
