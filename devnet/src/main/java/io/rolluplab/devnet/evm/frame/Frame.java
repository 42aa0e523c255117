package io.rolluplab.devnet.evm.frame;

import io.rolluplab.devnet.evm.Environment;
import io.rolluplab.devnet.evm.Message;
import io.rolluplab.devnet.evm.MessageResult;
import io.rolluplab.devnet.evm.gas.GasSchedule;
import io.rolluplab.devnet.state.WorldState;
import io.rolluplab.devnet.types.Address;

/**
 * One execution context: the code of one call or creation running with its own stack, memory,
 * program counter and gas. Frames nest (a CALL starts a child frame) but the interpreter keeps them
 * on an explicit stack, so 1024 nested calls never mean 1024 nested Java calls.
 */
public final class Frame {
  private static final byte[] EMPTY = new byte[0];

  public final Message message;
  public final Environment env;
  public final Code code;
  public final Stack stack = new Stack();
  public final Memory memory = new Memory();

  /** Program counter: index into {@link #code} of the next instruction. */
  public int pc;
  /** Gas left in this frame. */
  public long gas;
  /** Output of the most recent child call (RETURNDATASIZE, RETURNDATACOPY). */
  public byte[] returnData = EMPTY;

  private FrameState state = FrameState.RUNNING;
  private HaltReason haltReason;
  private byte[] output = EMPTY;
  /** The journal position to revert to if this frame fails. */
  private final int snapshot;

  /** A child message this frame waits for, and where its output goes in memory (for calls). */
  private Message pendingChild;
  private long childOutOffset;
  private long childOutSize;

  public Frame(final Message message, final Environment env, final int snapshot) {
    this.message = message;
    this.env = env;
    this.code = new Code(message.code());
    this.gas = message.gas();
    this.snapshot = snapshot;
  }

  // ---------------------------------------------------------------- shortcuts for instructions

  /** The world state this frame reads and changes. */
  public WorldState world() {
    return env.state();
  }

  public GasSchedule gasSchedule() {
    return env.gas();
  }

  /** The account whose storage and balance this code works on (ADDRESS). */
  public Address address() {
    return message.recipient();
  }

  public int depth() {
    return message.depth();
  }

  public boolean isStatic() {
    return message.isStatic();
  }

  // ---------------------------------------------------------------- gas

  /** Spends gas; on shortfall halts the frame with OUT_OF_GAS and returns false. */
  public boolean useGas(final long amount) {
    if (amount < 0 || gas < amount) {
      halt(HaltReason.OUT_OF_GAS);
      return false;
    }
    gas -= amount;
    return true;
  }

  /**
   * Pays for and performs the memory growth needed to touch {@code [offset, offset+length)}. An
   * empty range touches nothing, whatever its offset. Returns false (frame halted) if unaffordable.
   */
  public boolean expandMemory(final long offset, final long length) {
    if (length == 0) {
      return true;
    }
    if (offset > Memory.MAX_BYTES || length > Memory.MAX_BYTES || offset + length > Memory.MAX_BYTES) {
      halt(HaltReason.OUT_OF_GAS);
      return false;
    }
    final long words = memory.wordsAfterAccess(offset, length);
    if (!useGas(env.gas().memoryExpansionCost(memory.activeWords(), words))) {
      return false;
    }
    memory.ensureCapacity(words);
    return true;
  }

  /** Expands memory for two ranges at once (MCOPY, the CALL family's input and output). */
  public boolean expandMemory(final long offset1, final long length1, final long offset2, final long length2) {
    // growth is charged only beyond the current size, so expanding twice costs what the larger one does
    return expandMemory(offset1, length1) && expandMemory(offset2, length2);
  }

  // ---------------------------------------------------------------- ending and suspending

  public FrameState state() {
    return state;
  }

  public HaltReason haltReason() {
    return haltReason;
  }

  public byte[] output() {
    return output;
  }

  public int snapshot() {
    return snapshot;
  }

  /** Exceptional halt: all remaining gas is consumed. */
  public void halt(final HaltReason reason) {
    state = FrameState.HALTED;
    haltReason = reason;
    gas = 0;
  }

  public void succeed(final byte[] returned) {
    state = FrameState.SUCCEEDED;
    output = returned;
  }

  public void revert(final byte[] revertData) {
    state = FrameState.REVERTED;
    output = revertData;
  }

  /**
   * Stops this frame until {@code child} has run. For calls, the child's output is copied to
   * memory at {@code outOffset} (at most {@code outSize} bytes) when it returns.
   */
  public void suspend(final Message child, final long outOffset, final long outSize) {
    state = FrameState.SUSPENDED;
    pendingChild = child;
    childOutOffset = outOffset;
    childOutSize = outSize;
  }

  public Message pendingChild() {
    return pendingChild;
  }

  /**
   * Continues after a child finished: unused gas comes back, the child's output becomes the return
   * data, and the instruction's result is pushed (1/0 for calls, the address or 0 for creations).
   */
  public void resume(final MessageResult result) {
    state = FrameState.RUNNING;
    final Message child = pendingChild;
    pendingChild = null;
    gas += result.gasLeft();
    if (child.kind().isCreate()) {
      // EIP-211: a creation's return data is only its revert data
      returnData = result.outcome() == FrameState.REVERTED ? result.output() : EMPTY;
      if (result.succeeded()) {
        stack.push(result.createdAddress());
      } else {
        stack.push(0);
      }
      return;
    }
    returnData = result.output();
    final int copied = (int) Math.min(childOutSize, returnData.length);
    if (copied > 0) {
      System.arraycopy(returnData, 0, memory.raw(), (int) childOutOffset, copied);
    }
    stack.push(result.succeeded());
  }

  /**
   * A call or creation that cannot start (depth limit, insufficient balance, nonce at its maximum)
   * fails without running: the gas set aside for it comes back and the instruction pushes 0.
   */
  public void failChildBeforeStart(final long reservedGas) {
    gas += reservedGas;
    returnData = EMPTY;
    stack.push(0);
  }

  /**
   * EIP-2929: the first access to an account in a transaction costs a surcharge on top of the warm
   * cost the operation table already charged. Returns false (frame halted) if unaffordable.
   */
  public boolean chargeAccountAccess(final Address account) {
    return !world().warmAddress(account) || useGas(env.gas().coldAccountAccessSurcharge());
  }
}
