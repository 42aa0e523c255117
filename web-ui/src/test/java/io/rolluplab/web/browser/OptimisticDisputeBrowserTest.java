package io.rolluplab.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.web.TestLab;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A wrong root, disputed to the end, one step at a time: the fault is switched on and step mode
 * too on /controls, then every transition is let through with "Next step", on /controls and then
 * on the dispute page, which ends showing the verdict.
 */
class OptimisticDisputeBrowserTest {
  private static final String ALICE = DevAccounts.all().get(1).address().toChecksumHex();
  private static final String BOB = "0x00000000000000000000000000000000000000b0";

  // @AutoClose skips a field still null, so a missing Chromium fails with its own message alone.
  @AutoClose private TestLab lab;
  @AutoClose private Browser browser;
  private WebDriver page;
  private Steps steps;

  @BeforeEach
  void start() throws Exception {
    lab = TestLab.running(RollupMode.OPTIMISTIC);
    browser = Browser.start();
    page = browser.driver();
    steps = new Steps(page);
  }

  @Test
  void aWrongRootIsDisputedStepByStepAndTheChallengerWins() throws Exception {
    final RollupNode rollup = lab.rollup(0);
    assertThat(lab.post("/api/bridge/deposit", "{\"rollup\": \"optimistic\", \"from\": 1, \"amountWei\": \""
        + BigInteger.TEN.pow(18) + "\"}").statusCode()).isEqualTo(200);
    steps.waitFor(() -> rollup.store().batches().get(0).filter(b -> b.status().equals("proposed")).isPresent());

    page.get(lab.url() + "controls");
    steps.waitFor(() -> { // live updates may re-render the section meanwhile: then all again
      final WebElement wrongRoot = page.findElement(By.id("fault-wrong-root"));
      wrongRoot.findElement(By.name("item")).clear();
      wrongRoot.findElement(By.name("item")).sendKeys("1");
      wrongRoot.findElement(By.cssSelector("button")).click();
      return true;
    });
    steps.waitFor(() -> rollup.faults().settings().wrongRootAt().isPresent());
    steps.waitFor(() -> {
      page.findElement(By.id("step-mode-on")).click();
      return true;
    });
    for (int nonce = 0; nonce < 3; nonce++) {
      assertThat(lab.post("/api/l2/transfer", "{\"rollup\": \"optimistic\", \"from\": 1, \"to\": \"" + BOB
          + "\", \"amountWei\": \"1000\"}").statusCode()).isEqualTo(200);
    }

    final List<String> taken = new ArrayList<>();
    taken.add(steps.next());
    browser.screenshot("optimistic-dispute-1-step-mode");
    while (!last(taken).startsWith("Dispute the root") && taken.size() < 12) {
      taken.add(steps.next());
    }
    final long gameId = steps.waitFor(() -> rollup.store().disputes().newestFirst().stream().findFirst()
        .map(d -> d.id()).orElse(null));
    page.get(lab.url() + "rollup/optimistic/dispute/" + gameId);
    while (!last(taken).startsWith("Send the one-step proof") && taken.size() < 24) {
      taken.add(steps.next());
      if (taken.size() == 6) {
        browser.screenshot("optimistic-dispute-2-bisecting");
      }
    }
    final String verdict = steps.waitFor(() -> {
      page.navigate().refresh();
      return page.findElement(By.id("verdict")).getText();
    });
    steps.waitFor(() -> {
      page.findElement(By.id("step-mode-off")).click();
      return true;
    });
    browser.screenshot("optimistic-dispute-3-verdict");

    assertInOrder(taken, "Seal L2 block", "Post batch 1", "Propose what batch 1 holds and its post-state root",
        "Dispute the root of batch 1", "Post the proposer's root after 1 item", "Post the challenger's root after 1 item",
        "Post the proposer's root after 2 items", "Post the challenger's root after 2 items",
        "Send the one-step proof of item 1");
    assertThat(taken).anyMatch(s -> s.contains("a wrong root from item 1 on"));
    assertThat(verdict).startsWith("The challenger won");
    assertThat(page.findElements(By.cssSelector("table.rounds tbody tr"))).hasSize(2);
    assertThat(page.findElement(By.id("one-step")).getText()).contains("fee vault").contains("sender");
    assertThat(page.findElement(By.id("rolled-back")).getText()).contains("batch 1");

    page.get(lab.url() + "rollup/optimistic/batch/1");
    assertThat(page.findElement(By.cssSelector("ol.timeline")).getText()).contains("Root rolled back");
    assertThat(page.findElements(By.cssSelector("a.dispute-link"))).hasSize(1);
    browser.screenshot("optimistic-dispute-4-batch");
  }

  /** Each prefix starts a step taken after the one the prefix before it started. */
  private static void assertInOrder(final List<String> taken, final String... prefixes) {
    int from = 0;
    for (final String prefix : prefixes) {
      int at = -1;
      for (int i = from; i < taken.size() && at < 0; i++) {
        at = taken.get(i).startsWith(prefix) ? i : -1;
      }
      assertThat(at).as("a step starting \"%s\" after the first %d of %s", prefix, from, taken).isNotNegative();
      from = at + 1;
    }
  }

  private static String last(final List<String> taken) {
    return taken.get(taken.size() - 1);
  }
}
