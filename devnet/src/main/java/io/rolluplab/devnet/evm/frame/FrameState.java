package io.rolluplab.devnet.evm.frame;

/** The life of a call frame, as the interpreter loop sees it. */
public enum FrameState {
  /** Executing instructions. */
  RUNNING,
  /** Waiting for a child call or creation it started (CALL*, CREATE*) to finish. */
  SUSPENDED,
  /** Stopped by STOP, RETURN or SELFDESTRUCT (or ran off the end of its code). */
  SUCCEEDED,
  /** Stopped by REVERT: changes undone, unused gas and the revert data go back to the caller. */
  REVERTED,
  /** Stopped by an error ({@link HaltReason}): changes undone, all gas consumed. */
  HALTED
}
