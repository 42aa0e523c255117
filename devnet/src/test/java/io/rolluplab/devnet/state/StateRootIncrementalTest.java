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
}
