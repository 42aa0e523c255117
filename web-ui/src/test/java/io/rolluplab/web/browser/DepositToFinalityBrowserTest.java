package io.rolluplab.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.web.TestLab;
import java.time.Duration;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A student's deposit, clicked through in Chromium from the Bridge page to finality: the deposit
 * is credited on L2, carried to L1 in a batch whose root enters the 7-day challenge window, and
 * final once the Controls page moved the L1 clock past it. The page follows by live updates alone.
 */
class DepositToFinalityBrowserTest {
  /** Generous: the rollups tick once a second on a machine the other tests share. */
  private static final Duration PATIENCE = Duration.ofSeconds(180);

  @AutoClose private TestLab lab;
  @AutoClose private Browser browser;

  @BeforeEach
  void start() throws Exception {
    lab = TestLab.running(RollupMode.OPTIMISTIC, RollupMode.ZK);
    browser = Browser.start();
  }

  // Read in one script each, since live.js may replace the rows between two WebDriver calls.

  private static String depositRow(final WebDriver page) {
    return (String) ((JavascriptExecutor) page).executeScript(
        "var row = document.getElementById('deposit-0'); return row ? row.textContent : '';");
  }

  /** The state (done, now, todo) of the deposit's progress step whose words start with {@code label}. */
  private static String step(final WebDriver page, final String label) {
    return (String) ((JavascriptExecutor) page).executeScript(
        "var label = arguments[0];"
            + "var steps = Array.from(document.querySelectorAll('#deposit-0 ol.steps li'));"
            + "var step = steps.find(function (li) { return li.textContent.trim().startsWith(label); });"
            + "return step ? step.className : 'missing';", label);
  }

  @Test
  void aDepositGoesFromTheBridgePageToFinalityAndThePageFollowsWithoutReloading() throws Exception {
    final WebDriver page = browser.driver();
    final WebDriverWait wait = new WebDriverWait(page, PATIENCE);
    wait.ignoring(StaleElementReferenceException.class);
    page.get(lab.url() + "bridge");
    assertThat(page.getTitle()).isEqualTo("Bridge · Rollup Lab");
    browser.screenshot("deposit-to-finality-1-bridge");

    new Select(page.findElement(By.id("deposit-from"))).selectByValue("1");
    page.findElement(By.id("deposit-amount")).clear();
    page.findElement(By.id("deposit-amount")).sendKeys("1.5");
    page.findElement(By.id("deposit-submit")).click();

    wait.until(d -> d.getCurrentUrl().contains("deposit=0"));
    assertThat(page.findElement(By.cssSelector("header .done")).getText())
        .startsWith("Deposited 1.5 ETH from dev account 1");
    // from here on no reload: live.js re-renders the rows as the rollup's events arrive
    wait.until(d -> step(d, "in L2 block").equals("done"));
    wait.until(d -> step(d, "in batch").equals("done") && depositRow(d).contains("challenge window"));
    assertThat(depositRow(page)).contains("1.5", "queued in the Bridge");
    browser.screenshot("deposit-to-finality-2-in-challenge-window");

    // the zk rollup proves a batch of its own meanwhile, so the overview shows both kinds at work
    lab.post("/api/bridge/deposit", "{\"rollup\": \"zk\", \"from\": 2, \"amountEth\": \"2\"}");
    page.findElement(By.linkText("Overview")).click();
    wait.until(d -> d.findElement(By.id("batches-optimistic")).getText().contains("left"));
    wait.until(d -> !d.findElements(By.cssSelector("#batches-zk tbody .status")).isEmpty());
    browser.screenshot("deposit-to-finality-3-overview");

    page.findElement(By.linkText("Controls")).click();
    browser.screenshot("deposit-to-finality-4-controls");
    page.findElement(By.xpath("//button[starts-with(., '+ 7 days + 1 hour')]")).click();
    wait.until(d -> d.findElement(By.cssSelector("header .done")).getText().startsWith("Moved the L1 clock 7 d 1 h"));

    page.get(lab.url() + "bridge?rollup=optimistic&deposit=0");
    wait.until(d -> step(d, "final").equals("done"));
    assertThat(depositRow(page)).doesNotContain("challenge window");
    browser.screenshot("deposit-to-finality-5-final");

    page.findElement(By.linkText("Overview")).click();
    wait.until(d -> d.findElement(By.cssSelector("#batches-optimistic .stage.final strong")).getText().equals("1"));
    browser.screenshot("deposit-to-finality-6-overview-final");
  }
}
