package io.rolluplab.devnet.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolluplab.devnet.state.WorldState;
import io.rolluplab.devnet.types.Address;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class StateHistoryTest {
  private static final Address ALICE = Address.fromLong(0xA11CE);

  private static StateHistory historyOf(final int blocks) {
    final StateHistory history = new StateHistory();
    final WorldState live = new WorldState();
    for (int n = 0; n < blocks; n++) {
      live.setBalance(ALICE, BigInteger.valueOf(n));
      history.append(n, live);
    }
    return history;
  }

  @Test
  void keepsTheStateAfterEachRecentBlock() {
    final StateHistory history = historyOf(10);

    assertThat(history.after(3).getBalance(ALICE)).isEqualTo(3);
    assertThat(history.after(9).getBalance(ALICE)).isEqualTo(9);
  }

  @Test
  void forgetsBlocksOlderThanTheLast256WithAClearMessage() {
    final StateHistory history = historyOf(300);

    assertThat(history.after(44).getBalance(ALICE)).isEqualTo(44);
    assertThatThrownBy(() -> history.after(43)).isInstanceOf(StateUnavailableException.class)
        .hasMessageContaining("state of block 43 is no longer kept").hasMessageContaining("last 256");
    assertThatThrownBy(() -> history.after(300)).hasMessageContaining("does not exist");
  }

  @Test
  void handsOutCopiesThatCannotChangeTheKeptState() {
    final StateHistory history = historyOf(2);

    history.after(1).setBalance(ALICE, BigInteger.TEN);

    assertThat(history.after(1).getBalance(ALICE)).isEqualTo(1);
  }

  @Test
  void startsOverFromTheRevertedStateWhenTheBlockWasNoLongerKept() {
    final StateHistory history = historyOf(300);
    final WorldState old = new WorldState();
    old.setBalance(ALICE, BigInteger.valueOf(7));

    history.revertTo(7, old);

    assertThat(history.after(7).getBalance(ALICE)).isEqualTo(7);
  }
}
