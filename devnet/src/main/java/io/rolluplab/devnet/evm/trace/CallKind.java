package io.rolluplab.devnet.evm.trace;

/** How a frame was entered: by a transaction, one of the CALL opcodes or a CREATE opcode. */
public enum CallKind {
  CALL,
  CALLCODE,
  DELEGATECALL,
  STATICCALL,
  CREATE,
  CREATE2;

  public boolean isCreate() {
    return this == CREATE || this == CREATE2;
  }
}
