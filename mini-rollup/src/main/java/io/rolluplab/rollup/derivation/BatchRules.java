package io.rolluplab.rollup.derivation;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.derivation.L1Fact.BatchSent;
import java.util.OptionalLong;
import java.util.function.LongFunction;

/**
 * When a batch counts (L2-RULES.md §2.2), as L1 judges it when a data challenge shows it
 * ({@code OptimisticRollup.batchClaimOf}). L1 never refuses a batch (it does not see it: the
 * batcher sends it to an address without code), so the rules decide what it holds instead: a
 * batch that breaks one counts as empty. A batch is valid when
 * <ol>
 *   <li>it was sent to the inbox;
 *   <li>its data reads (L2-RULES.md §2), its deposits the queue's next entries;
 *   <li>each deposit it names was queued before its L1 block (L1 block timestamps strictly
 *       increase, so an earlier timestamp is an earlier block); and
 *   <li>it leaves no deposit overdue at its block's time (force inclusion).
 * </ol>
 * So a batcher can neither stop the chain with bad data nor censor a deposit: from the moment a
 * deposit is overdue, every batch that leaves it out counts as empty.
 *
 * @param inbox the address batches must be sent to
 * @param forceInclusionDelay seconds a deposit may wait ({@code Bridge.forceInclusionDelay})
 */
public record BatchRules(Address inbox, long forceInclusionDelay) {

  /**
   * What a batch holds by the rules.
   *
   * @param data its items if it is valid; null if it counts as empty
   * @param invalidReason why it counts as empty; null if it is valid
   */
  public record Verdict(BatchData data, long firstDeposit, long depositCount, String invalidReason) {
    public boolean valid() {
      return data != null;
    }
  }

  /**
   * Judges {@code sent}, whose deposits start at {@code firstDeposit}.
   *
   * @param queuedAt the L1 timestamp deposit i was queued at, empty if it is not known to have been
   */
  public Verdict judge(final BatchSent sent, final long firstDeposit, final LongFunction<OptionalLong> queuedAt) {
    if (!inbox.equals(sent.to())) {
      return invalid(firstDeposit, "the batcher sent it to " + (sent.to() == null ? "create a contract" : sent.to())
          + ", not to the inbox " + inbox);
    }
    final BatchData data;
    try {
      data = BatchData.read(sent.data(), firstDeposit);
    } catch (IllegalArgumentException e) {
      return invalid(firstDeposit, "its data does not read: " + e.getMessage());
    }
    final long count = data.depositCount();
    final long next = firstDeposit + count;
    if (count != 0) {
      final OptionalLong last = queuedAt.apply(next - 1);
      if (last.isEmpty() || last.getAsLong() >= sent.l1Timestamp()) {
        return invalid(firstDeposit, "it names deposit #" + (next - 1) + ", which L1 had not queued before the batch's"
            + " block (L1 second " + sent.l1Timestamp() + ")");
      }
    }
    final OptionalLong waiting = queuedAt.apply(next);
    if (waiting.isPresent() && sent.l1Timestamp() > waiting.getAsLong() + forceInclusionDelay) {
      return invalid(firstDeposit, "it leaves out deposit #" + next + ", overdue since L1 second "
          + (waiting.getAsLong() + forceInclusionDelay) + " (force inclusion)");
    }
    return new Verdict(data, firstDeposit, count, null);
  }

  private static Verdict invalid(final long firstDeposit, final String reason) {
    return new Verdict(null, firstDeposit, 0, reason);
  }
}
