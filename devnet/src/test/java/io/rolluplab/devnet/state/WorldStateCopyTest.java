package io.rolluplab.devnet.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.UInt256;
import org.junit.jupiter.api.Test;

/** Copies share storage maps until one side writes; neither side may ever see the other's writes. */
class WorldStateCopyTest {
  private static final Address CONTRACT = Address.fromLong(0xC0);
  private static final UInt256 SLOT = UInt256.ONE;

  private static WorldState stateWithSlot(final long value) {
    final WorldState state = new WorldState();
    state.setStorage(CONTRACT, SLOT, UInt256.valueOf(value));
    state.commit();
    return state;
  }

  @Test
  void aWriteToTheOriginalIsNotSeenByTheCopy() {
    final WorldState original = stateWithSlot(1);
    final WorldState copy = original.copy();

    original.setStorage(CONTRACT, SLOT, UInt256.valueOf(2));

    assertThat(copy.getStorage(CONTRACT, SLOT)).isEqualTo(UInt256.valueOf(1));
    assertThat(original.getStorage(CONTRACT, SLOT)).isEqualTo(UInt256.valueOf(2));
  }

  @Test
  void aWriteToTheCopyIsNotSeenByTheOriginal() {
    final WorldState original = stateWithSlot(1);
    final WorldState copy = original.copy();

    copy.setStorage(CONTRACT, UInt256.valueOf(9), UInt256.valueOf(3));
    copy.setStorage(CONTRACT, SLOT, UInt256.ZERO);

    assertThat(original.getStorage(CONTRACT, SLOT)).isEqualTo(UInt256.valueOf(1));
    assertThat(original.get(CONTRACT).storage()).hasSize(1);
  }

  @Test
  void undoingAWriteAfterACopyDoesNotReachIntoTheCopy() {
    final WorldState original = stateWithSlot(1);
    final int mark = original.snapshot();
    original.setStorage(CONTRACT, SLOT, UInt256.valueOf(2));
    final WorldState copy = original.copy();

    original.revertTo(mark);

    assertThat(original.getStorage(CONTRACT, SLOT)).isEqualTo(UInt256.valueOf(1));
    assertThat(copy.getStorage(CONTRACT, SLOT)).isEqualTo(UInt256.valueOf(2));
  }

  @Test
  void copiesKeepTheSameStateRootAndDivergeOnlyWhenWritten() {
    final WorldState original = stateWithSlot(1);
    final WorldState copy = original.copy();
    assertThat(StateRoot.compute(copy)).isEqualTo(StateRoot.compute(original));

    copy.setStorage(CONTRACT, SLOT, UInt256.valueOf(5));

    assertThat(StateRoot.compute(copy)).isNotEqualTo(StateRoot.compute(original));
    assertThat(StateRoot.compute(original)).isEqualTo(StateRoot.compute(stateWithSlot(1)));
  }
}
