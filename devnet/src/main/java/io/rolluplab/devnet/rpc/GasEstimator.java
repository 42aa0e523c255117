package io.rolluplab.devnet.rpc;

import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.StateUnavailableException;
import io.rolluplab.devnet.evm.trace.Tracer;
import io.rolluplab.devnet.tx.InvalidTransactionException;
import io.rolluplab.devnet.tx.TransactionResult;

/**
 * {@code eth_estimateGas}: the smallest gas limit with which the transaction succeeds, found by
 * running it as a call with different limits.
 *
 * <ol>
 *   <li>A plain transfer to an account without code needs exactly 21,000: done.
 *   <li>Run it with the cap (the request's gas, or the block gas limit). If it reverts, that is the
 *       answer (code 3 with the revert data); if it fails otherwise, no limit would do.
 *   <li>Less than the gas it used can never be enough. A little more usually is (the 1/64 that
 *       each CALL keeps back, EIP-150, plus a call stipend): try that first.
 *   <li>Binary search between the largest limit that failed and the smallest that succeeded.
 * </ol>
 */
public final class GasEstimator {
  static final long TRANSFER_GAS = 21_000;
  /** The gas a CALL with value hands its callee for free; callees often need it to succeed. */
  private static final long CALL_STIPEND = 2_300;

  private final Devnet devnet;

  public GasEstimator(final Devnet devnet) {
    this.devnet = devnet;
  }

  /**
   * The estimate for {@code request} on the state after block {@code blockNumber}.
   *
   * @throws RpcException code 3 if it reverts, -32000 if it cannot succeed or is invalid
   */
  public long estimate(final TransactionRequest request, final long blockNumber) throws RpcException {
    return estimate(request, blockNumber, Effort.LEAST);
  }

  /**
   * A gas limit with which {@code request} succeeds, not necessarily the least: steps 1 to 3, and the
   * binary search only if the guess of step 3 fails. For a sender that adds headroom to the estimate
   * anyway (the rollup's operator), the search would run the transaction a dozen more times for a
   * figure it then rounds up.
   *
   * @throws RpcException as {@link #estimate}
   */
  public long sufficient(final TransactionRequest request, final long blockNumber) throws RpcException {
    return estimate(request, blockNumber, Effort.SUFFICIENT);
  }

  /**
   * The guess of step 3, untried: steps 1 and 2 run the transaction once. For a sender that sends
   * it only if it succeeds with the gas it then gives it ({@link Devnet#submitIfItSucceeds}), so the
   * block tries the guess, and falls back to {@link #sufficient} if it did not.
   *
   * @throws RpcException as {@link #estimate}
   */
  public long guess(final TransactionRequest request, final long blockNumber) throws RpcException {
    return estimate(request, blockNumber, Effort.GUESS);
  }

  /** How far {@link #search} goes: the least limit, the first that succeeds, or the first guess. */
  private enum Effort { LEAST, SUFFICIENT, GUESS }

  private long estimate(final TransactionRequest request, final long blockNumber, final Effort effort)
      throws RpcException {
    try {
      return search(request, blockNumber, effort);
    } catch (InvalidTransactionException e) {
      throw TransactionErrors.rejected(e);
    } catch (StateUnavailableException e) {
      throw RpcException.server(e.getMessage());
    }
  }

  private long search(final TransactionRequest request, final long blockNumber, final Effort effort)
      throws RpcException, InvalidTransactionException {
    final boolean noData = request.input() == null || request.input().length == 0;
    if (request.to() != null && noData && devnet.stateAt(blockNumber).getCode(request.to()).length == 0) {
      check(run(request, TRANSFER_GAS, blockNumber), TRANSFER_GAS);
      return TRANSFER_GAS;
    }
    final long cap = request.gas() != null ? request.gas() : devnet.latestBlock().header().gasLimit();
    final TransactionResult atCap = run(request, cap, blockNumber);
    check(atCap, cap);
    long failed = atCap.gasUsed() - 1;
    long succeeded = cap;
    final long optimistic = Math.min(cap, (atCap.gasUsed() + CALL_STIPEND) * 64 / 63);
    if (effort == Effort.GUESS) {
      return optimistic;
    }
    if (succeeds(request, optimistic, blockNumber)) {
      if (effort == Effort.SUFFICIENT) {
        return optimistic;
      }
      succeeded = optimistic;
    } else {
      failed = optimistic;
    }
    while (succeeded - failed > 1) {
      final long middle = failed + (succeeded - failed) / 2;
      if (succeeds(request, middle, blockNumber)) {
        succeeded = middle;
      } else {
        failed = middle;
      }
    }
    return succeeded;
  }

  /** Too little gas even for the intrinsic cost is a failed try here, not an error. */
  private boolean succeeds(final TransactionRequest request, final long gas, final long blockNumber)
      throws InvalidTransactionException {
    try {
      return run(request, gas, blockNumber).success();
    } catch (InvalidTransactionException e) {
      if (e.rule() == InvalidTransactionException.Rule.INTRINSIC_GAS_TOO_LOW) {
        return false;
      }
      throw e;
    }
  }

  /** Throws the error a client should see if the run at the cap did not succeed. */
  private static void check(final TransactionResult result, final long cap) throws RpcException {
    if (result.success()) {
      return;
    }
    if (result.reverted()) {
      throw RpcException.reverted(result.output());
    }
    throw RpcException.server("gas required exceeds allowance (" + cap + "): the transaction fails with \""
        + result.error() + "\" even with that much gas");
  }

  private TransactionResult run(final TransactionRequest request, final long gas, final long blockNumber)
      throws InvalidTransactionException {
    return devnet.call(request.toCall(gas), blockNumber, Tracer.NONE);
  }
}
