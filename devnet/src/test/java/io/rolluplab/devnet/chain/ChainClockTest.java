package io.rolluplab.devnet.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChainClockTest {
  private final MutableTime wall = new MutableTime(1_000);
  private final ChainClock clock = new ChainClock(wall);

  @Test
  void stampsTheNextBlockWithTheWallClockTime() {
    wall.advance(5);
    assertThat(clock.nextBlockTimestamp()).isEqualTo(1_005);
  }

  @Test
  void stampsTwoBlocksInTheSameSecondOneSecondApart() {
    clock.blockSealed(clock.nextBlockTimestamp());
    assertThat(clock.nextBlockTimestamp()).isEqualTo(1_001);
  }

  @Test
  void increaseTimeMovesEveryLaterBlockForward() {
    clock.increaseTime(7 * 24 * 3600);
    assertThat(clock.now()).isEqualTo(1_000 + 604_800);
    assertThat(clock.nextBlockTimestamp()).isEqualTo(1_000 + 604_800);
  }

  @Test
  void refusesToMoveTimeBackwards() {
    assertThatThrownBy(() -> clock.increaseTime(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("forward");
  }

  @Test
  void setNextBlockTimestampFixesTheNextBlockAndLaterBlocksContinueFromIt() {
    clock.setNextBlockTimestamp(5_000);
    assertThat(clock.nextBlockTimestamp()).isEqualTo(5_000);
    clock.blockSealed(5_000);

    wall.advance(3);
    assertThat(clock.nextBlockTimestamp()).isEqualTo(5_003);
  }

  @Test
  void refusesANextTimestampThatIsNotAfterTheLatestBlock() {
    clock.blockSealed(2_000);
    assertThatThrownBy(() -> clock.setNextBlockTimestamp(2_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("later than the latest block's (2000)");
  }

  @Test
  void restoresAnEarlierReading() {
    final ChainClock.Reading before = clock.read();
    clock.increaseTime(100);
    clock.blockSealed(clock.nextBlockTimestamp());

    clock.restore(before);

    assertThat(clock.nextBlockTimestamp()).isEqualTo(1_000);
  }
}
