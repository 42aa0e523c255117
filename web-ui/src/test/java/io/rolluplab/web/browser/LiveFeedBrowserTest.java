package io.rolluplab.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.web.TestLab;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The overview's feed follows L1 as well as the rollups, without a reload: a new block appears
 * with the rollup calls it holds, and a burst of blocks comes as one line, not one per block.
 */
class LiveFeedBrowserTest {
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @AutoClose private TestLab lab;
  @AutoClose private Browser browser;

  @BeforeEach
  void start() throws Exception {
    lab = TestLab.stepped(RollupMode.OPTIMISTIC);
    browser = Browser.start();
  }

  /** The feed's L1 lines, newest first, read in one script as live.js may replace them. */
  @SuppressWarnings("unchecked")
  private static List<String> l1Lines(final WebDriver page) {
    return (List<String>) ((JavascriptExecutor) page).executeScript("return Array.from(document.querySelectorAll("
        + "'#feed li.l1')).map(function (li) { return li.lastElementChild.textContent; });");
  }

  @Test
  void theOverviewsFeedShowsNewL1BlocksLiveAndABurstAsOneLine() throws Exception {
    final WebDriver page = browser.driver();
    final WebDriverWait wait = new WebDriverWait(page, PATIENCE);
    page.get(lab.url());
    wait.until(d -> d.findElement(By.id("live-status")).getText().equals("live"));

    lab.post("/api/bridge/deposit", "{\"rollup\": \"optimistic\", \"from\": 1, \"amountEth\": \"1\"}");
    lab.round();
    wait.until(d -> !l1Lines(d).isEmpty() && l1Lines(d).get(0).contains("deposit (optimistic)"));
    lab.round();
    wait.until(d -> l1Lines(d).get(0).contains("batch 0 to the inbox"));

    final long first = lab.devnet().latestBlock().number() + 1;
    final int burst = 40;
    for (int i = 0; i < burst; i++) {
      lab.devnet().mine();
    }
    final long last = first + burst - 1;
    wait.until(d -> l1Lines(d).get(0).endsWith("–" + last + ", all empty."));
    final long lines = l1Lines(page).stream().filter(line -> line.matches("L1 blocks? (\\d+–)?\\d+, (all )?empty\\."))
        .count();
    assertThat(lines).as("lines for %s empty blocks", burst).isBetween(1L, 3L);
    browser.screenshot("live-feed-overview");
  }
}
