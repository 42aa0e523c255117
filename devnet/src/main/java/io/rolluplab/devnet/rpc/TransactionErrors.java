package io.rolluplab.devnet.rpc;

import io.rolluplab.devnet.tx.InvalidTransactionException;
import io.rolluplab.devnet.tx.InvalidTransactionException.Rule;
import java.util.Map;

/**
 * Turns a rejected transaction into the -32000 error clients expect. Tools match the start of
 * geth's messages ("nonce too low", "insufficient funds for gas * price + value" …) to decide what
 * went wrong, so every message starts with geth's words for its rule, then says the details. The
 * rollup's L2 node maps its own rules to the same words through {@link #rejected(String, String)}.
 */
public final class TransactionErrors {
  private static final Map<Rule, String> GETH_PREFIX = Map.ofEntries(
      Map.entry(Rule.MALFORMED, "invalid transaction"),
      Map.entry(Rule.INVALID_SIGNATURE, "invalid sender"),
      Map.entry(Rule.WRONG_CHAIN_ID, "invalid chain id for signer"),
      Map.entry(Rule.NONCE_TOO_LOW, "nonce too low"),
      Map.entry(Rule.NONCE_TOO_HIGH, "nonce too high"),
      Map.entry(Rule.NONCE_AT_MAXIMUM, "nonce has max value"),
      Map.entry(Rule.INTRINSIC_GAS_TOO_LOW, "intrinsic gas too low"),
      Map.entry(Rule.GAS_LIMIT_EXCEEDS_BLOCK, "exceeds block gas limit"),
      Map.entry(Rule.FEE_CAP_BELOW_BASE_FEE, "max fee per gas less than block base fee"),
      Map.entry(Rule.PRIORITY_FEE_ABOVE_FEE_CAP, "max priority fee per gas higher than max fee per gas"),
      Map.entry(Rule.INSUFFICIENT_FUNDS, "insufficient funds for gas * price + value"),
      Map.entry(Rule.SENDER_NOT_EOA, "sender not an eoa"),
      Map.entry(Rule.INITCODE_TOO_LARGE, "max initcode size exceeded"),
      Map.entry(Rule.VALUE_OUT_OF_RANGE, "invalid transaction"));

  private TransactionErrors() {}

  public static RpcException rejected(final InvalidTransactionException e) {
    return rejected(GETH_PREFIX.getOrDefault(e.rule(), "invalid transaction"), e.getMessage());
  }

  /** A -32000 error whose message starts with {@code gethPrefix}, then the details (once). */
  public static RpcException rejected(final String gethPrefix, final String details) {
    return RpcException.server(details.startsWith(gethPrefix) ? details : gethPrefix + ": " + details);
  }
}
