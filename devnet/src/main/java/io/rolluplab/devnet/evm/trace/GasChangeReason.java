package io.rolluplab.devnet.evm.trace;

/** Why the gas of a transaction changed outside of an instruction, for tracers that explain gas. */
public enum GasChangeReason {
  /** The transaction's intrinsic cost: 21000, calldata, access list, creation. */
  INTRINSIC,
  /** Gas given back by SSTORE clears (EIP-3529 caps it at a fifth of the gas used). */
  REFUND,
  /** Unused gas returned to the sender. */
  RETURNED_TO_SENDER,
  /** Gas charged for storing the code of a newly created contract (200 per byte). */
  CODE_DEPOSIT
}
