package io.rolluplab.rollup.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.rollup.state.L2State;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every shared vector through the Java state machine. */
class L2VectorsTest {

  static List<L2Vector> vectors() {
    return L2Vector.load();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void javaStateMachineGivesTheExpectedOutcomeAndRoot(final L2Vector v) {
    final L2State state = v.preStateTree();
    assertThat(state.root()).isEqualTo(v.preRoot());
    final ItemOutcome outcome = new L2StateMachine(state, v.l2ChainId(), v.deposits()).apply(v.item(), v.l1FeePerByte());

    assertThat(outcome.applied() ? "OK" : outcome.brokenRule().name()).as(outcome.reason()).isEqualTo(v.expectedOutcome());
    assertThat(outcome.code()).isEqualTo(v.expectedCode());
    assertThat(outcome.postRoot()).isEqualTo(v.postRoot()).isEqualTo(state.root());
    assertThat(outcome.fee().execution()).isEqualTo(v.executionFee());
    assertThat(outcome.fee().l1Data()).isEqualTo(v.l1DataFee());
    if (outcome.applied()) {
      assertThat(state.accounts()).isEqualTo(v.expectedPostStateTree().accounts());
    }
  }

  /** As the sequencer and the derivations execute: the same state, and no roots hashed for the item. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void withoutAWitnessGivesTheSameOutcomeAndStateButNoRoots(final L2Vector v) {
    final L2State state = v.preStateTree();
    final ItemOutcome outcome = new L2StateMachine(state, v.l2ChainId(), v.deposits())
        .applyWithoutWitness(v.item(), v.l1FeePerByte());

    assertThat(outcome.code()).as(outcome.reason()).isEqualTo(v.expectedCode());
    assertThat(outcome.preRoot()).isNull();
    assertThat(outcome.postRoot()).isNull();
    assertThat(outcome.witness()).isNull();
    assertThat(state.root()).isEqualTo(v.postRoot());
  }
}
