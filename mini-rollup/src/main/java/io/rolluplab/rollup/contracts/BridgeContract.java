package io.rolluplab.rollup.contracts;

import static io.rolluplab.rollup.contracts.Abi.ADDRESS;
import static io.rolluplab.rollup.contracts.Abi.BOOL;
import static io.rolluplab.rollup.contracts.Abi.BYTES32;
import static io.rolluplab.rollup.contracts.Abi.UINT256;
import static io.rolluplab.rollup.contracts.Abi.UINT64;
import static io.rolluplab.rollup.contracts.ContractEvent.indexed;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.state.CompactProof;
import io.rolluplab.rollup.state.Withdrawal;

/** {@code Bridge.sol}: the deposit queue and the withdrawal payer of one rollup. */
public final class BridgeContract {
  public static final ContractFunction DEPOSIT = ContractFunction.of("deposit(address)", UINT256);
  public static final ContractFunction FINALIZE_WITHDRAWAL =
      ContractFunction.of("finalizeWithdrawal(uint256,address,uint256,uint256," + Abi.PROOF + ")");
  public static final ContractFunction DEPOSIT_COUNT = ContractFunction.of("depositCount()", UINT256);
  public static final ContractFunction DEPOSIT_HASH = ContractFunction.of("depositHash(uint256)", BYTES32);
  public static final ContractFunction QUEUED_AT = ContractFunction.of("queuedAt(uint256)", UINT64);
  public static final ContractFunction QUEUE_HASH = ContractFunction.of("queueHash(uint256)", BYTES32);
  public static final ContractFunction IS_OVERDUE = ContractFunction.of("isOverdue(uint256)", BOOL);
  public static final ContractFunction OVERDUE_AFTER = ContractFunction.of("overdueAfter(uint256)", UINT256);
  public static final ContractFunction FORCE_INCLUSION_DELAY = ContractFunction.of("forceInclusionDelay()", UINT256);
  public static final ContractFunction ROLLUP = ContractFunction.of("rollup()", ADDRESS);
  public static final ContractFunction WITHDRAWAL_FINALIZED = ContractFunction.of("withdrawalFinalized(bytes32)", BOOL);

  /** (index, from, to, amount) */
  public static final ContractEvent DEPOSIT_QUEUED = ContractEvent.of("DepositQueued",
      indexed(UINT256), indexed(ADDRESS), indexed(ADDRESS), UINT256);
  /** (withdrawalHash, recipient, amount, batchIndex) */
  public static final ContractEvent WITHDRAWAL_FINALIZED_EVENT = ContractEvent.of("WithdrawalFinalized",
      indexed(BYTES32), indexed(ADDRESS), UINT256, UINT256);

  private BridgeContract() {}

  public static byte[] deposit(final Address l2Recipient) {
    return DEPOSIT.encode(Abi.address(l2Recipient));
  }

  /**
   * Pays {@code withdrawal} (its L1 recipient is its L2 sender) against batch {@code batchIndex},
   * with the proof of its leaf in that batch's state.
   */
  public static byte[] finalizeWithdrawal(final long batchIndex, final Withdrawal withdrawal, final CompactProof proof) {
    return FINALIZE_WITHDRAWAL.encode(Abi.uint256(batchIndex), Abi.address(withdrawal.l2Sender()),
        Abi.uint256(withdrawal.amount()), Abi.uint256(withdrawal.l2Nonce()), Abi.proof(proof));
  }
}
