package io.rolluplab.rollup.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.rollup.step.StepMode;
import io.rolluplab.rollup.step.StepMode.PendingStep;
import io.rolluplab.rollup.store.RollupStore;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Step mode on a whole optimistic rollup: a wrong root disputed to the end, one step at a time.
 * With step mode on, rounds pass and nothing moves; each step() lets exactly the announced
 * transition through (one L1 transaction, or one L2 block); switched off, the node goes on.
 */
class StepModeLifecycleTest extends RoundByRoundTest {
  private static final RollupNodeConfig CONFIG = RollupNodeConfig.defaults();
  private StepMode stepMode;

  StepModeLifecycleTest() {
    super(CONFIG);
  }

  @BeforeEach
  void deploy() throws Exception {
    stepMode = new StepMode(clock);
    node = RollupNode.deploy(l1, OPERATOR.credentials(), DevAccounts.all().get(8).credentials(), CONFIG,
        RollupStore.inMemory(), clock, stepMode);
  }

  @AfterEach
  void stop() throws Exception {
    node.close();
    devnet.close();
  }

  @Test
  void aDisputeIsPlayedOneAnnouncedStepAtATimeAndResumesWhenSwitchedOff() throws Exception {
    deposit(alice.address(), ETHER);
    round();
    for (int nonce = 0; nonce < 3; nonce++) {
      node.submit(alice.transfer(nonce, BOB, BigInteger.TEN));
    }
    round();
    node.faults().wrongRootAt(1);
    stepMode.setOn(true);

    final long l1Head = l1.latestBlock().number();
    final long l2Head = node.l2().head().number();
    for (int i = 0; i < 3; i++) {
      roundAfterMaxAge();
    }
    assertThat(l1.latestBlock().number()).as("no L1 transaction without a step").isEqualTo(l1Head);
    assertThat(node.l2().head().number()).isEqualTo(l2Head);
    assertThat(stepMode.pending()).get().extracting(PendingStep::rollup, PendingStep::role)
        .containsExactly("optimistic", "batcher");

    final List<String> taken = new ArrayList<>();
    for (int i = 0; i < 40 && (taken.isEmpty() || !taken.get(taken.size() - 1).startsWith("Send the one-step")); i++) {
      final long before = l1.latestBlock().number();
      final PendingStep step = nextStep();
      round();
      assertThat(l1.latestBlock().number() - before).as("one L1 transaction for: %s", step.sentence()).isEqualTo(1);
      taken.add(step.sentence());
    }

    assertThat(taken).hasSizeGreaterThan(4);
    assertThat(taken.get(0)).startsWith("Post batch 0 (L2 blocks 1–2, 4 items) to L1");
    assertThat(taken.get(1)).startsWith("Propose what batch 0 holds and its post-state root").contains("wrong root from item 1");
    assertThat(taken.get(2)).startsWith("Dispute the root of batch 0");
    assertThat(taken).anyMatch(s -> s.startsWith("Post the proposer's root after 2 items in game 1"))
        .anyMatch(s -> s.startsWith("Post the challenger's root after 2 items in game 1"));
    assertThat(taken.get(taken.size() - 1)).startsWith("Send the one-step proof of item 1 in game 1");
    assertThat(stepMode.stepsTaken()).isEqualTo(taken.size());

    stepMode.setOn(false);
    for (int i = 0; i < 5; i++) {
      round();
    }
    assertThat(eventsOf("proposer")).containsSubsequence("RootProposed", "BondSlashed", "RootsRolledBack",
        "BondRegistered", "RootProposed");
    assertThat(stepMode.pending()).isEmpty();
  }

  @Test
  void aSequencerStepSealsOneL2BlockAndSendsNothingToL1() throws Exception {
    stepMode.setOn(true);
    deposit(alice.address(), ETHER);
    round();
    assertThat(nextStep().sentence()).startsWith("Hand deposit #0 (1 ETH for " + alice.address());
    round();
    assertThat(node.l2().account(alice.address(), true).balance()).as("queued for the next block").isEqualTo(ETHER);

    assertThat(nextStep().sentence()).startsWith("Seal L2 block 1");
    final long l1Head = l1.latestBlock().number();
    round();

    assertThat(node.l2().head().number()).isEqualTo(1);
    assertThat(node.l2().account(alice.address(), false).balance()).isEqualTo(ETHER);
    assertThat(l1.latestBlock().number()).isEqualTo(l1Head);
    assertThat(stepMode.pending()).get().extracting(PendingStep::role).isEqualTo("proposer");
  }

  /**
   * Lets the next step through, after the rounds it takes for a role to want one (a role that
   * reacts to another's L1 transaction sees it in the round after): rounds without a step move nothing.
   */
  private PendingStep nextStep() {
    for (int i = 0; i < 5 && stepMode.pending().isEmpty(); i++) {
      round();
    }
    return stepMode.step();
  }
}
