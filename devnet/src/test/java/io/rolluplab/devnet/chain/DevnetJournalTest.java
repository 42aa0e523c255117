package io.rolluplab.devnet.chain;

import static io.rolluplab.devnet.chain.Transfers.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolluplab.devnet.state.StateRoot;
import io.rolluplab.devnet.types.Address;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A devnet opened on a journal comes back after a crash as it was: same blocks, same state, same clock. */
class DevnetJournalTest {
  private static final DevAccount ALICE = DevAccounts.all().get(0);
  private static final DevAccount BOB = DevAccounts.all().get(1);
  private static final Address CAROL = Address.fromLong(0xCA401);

  @TempDir
  Path dir;

  private final MutableTime wall = new MutableTime(1_700_000_000);

  private Devnet open(final MiningMode mode) throws Exception {
    return Devnet.open(DevnetConfig.defaults().withMining(mode), dir.resolve("l1.journal"), wall, new FakeBlockTimer());
  }

  @Test
  void replaysBlocksToTheSameHashesAndStateRootAfterACrash() throws Exception {
    final Devnet before = open(new MiningMode.Manual());
    before.submit(transfer(ALICE, 0, CAROL, 5));
    before.submit(transfer(BOB, 0, CAROL, 7));
    before.submit(transfer(ALICE, 1, BOB.address(), 9));
    before.mine();
    wall.advance(12);
    before.submit(transfer(BOB, 1, CAROL, 11));
    before.mine();
    before.mine();
    // crash: the object is dropped without close()

    wall.advance(3_600);
    final Devnet after = open(new MiningMode.Manual());

    assertThat(after.latestBlock().number()).isEqualTo(3);
    for (long n = 0; n <= 3; n++) {
      assertThat(after.block(n).orElseThrow().hash()).isEqualTo(before.block(n).orElseThrow().hash());
    }
    assertThat(StateRoot.compute(after.stateAt(3))).isEqualTo(StateRoot.compute(before.stateAt(3)));
    assertThat(after.balance(CAROL)).isEqualTo(23);
  }

  @Test
  void keepsTheClockOffsetSoMovedTimeStaysMoved() throws Exception {
    final Devnet before = open(MiningMode.automine());
    before.submit(transfer(ALICE, 0, CAROL, 5));
    before.increaseTime(7 * 24 * 3600); // no block after it: only the journal's clock entry remembers

    final Devnet after = open(MiningMode.automine());

    assertThat(after.now()).isEqualTo(before.now());
    after.submit(transfer(ALICE, 1, CAROL, 5));
    assertThat(after.latestBlock().header().timestamp()).isGreaterThanOrEqualTo(before.now());
  }

  @Test
  void forgetsRevertedBlocksAndGoesOnFromTheRevert() throws Exception {
    final Devnet before = open(MiningMode.automine());
    before.submit(transfer(ALICE, 0, CAROL, 5));
    final int snapshot = before.snapshot();
    before.submit(transfer(ALICE, 1, CAROL, 100));
    before.revert(snapshot);
    wall.advance(5);
    before.submit(transfer(BOB, 0, CAROL, 1));

    final Devnet after = open(MiningMode.automine());

    assertThat(after.latestBlock().number()).isEqualTo(2);
    assertThat(after.latestBlock().hash()).isEqualTo(before.latestBlock().hash());
    assertThat(after.balance(CAROL)).isEqualTo(6);
  }

  @Test
  void keepsJournalingAfterAReplay() throws Exception {
    open(MiningMode.automine()).submit(transfer(ALICE, 0, CAROL, 5));
    final Devnet second = open(MiningMode.automine());
    second.submit(transfer(ALICE, 1, CAROL, 5));

    final Devnet third = open(MiningMode.automine());

    assertThat(third.latestBlock().hash()).isEqualTo(second.latestBlock().hash());
    assertThat(third.balance(CAROL)).isEqualTo(10);
  }

  @Test
  void refusesAJournalOfAnotherChainId() throws Exception {
    open(MiningMode.automine()).submit(transfer(ALICE, 0, CAROL, 5));

    assertThatThrownBy(() -> Devnet.open(new DevnetConfig(1337, MiningMode.automine()), dir.resolve("l1.journal"),
        wall, new FakeBlockTimer()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("chain id 31337");
  }
}
