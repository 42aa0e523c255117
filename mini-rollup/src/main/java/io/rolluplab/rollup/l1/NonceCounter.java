package io.rolluplab.rollup.l1;

import io.rolluplab.rollup.state.Bytes32;

/**
 * The next nonce of one sending key, counted locally: the node's "pending" count lags behind a
 * send still on its way, so concurrent sends that each asked the node would sign the same nonce.
 *
 * <ol>
 *   <li>The first send reads the count from the node ({@code eth_getTransactionCount} "pending").
 *   <li>Each send signs and submits under this counter's lock, so nonces go out consecutive and in
 *       order: nodes may refuse a gap (the devnet does). Waiting for receipts happens outside.
 *   <li>If a submission fails (refused, or its fate unknown), the count is read again on the next
 *       send, which then fills the gap or follows the transaction that did arrive.
 *   <li>A send that names its own nonce ({@link L1Transaction#nonce}) is not counted: the count
 *       is read again on the next send.
 * </ol>
 */
final class NonceCounter {
  private static final long UNKNOWN = -1;

  /** Where the count starts: the node's pending transaction count of the key. */
  interface Source {
    long pendingCount() throws L1Exception;
  }

  /** Signs and submits a transaction with the given nonce, returning its hash. */
  interface Submission {
    Bytes32 submit(long nonce) throws L1Exception;
  }

  private final Source source;
  private long next = UNKNOWN;

  NonceCounter(final Source source) {
    this.source = source;
  }

  synchronized Bytes32 submitNext(final Submission submission) throws L1Exception {
    if (next == UNKNOWN) {
      next = source.pendingCount();
    }
    try {
      final Bytes32 hash = submission.submit(next);
      next++;
      return hash;
    } catch (L1Exception e) {
      next = UNKNOWN;
      throw e;
    }
  }

  /** Submits with {@code nonce}, which the caller chose; the count is read again on the next send. */
  synchronized Bytes32 submitAt(final long nonce, final Submission submission) throws L1Exception {
    next = UNKNOWN;
    return submission.submit(nonce);
  }
}
