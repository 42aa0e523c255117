package io.rolluplab.devnet.evm;

import io.rolluplab.devnet.evm.frame.FrameState;
import io.rolluplab.devnet.evm.frame.HaltReason;
import io.rolluplab.devnet.types.Address;

/**
 * How a message ended.
 *
 * @param outcome SUCCEEDED, REVERTED or HALTED
 * @param gasLeft gas handed back to the caller (0 after a halt)
 * @param output the returned or revert data
 * @param createdAddress the new contract's address after a successful creation, else null
 * @param haltReason why it halted, or null
 */
public record MessageResult(
    FrameState outcome, long gasLeft, byte[] output, Address createdAddress, HaltReason haltReason) {

  /** The error of a message that ran REVERT. */
  public static final String REVERTED = "execution reverted";

  public boolean succeeded() {
    return outcome == FrameState.SUCCEEDED;
  }

  /** In words, for receipts and the UI; null on success. */
  public String error() {
    return switch (outcome) {
      case SUCCEEDED -> null;
      case REVERTED -> REVERTED;
      default -> haltReason == null ? "halted" : haltReason.description;
    };
  }
}
