package io.rolluplab.devnet.evm;

import io.rolluplab.devnet.evm.frame.Frame;
import io.rolluplab.devnet.evm.frame.FrameState;
import io.rolluplab.devnet.evm.frame.HaltReason;
import io.rolluplab.devnet.evm.frame.Stack;
import io.rolluplab.devnet.evm.gas.GasSchedule;
import io.rolluplab.devnet.evm.operation.Operation;
import io.rolluplab.devnet.evm.operation.OperationTable;
import io.rolluplab.devnet.evm.precompile.Precompile;
import io.rolluplab.devnet.evm.precompile.PrecompileResult;
import io.rolluplab.devnet.evm.trace.Step;
import io.rolluplab.devnet.evm.trace.Tracer;
import io.rolluplab.devnet.state.WorldState;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.UInt256;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The Ethereum Virtual Machine: runs a message (a transaction's call or creation) and every call it
 * makes, to completion.
 *
 * <p>Frames live on an explicit stack: when code makes a CALL or CREATE, its frame suspends and the
 * child's frame is pushed; when the child ends, it is popped and the parent resumes with the result.
 */
public final class Evm {
  private static final byte[] EMPTY = new byte[0];

  private final OperationTable operations;

  public Evm(final GasSchedule gas) {
    this.operations = OperationTable.cancun(gas);
  }

  /** Runs {@code message} and all nested calls; returns how the outermost one ended. */
  public MessageResult execute(final Message message, final Environment env) {
    final Deque<Frame> frames = new ArrayDeque<>();
    MessageResult result = enter(message, env, frames);
    while (!frames.isEmpty()) {
      final Frame frame = frames.peek();
      interpret(frame);
      if (frame.state() == FrameState.SUSPENDED) {
        final MessageResult immediate = enter(frame.pendingChild(), env, frames);
        if (immediate != null) {
          frame.resume(immediate);
        }
        continue;
      }
      frames.pop();
      result = exit(frame);
      if (!frames.isEmpty()) {
        frames.peek().resume(result);
      }
    }
    return result;
  }

  /**
   * The interpreter loop. Runs instructions until the frame stops or suspends for a child call:
   * fetch the opcode → look up its operation → check the stack → charge static gas → execute
   * (dynamic gas, memory, the effect) → tell the tracer.
   */
  private void interpret(final Frame frame) {
    final Stack stack = frame.stack;
    final Tracer tracer = frame.env.tracer();
    final boolean tracing = tracer != Tracer.NONE;
    while (frame.state() == FrameState.RUNNING) {
      final int pc = frame.pc;
      final Operation op = operations.get(frame.code.opcodeAt(pc));
      final long gasBefore = frame.gas;
      final List<UInt256> stackBefore = tracing ? stack.toList() : null;
      final long memoryBefore = tracing ? frame.memory.size() : 0;
      if (stack.size() < op.stackIn()) {
        frame.halt(HaltReason.STACK_UNDERFLOW);
      } else if (stack.size() - op.stackIn() + op.stackOut() > Stack.MAX_SIZE) {
        frame.halt(HaltReason.STACK_OVERFLOW);
      } else if (frame.useGas(op.staticGas())) {
        frame.pc = pc + 1;
        op.executor().execute(frame);
      }
      if (tracing) {
        final String error = frame.state() == FrameState.HALTED ? frame.haltReason().description : null;
        tracer.onStep(new Step(frame.depth(), pc, op.opcode(), op.name(), gasBefore,
            gasBefore - frame.gas, stackBefore, memoryBefore, error));
      }
    }
  }

  /**
   * Starts a message: moves its value and, for a creation, sets up the new account. Precompiles,
   * code-less accounts and failed starts finish at once and return their result; otherwise a frame
   * is pushed and null returned.
   */
  private MessageResult enter(final Message m, final Environment env, final Deque<Frame> frames) {
    final WorldState state = env.state();
    env.tracer().onEnter(m.depth(), m.kind(), m.caller(), m.recipient(), m.value(), m.gas(), m.kind().isCreate() ? m.code() : m.input());
    final int snapshot = state.snapshot();
    if (m.kind().isCreate()) {
      if (collides(state, m.recipient())) {
        return traced(env, m, new MessageResult(FrameState.HALTED, 0, EMPTY, null, HaltReason.ADDRESS_COLLISION));
      }
      state.createContractAccount(m.recipient());
      state.setNonce(m.recipient(), 1); // EIP-161: contracts start at nonce 1
      state.transfer(m.caller(), m.recipient(), m.value());
    } else {
      final Precompile precompile = env.precompiles().get(m.codeAddress());
      if (!moveValue(state, m, precompile != null)) {
        return traced(env, m, new MessageResult(FrameState.SUCCEEDED, m.gas(), EMPTY, null, null));
      }
      if (precompile != null) {
        return traced(env, m, runPrecompile(precompile, m, state, snapshot));
      }
    }
    if (m.code().length == 0) {
      final Address created = m.kind().isCreate() ? m.recipient() : null;
      return traced(env, m, new MessageResult(FrameState.SUCCEEDED, m.gas(), EMPTY, created, null));
    }
    frames.push(new Frame(m, env, snapshot));
    return null;
  }

  /**
   * The value transfer of a call. Returns false if there is nothing to do at all: a value-less
   * CALL to an account that does not exist (and is no precompile) must not create it (EIP-161).
   */
  private static boolean moveValue(final WorldState state, final Message m, final boolean isPrecompile) {
    switch (m.kind()) {
      case CALL -> {
        if (!state.exists(m.recipient()) && !isPrecompile && m.value().signum() == 0) {
          return false;
        }
        state.transfer(m.caller(), m.recipient(), m.value());
      }
      // a static call touches its target, which matters only for empty accounts (EIP-161)
      case STATICCALL -> state.addBalance(m.recipient(), BigInteger.ZERO);
      default -> {
        // CALLCODE moves value to the caller itself and DELEGATECALL moves none: nothing changes
      }
    }
    return true;
  }

  /** EIP-684 (and EIP-7610): no contract may be created where an account has a nonce, code or storage. */
  private static boolean collides(final WorldState state, final Address address) {
    final var account = state.get(address);
    return account != null && (account.nonce() != 0 || account.hasCode() || !account.storage().isEmpty());
  }

  private static MessageResult runPrecompile(
      final Precompile precompile, final Message m, final WorldState state, final int snapshot) {
    final long cost = precompile.gasCost(m.input());
    if (cost > m.gas()) {
      state.revertTo(snapshot);
      return new MessageResult(FrameState.HALTED, 0, EMPTY, null, HaltReason.OUT_OF_GAS);
    }
    final PrecompileResult out = precompile.run(m.input());
    if (!out.success()) {
      state.revertTo(snapshot);
      return new MessageResult(FrameState.HALTED, 0, EMPTY, null, HaltReason.PRECOMPILE_FAILURE);
    }
    return new MessageResult(FrameState.SUCCEEDED, m.gas() - cost, out.output(), null, null);
  }

  /** Ends a frame: deposits a new contract's code, or undoes the frame's changes if it failed. */
  private MessageResult exit(final Frame frame) {
    final Message m = frame.message;
    final WorldState state = frame.world();
    MessageResult result = switch (frame.state()) {
      case SUCCEEDED -> m.kind().isCreate()
          ? depositCode(frame)
          : new MessageResult(FrameState.SUCCEEDED, frame.gas, frame.output(), null, null);
      case REVERTED -> new MessageResult(FrameState.REVERTED, frame.gas, frame.output(), null, null);
      default -> new MessageResult(FrameState.HALTED, 0, EMPTY, null, frame.haltReason());
    };
    if (!result.succeeded()) {
      state.revertTo(frame.snapshot());
    }
    return traced(frame.env, m, result);
  }

  /**
   * What initcode returns becomes the contract's code, if it is at most 24576 bytes (EIP-170), does
   * not start with 0xEF (EIP-3541) and the frame can pay 200 gas per byte.
   */
  private static MessageResult depositCode(final Frame frame) {
    final GasSchedule g = frame.gasSchedule();
    final byte[] code = frame.output();
    HaltReason failure = null;
    if (code.length > g.maxCodeSize()) {
      failure = HaltReason.CODE_SIZE_EXCEEDED;
    } else if (code.length > 0 && (code[0] & 0xFF) == 0xEF) {
      failure = HaltReason.INVALID_CODE_PREFIX;
    } else if (frame.gas < g.codeDepositPerByte() * code.length) {
      failure = HaltReason.OUT_OF_GAS;
    }
    if (failure != null) {
      return new MessageResult(FrameState.HALTED, 0, EMPTY, null, failure);
    }
    frame.world().setCode(frame.address(), code);
    final long gasLeft = frame.gas - g.codeDepositPerByte() * code.length;
    // the output is the new code (what eth_call of a creation returns); CREATE's caller sees none
    return new MessageResult(FrameState.SUCCEEDED, gasLeft, code, frame.address(), null);
  }

  private static MessageResult traced(final Environment env, final Message m, final MessageResult result) {
    env.tracer().onExit(m.depth(), result.succeeded(), result.output(), result.gasLeft(), result.error());
    return result;
  }
}
