package io.rolluplab.rollup.batcher;

import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1Receipt;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.state.Bytes32;
import java.util.Optional;
import org.web3j.crypto.Credentials;

/**
 * How a batch goes to L1: the one thing the batcher does differently for the two rollups.
 * Everything else (packing, recording before sending, looking on L1 after a crash, forced deposits)
 * is the same. The optimistic rollup's batcher sends the batch data to an inbox address without
 * code ({@link InboxPosting}); the zk rollup's calls {@code commitBatch} with the batch's state
 * diff ({@link StateDiffPosting}).
 */
public interface BatchPosting {
  /** The key that signs the posting transactions. */
  Credentials signer();

  /** The L1 transaction that posts {@code batch}. */
  L1Transaction transaction(Batch batch);

  /** How many batches L1 holds now: batch {@code i} is on L1 if {@code i} is below it. */
  long batchCount(L1Client l1) throws L1Exception;

  /**
   * The receipt of the transaction that put {@code batch}, with exactly its data, at its index on
   * L1; empty if L1 holds no batch there or another one.
   *
   * @param fromBlock the first L1 block to look in
   */
  Optional<L1Receipt> findOnL1(L1Client l1, Batch batch, long fromBlock) throws L1Exception;

  /**
   * Asks L1, before sending, whether {@code batch} would count there, its deposits starting at
   * {@code firstDeposit}; a posting that L1 checks when it is sent checks nothing here.
   *
   * @throws io.rolluplab.rollup.l1.L1RevertException with the rule it breaks ({@code DepositOverdue}…)
   */
  default void check(final L1Client l1, final Batch batch, final long firstDeposit) throws L1Exception {}

  /** The hash L1 keeps of what {@link #transaction} posts for {@code batch}. */
  Bytes32 postedHash(Batch batch);

  /** How many bytes of data {@link #transaction} posts for {@code batch}. */
  int postedBytes(Batch batch);

  /**
   * What L1's rules made of batch {@code batchIndex}: whether it counts, or why it counts as empty;
   * empty while the operator's view has not derived it yet. A posting that L1 checks when it is
   * sent (zk) always counts.
   */
  default Optional<Verdict> verdict(final long batchIndex) {
    return Optional.of(Verdict.COUNTS);
  }

  /** Whether a batch on L1 counts ({@code whyNot} null) or counts as empty, and why. */
  record Verdict(String whyNot) {
    public static final Verdict COUNTS = new Verdict(null);

    public boolean counts() {
      return whyNot == null;
    }
  }

  /** Whether the operator can withhold a batch's data as a teaching fault (optimistic only). */
  default boolean canWithhold() {
    return false;
  }

  /**
   * The call that takes back every unproven batch, where others may commit batches too and so take
   * the index a recorded batch was meant for (the zk rollup: anyone may commit once a deposit is
   * overdue). Empty where only the operator's batcher posts (the optimistic rollup).
   */
  default Optional<byte[]> takeBackCall() {
    return Optional.empty();
  }

  /** Where others may commit: the index L1 gave the batch {@code receipt} posted. */
  default long indexOf(final L1Receipt receipt, final long intended) {
    return intended;
  }

  /** Where others may commit: the last transaction that put a batch at {@code index}, if any. */
  default Optional<Bytes32> holderOf(final L1Client l1, final long index, final long fromBlock) throws L1Exception {
    return Optional.empty();
  }

  /**
   * Whether batch {@code batchIndex} can be posted now; a posting that needs to know the state
   * before the batch waits until it has derived the batches before it from L1.
   */
  default boolean ready(final long batchIndex) {
    return true;
  }
}
