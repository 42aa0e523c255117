package io.rolluplab.devnet.evm.frame;

/**
 * Why a frame stopped abnormally. Every exceptional halt consumes all gas of the frame and undoes
 * its state changes; only REVERT (a normal outcome, not a halt reason) returns unused gas.
 */
public enum HaltReason {
  OUT_OF_GAS("out of gas"),
  STACK_UNDERFLOW("stack underflow"),
  STACK_OVERFLOW("stack overflow (more than 1024 words)"),
  INVALID_OPCODE("invalid opcode"),
  INVALID_JUMP_DESTINATION("invalid jump destination"),
  STATIC_STATE_CHANGE("state change inside a STATICCALL"),
  RETURN_DATA_OUT_OF_BOUNDS("return data out of bounds"),
  CODE_SIZE_EXCEEDED("contract code larger than 24576 bytes (EIP-170)"),
  INITCODE_SIZE_EXCEEDED("initcode larger than 49152 bytes (EIP-3860)"),
  INVALID_CODE_PREFIX("contract code starting with 0xEF (EIP-3541)"),
  ADDRESS_COLLISION("a contract already exists at the new address"),
  PRECOMPILE_FAILURE("precompile rejected its input");

  public final String description;

  HaltReason(final String description) {
    this.description = description;
  }
}
