package io.rolluplab.devnet.evm;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.evm.frame.FrameState;
import io.rolluplab.devnet.evm.frame.HaltReason;
import io.rolluplab.devnet.evm.gas.CancunGasSchedule;
import io.rolluplab.devnet.evm.trace.CallKind;
import io.rolluplab.devnet.evm.trace.Step;
import io.rolluplab.devnet.evm.trace.Tracer;
import io.rolluplab.devnet.state.WorldState;
import io.rolluplab.devnet.tx.BlockContext;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.UInt256;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.web3j.utils.Numeric;

class EvmTest {
  private static final Address CALLER = Address.fromLong(0xCA11);
  private static final Address CONTRACT = Address.fromLong(0xC0DE);

  private final WorldState state = new WorldState();
  private final List<Step> steps = new ArrayList<>();
  private final Tracer recorder = new Tracer() {
    @Override
    public void onStep(final Step step) {
      steps.add(step);
    }
  };

  private MessageResult run(final String code, final long gas) {
    state.setCode(CONTRACT, Numeric.hexStringToByteArray(code));
    final BlockContext block = new BlockContext(1, Address.ZERO, 1, 1, 30_000_000, BigInteger.ONE, UInt256.ZERO, BigInteger.ONE, n -> null);
    final Environment env = new Environment(state, block, CALLER, BigInteger.ONE, List.of(), Fork.CANCUN,
        new CancunGasSchedule(), Map.of(), recorder);
    final Message m = new Message(CallKind.CALL, CALLER, CONTRACT, CONTRACT, BigInteger.ZERO, BigInteger.ZERO,
        new byte[0], state.getCode(CONTRACT), gas, 0, false);
    return new Evm(new CancunGasSchedule()).execute(m, env);
  }

  @Test
  void addsTwoNumbersAndReturnsTheSumFromMemory() {
    // PUSH1 2, PUSH1 3, ADD, PUSH1 0, MSTORE, PUSH1 32, PUSH1 0, RETURN
    final MessageResult r = run("0x6002600301600052602060 00f3".replace(" ", ""), 100_000);
    assertThat(r.succeeded()).isTrue();
    assertThat(UInt256.fromBytes(r.output())).isEqualTo(UInt256.valueOf(5));
    // 3+3+3+3+3(+3 memory)+3+3+0 = 24
    assertThat(100_000 - r.gasLeft()).isEqualTo(24);
  }

  @Test
  void tracerSeesEveryStepWithPcOpcodeGasAndStack() {
    run("0x600260030100", 1000);
    assertThat(steps).extracting(Step::opName).containsExactly("PUSH1", "PUSH1", "ADD", "STOP");
    assertThat(steps.get(2).pc()).isEqualTo(4);
    assertThat(steps.get(2).gasCost()).isEqualTo(3);
    assertThat(steps.get(2).stack()).containsExactly(UInt256.valueOf(3), UInt256.valueOf(2));
  }

  @Test
  void haltsOnJumpIntoPushData() {
    // PUSH1 0x03, JUMP, PUSH1 0x5b (the 0x5b at pc 3 is push data, not a JUMPDEST)
    final MessageResult r = run("0x600356605b", 1000);
    assertThat(r.outcome()).isEqualTo(FrameState.HALTED);
    assertThat(r.haltReason()).isEqualTo(HaltReason.INVALID_JUMP_DESTINATION);
    assertThat(r.gasLeft()).isZero();
  }

  @Test
  void revertKeepsUnusedGasAndUndoesStorageWrites() {
    // PUSH1 1, PUSH1 0, SSTORE, PUSH1 0, PUSH1 0, REVERT
    final MessageResult r = run("0x600160005560006000fd", 100_000);
    assertThat(r.outcome()).isEqualTo(FrameState.REVERTED);
    assertThat(r.gasLeft()).isGreaterThan(70_000);
    assertThat(state.getStorage(CONTRACT, UInt256.ZERO)).isEqualTo(UInt256.ZERO);
  }

  @Test
  void underflowingTheStackHalts() {
    final MessageResult r = run("0x01", 1000);
    assertThat(r.haltReason()).isEqualTo(HaltReason.STACK_UNDERFLOW);
  }
}
