package io.rolluplab.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.web.TestLab;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The challenge window's countdowns tick in the browser, on the L1 clock: a deposit's and a
 * withdrawal's on the Bridge page, the batches' on the overview and the batch page. The lab is
 * fast-forwarded to half a minute before the window's end (so the L1 clock runs a week ahead of the
 * wall clock, and seconds show), and every role is paused, so no event re-renders a page: what
 * changes is what {@code live.js} ticks.
 */
class CountdownBrowserTest {
  /** Generous: the rollups tick once a second on a machine the other tests share. */
  private static final Duration PATIENCE = Duration.ofSeconds(180);
  private static final String OVER = "window over: final at the next L1 block";
  private static final Pattern SECONDS_LEFT = Pattern.compile("(\\d+) s left");
  /** Seconds left in the later window after the fast-forward: time to load the pages and watch them tick. */
  private static final long LEFT_AFTER_FAST_FORWARD = 40;

  @AutoClose private TestLab lab;
  @AutoClose private Browser browser;

  @BeforeEach
  void start() throws Exception {
    lab = TestLab.running(RollupMode.OPTIMISTIC);
    browser = Browser.start();
  }

  private void waitFor(final BooleanSupplier check) throws InterruptedException {
    final long end = System.nanoTime() + PATIENCE.toNanos();
    while (!check.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited %s", PATIENCE).isLessThan(end);
      Thread.sleep(200);
    }
  }

  private String get(final String path) {
    try {
      return lab.get(path).body();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The texts of the countdowns inside {@code selector}, read in one script as live.js may replace them. */
  @SuppressWarnings("unchecked")
  private static List<String> countdowns(final WebDriver page, final String selector) {
    return (List<String>) ((JavascriptExecutor) page).executeScript("return Array.from(document.querySelectorAll("
        + "arguments[0] + ' [data-deadline]')).map(function (e) { return e.textContent; });", selector);
  }

  /** Marks the first countdown in {@code selector}; true while that same element is on the page. */
  private static String mark(final WebDriver page, final String selector) {
    return (String) ((JavascriptExecutor) page).executeScript("window.marked = document.querySelector(arguments[0]"
        + " + ' [data-deadline]'); return window.marked.textContent;", selector);
  }

  private static String marked(final WebDriver page) {
    return (String) ((JavascriptExecutor) page).executeScript(
        "return window.marked.isConnected ? window.marked.textContent : 'replaced';");
  }

  private static long secondsLeft(final String text) {
    final Matcher m = SECONDS_LEFT.matcher(text);
    assertThat(m.find()).as("a countdown in seconds: %s", text).isTrue();
    return Long.parseLong(m.group(1));
  }

  @Test
  void everyCountdownTicksEverySecondOnTheL1ClockAndSaysWhenTheWindowIsOver() throws Exception {
    lab.post("/api/bridge/deposit", "{\"rollup\": \"optimistic\", \"from\": 1, \"amountEth\": \"1\"}");
    waitFor(() -> get("/api/rollups/optimistic/deposits").contains("final after the challenge window: "));
    lab.post("/api/bridge/withdraw", "{\"rollup\": \"optimistic\", \"from\": 1, \"amountEth\": \"0.1\"}");
    waitFor(() -> get("/api/rollups/optimistic/withdrawals").contains("IN_CHALLENGE_WINDOW"));
    for (final String role : lab.rollup(0).roleNames()) {
      lab.post("/api/controls/roles/optimistic/" + role + "/pause", "{}");
    }
    final String withdrawal = get("/api/rollups/optimistic/withdrawals");
    final long deadline = Long.parseLong(withdrawal.replaceAll("(?s).*\"challengeDeadline\":(\\d+).*", "$1"));
    lab.post("/api/controls/fast-forward",
        "{\"seconds\": " + (deadline - lab.devnet().now() - LEFT_AFTER_FAST_FORWARD) + "}");

    final WebDriver page = browser.driver();
    final WebDriverWait wait = new WebDriverWait(page, PATIENCE);
    page.get(lab.url() + "bridge");
    // without JavaScript the page says the same: the server counts on the L1 clock too
    assertThat(get("/bridge")).contains("data-deadline=\"" + deadline + "\"").containsPattern("\\d+ s left");
    // once connected, live.js re-renders what changed since the page was made: mark the countdown after that
    wait.until(d -> d.findElement(By.id("live-status")).getText().equals("live"));
    Thread.sleep(1_500);
    final String first = mark(page, "#withdrawals");
    wait.until(d -> !marked(d).equals(first));
    final String second = marked(page);
    assertThat(second).matches("\\d+ s left");
    assertThat(secondsLeft(second)).isLessThan(secondsLeft(first)).isGreaterThan(0);
    // the deposit's batch was proposed a little earlier: its window may be over already
    assertThat(countdowns(page, "#deposits")).singleElement().asString()
        .matches(text -> text.startsWith("final after the challenge window: ") || text.equals(OVER));
    assertThat(countdowns(page, "#withdrawals")).hasSize(2)
        .anySatisfy(text -> assertThat(text).startsWith("challenge window: "));
    browser.screenshot("countdown-1-bridge");

    // each second, not only once: three more ticks, on the same element
    final String third = marked(page);
    wait.until(d -> secondsLeft(marked(d)) <= secondsLeft(third) - 3);

    wait.until(d -> countdowns(d, "#withdrawals").equals(List.of(OVER, OVER))
        && countdowns(d, "#deposits").equals(List.of(OVER)));
    assertThat(marked(page)).isEqualTo(OVER);
    assertThat(get("/bridge")).contains(OVER).doesNotContainPattern("\\d+ s left");
    browser.screenshot("countdown-2-bridge-over");

    page.get(lab.url());
    assertThat(countdowns(page, "#batches-optimistic")).isNotEmpty().allMatch(OVER::equals);
    final long batch = Long.parseLong(withdrawal.replaceAll("(?s).*?\"batchIndex\":(\\d+).*", "$1"));
    page.get(lab.url() + "rollup/optimistic/batch/" + batch);
    assertThat(countdowns(page, "#batch")).containsExactly(OVER);
  }
}
