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
  // geth's words, which wallets and libraries match on; the L2 node uses them too
  public static final String INVALID_TRANSACTION = "invalid transaction";
  public static final String INVALID_SENDER = "invalid sender";
  public static final String INVALID_CHAIN_ID = "invalid chain id for signer";
  public static final String NONCE_TOO_LOW = "nonce too low";
  public static final String NONCE_TOO_HIGH = "nonce too high";
  public static final String NONCE_MAX = "nonce has max value";
  public static final String INTRINSIC_GAS_TOO_LOW = "intrinsic gas too low";
  public static final String GAS_LIMIT_EXCEEDED = "exceeds block gas limit";
  public static final String FEE_CAP_TOO_LOW = "max fee per gas less than block base fee";
  public static final String TIP_ABOVE_FEE_CAP = "max priority fee per gas higher than max fee per gas";
  public static final String INSUFFICIENT_FUNDS = "insufficient funds for gas * price + value";
  public static final String SENDER_NOT_EOA = "sender not an eoa";
  public static final String INITCODE_TOO_LARGE = "max initcode size exceeded";

  private static final Map<Rule, String> GETH_PREFIX = Map.ofEntries(
      Map.entry(Rule.MALFORMED, INVALID_TRANSACTION),
      Map.entry(Rule.INVALID_SIGNATURE, INVALID_SENDER),
      Map.entry(Rule.WRONG_CHAIN_ID, INVALID_CHAIN_ID),
      Map.entry(Rule.NONCE_TOO_LOW, NONCE_TOO_LOW),
      Map.entry(Rule.NONCE_TOO_HIGH, NONCE_TOO_HIGH),
      Map.entry(Rule.NONCE_AT_MAXIMUM, NONCE_MAX),
      Map.entry(Rule.INTRINSIC_GAS_TOO_LOW, INTRINSIC_GAS_TOO_LOW),
      Map.entry(Rule.GAS_LIMIT_EXCEEDS_BLOCK, GAS_LIMIT_EXCEEDED),
      Map.entry(Rule.FEE_CAP_BELOW_BASE_FEE, FEE_CAP_TOO_LOW),
      Map.entry(Rule.PRIORITY_FEE_ABOVE_FEE_CAP, TIP_ABOVE_FEE_CAP),
      Map.entry(Rule.INSUFFICIENT_FUNDS, INSUFFICIENT_FUNDS),
      Map.entry(Rule.SENDER_NOT_EOA, SENDER_NOT_EOA),
      Map.entry(Rule.INITCODE_TOO_LARGE, INITCODE_TOO_LARGE),
      Map.entry(Rule.VALUE_OUT_OF_RANGE, INVALID_TRANSACTION));

  private TransactionErrors() {}

  public static RpcException rejected(final InvalidTransactionException e) {
    return rejected(GETH_PREFIX.getOrDefault(e.rule(), INVALID_TRANSACTION), e.getMessage());
  }

  /** A -32000 error whose message starts with {@code gethPrefix}, then the details (once). */
  public static RpcException rejected(final String gethPrefix, final String details) {
    return RpcException.server(details.startsWith(gethPrefix) ? details : gethPrefix + ": " + details);
  }
}
