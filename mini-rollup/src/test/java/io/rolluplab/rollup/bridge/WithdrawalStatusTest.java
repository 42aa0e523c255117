package io.rolluplab.rollup.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WithdrawalStatusTest {

  @Test
  void aRolledBackRootSendsTheWithdrawalBackToWaitAndALaterRootToTheWindowAgain() {
    final WithdrawalStatus status = WithdrawalStatus.INCLUDED.batchPosted().rootProposed().rootRolledBack()
        .rootProposed().batchFinalized().paid();

    assertThat(status).isEqualTo(WithdrawalStatus.PAID);
  }

  @Test
  void refusesToPayAWithdrawalWhoseBatchIsNotFinal() {
    assertThatThrownBy(() -> WithdrawalStatus.IN_CHALLENGE_WINDOW.paid()).isInstanceOf(IllegalStateException.class)
        .hasMessage("a withdrawal that is IN_CHALLENGE_WINDOW cannot be paid: only one that is FINAL can");
  }

  @Test
  void refusesToRollBackAFinalRoot() {
    assertThatThrownBy(() -> WithdrawalStatus.FINAL.rootRolledBack()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("FINAL cannot have its root rolled back");
  }
}
