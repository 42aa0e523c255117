package io.rolluplab.rollup.prover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProverStateTest {

  @Test
  void aProofEndsInIdleWhetherL1VerifiesOrRefusesIt() {
    assertThat(ProverState.IDLE.start().verified()).isEqualTo(ProverState.IDLE);
    assertThat(ProverState.IDLE.start().refusedByL1()).isEqualTo(ProverState.IDLE);
  }

  @Test
  void anUnprovableBatchLeavesTheProverStuckForGood() {
    final ProverState stuck = ProverState.IDLE.unprovable();
    assertThat(stuck).isEqualTo(ProverState.STUCK);
    assertThatThrownBy(stuck::start).hasMessage("the prover cannot start proving: it is STUCK, not IDLE");
  }
}
