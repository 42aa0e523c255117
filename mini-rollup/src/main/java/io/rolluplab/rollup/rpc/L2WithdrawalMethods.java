package io.rolluplab.rollup.rpc;

import io.rolluplab.devnet.rpc.HexCodec;
import io.rolluplab.devnet.rpc.RpcMethods;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.store.WithdrawalTable;

/**
 * Where a withdrawal is on its way to L1, as the bridge relayer stored it: the status a user
 * follows from the L2 block to the payout, with the batch, the challenge deadline and the L1
 * transaction.
 */
final class L2WithdrawalMethods {
  static final String GET_WITHDRAWAL = "rollup_getWithdrawal";
  static final String GET_WITHDRAWALS = "rollup_getWithdrawals";

  private final WithdrawalTable withdrawals;

  L2WithdrawalMethods(final WithdrawalTable withdrawals) {
    this.withdrawals = withdrawals;
  }

  void addTo(final RpcMethods methods) {
    methods.add(GET_WITHDRAWAL, 1, p -> withdrawals.get(Bytes32.wrap(p.get(0, "withdrawal hash").asHash()))
            .map(RpcWithdrawal::of).orElse(null))
        .add(GET_WITHDRAWALS, 1, p -> withdrawals.bySender(p.get(0, "address").asAddress()).stream()
            .map(RpcWithdrawal::of).toList());
  }

  /**
   * One withdrawal as JSON. Quantities are hex as in the Ethereum API; what is not known yet is
   * null.
   *
   * @param hash the withdrawal hash: the key of its leaf in the L2 state and of {@code Bridge.withdrawalFinalized}
   * @param status {@code INCLUDED}, {@code WAITING_FOR_ROOT}, {@code IN_CHALLENGE_WINDOW}, {@code FINAL} or
   *     {@code PAID}
   * @param challengeDeadline the L1 time (seconds since 1970) after which its batch can be final
   * @param l1Transaction the L1 transaction that paid it
   */
  record RpcWithdrawal(String hash, String sender, String recipient, String amount, String l2Nonce, String l2Block,
      String l2Transaction, String status, String batchIndex, String challengeDeadline, String l1Transaction,
      String l1GasUsed) {

    static RpcWithdrawal of(final WithdrawalTable.Row w) {
      return new RpcWithdrawal(w.hash().toHex(), HexCodec.address(w.sender()), HexCodec.address(w.sender()),
          HexCodec.quantity(w.amount()), HexCodec.quantity(w.nonce()), HexCodec.quantity(w.l2Block()), hex(w.l2Tx()),
          w.status(), quantity(w.batchIndex()), quantity(w.challengeDeadline()), hex(w.l1Tx()),
          quantity(w.l1GasUsed()));
    }

    private static String quantity(final Long value) {
      return value == null ? null : HexCodec.quantity(value);
    }

    private static String hex(final Bytes32 value) {
      return value == null ? null : value.toHex();
    }
  }
}
