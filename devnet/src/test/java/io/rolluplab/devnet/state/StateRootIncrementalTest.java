package io.rolluplab.devnet.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.UInt256;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** A root updated block by block must equal the root of the same accounts built from scratch. */
class StateRootIncrementalTest {
  private static final Address ALICE = Address.fromLong(0xA);
  private static final Address BOB = Address.fromLong(0xB);
  private static final Address CAROL = Address.fromLong(0xC);

  private static WorldState fresh(final long aliceBalance, final long bobBalance) {
    final WorldState state = new WorldState();
    state.setBalance(ALICE, BigInteger.valueOf(aliceBalance));
    state.setBalance(BOB, BigInteger.valueOf(bobBalance));
    return state;
  }

  @Test
  void matchesARootBuiltFromScratchAfterWritesAndDeletions() {
    final WorldState state = fresh(10, 0);
    StateRoot.compute(state);
    state.commit();

    state.setBalance(BOB, BigInteger.valueOf(5));
    state.setBalance(CAROL, BigInteger.ONE);
    StateRoot.compute(state);
    state.deleteAccount(CAROL);

    assertThat(StateRoot.compute(state)).isEqualTo(StateRoot.compute(fresh(10, 5)));
  }

  @Test
  void matchesAfterUndoingChangesThatWereAlreadyInARoot() {
    final WorldState state = fresh(10, 0);
    final int mark = state.snapshot();
    state.setBalance(BOB, BigInteger.valueOf(5));
    StateRoot.compute(state);

    state.revertTo(mark);

    assertThat(StateRoot.compute(state)).isEqualTo(StateRoot.compute(fresh(10, 0)));
  }

  @Test
  void letsACopyGoItsOwnWayFromTheSharedTrie() {
    final WorldState state = fresh(10, 0);
    StateRoot.compute(state);
    final WorldState copy = state.copy();

    copy.setStorage(BOB, UInt256.ONE, UInt256.ONE);
    StateRoot.compute(copy);

    assertThat(StateRoot.compute(state)).isEqualTo(StateRoot.compute(fresh(10, 0)));
  }

  /** BOB's storage: slot i holds i + 1, for slots 0 .. count - 1. */
  private static WorldState withSlots(final int count) {
    final WorldState state = fresh(10, 0);
    for (int i = 0; i < count; i++) {
      state.setStorage(BOB, UInt256.valueOf(i), UInt256.valueOf(i + 1));
    }
    return state;
  }

  @Test
  void aStorageTrieUpdatedSlotBySlotMatchesOneBuiltFromScratch() {
    final WorldState state = withSlots(50);
    StateRoot.compute(state);

    state.setStorage(BOB, UInt256.valueOf(7), UInt256.ZERO); // removed
    state.setStorage(BOB, UInt256.valueOf(60), UInt256.valueOf(61)); // added
    state.setStorage(BOB, UInt256.valueOf(8), UInt256.valueOf(9)); // changed
    final WorldState expected = withSlots(50);
    expected.setStorage(BOB, UInt256.valueOf(7), UInt256.ZERO);
    expected.setStorage(BOB, UInt256.valueOf(60), UInt256.valueOf(61));
    expected.setStorage(BOB, UInt256.valueOf(8), UInt256.valueOf(9));

    assertThat(StateRoot.compute(state)).isEqualTo(StateRoot.compute(expected));
  }

  @Test
  void aStorageWriteUndoneAfterARootLeavesTheRootOfBefore() {
    final WorldState state = withSlots(20);
    StateRoot.compute(state);
    state.commit();
    final int mark = state.snapshot();
    state.setStorage(BOB, UInt256.valueOf(3), UInt256.valueOf(99));
    StateRoot.compute(state);

    state.revertTo(mark);
    state.setStorage(BOB, UInt256.valueOf(4), UInt256.valueOf(44));
    final WorldState expected = withSlots(20);
    expected.setStorage(BOB, UInt256.valueOf(4), UInt256.valueOf(44));

    assertThat(StateRoot.compute(state)).isEqualTo(StateRoot.compute(expected));
  }

  @Test
  void aCopyWritesItsOwnStorageTrieAndLeavesTheOriginalsAlone() {
    final WorldState state = withSlots(20);
    StateRoot.compute(state);
    final WorldState copy = state.copy();

    copy.setStorage(BOB, UInt256.valueOf(5), UInt256.valueOf(55));
    StateRoot.compute(copy);
    state.setStorage(BOB, UInt256.valueOf(6), UInt256.valueOf(66));
    final WorldState expected = withSlots(20);
    expected.setStorage(BOB, UInt256.valueOf(6), UInt256.valueOf(66));

    assertThat(StateRoot.compute(state)).isEqualTo(StateRoot.compute(expected));
  }
}
