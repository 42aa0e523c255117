package io.rolluplab.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.rollup.store.BatchTable;
import io.rolluplab.web.TestLab;
import java.math.BigInteger;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** A zk batch from its transfers to its execution on L1, read on the batch page and then its proof page. */
class ZkBatchBrowserTest {
  private static final String BOB = "0x00000000000000000000000000000000000000b0";

  @AutoClose private TestLab lab;
  @AutoClose private Browser browser;

  @BeforeEach
  void start() throws Exception {
    lab = TestLab.running(RollupMode.ZK);
    browser = Browser.start();
  }

  @Test
  void aBatchOfTransfersIsProvenAndExecutedAndItsProofPageSaysWhatTheMockProves() throws Exception {
    final RollupNode rollup = lab.rollup(0);
    final Steps wait = new Steps(browser.driver());
    lab.post("/api/bridge/deposit", "{\"rollup\": \"zk\", \"from\": 1, \"amountWei\": \"" + BigInteger.TEN.pow(18)
        + "\"}");
    wait.waitFor(() -> rollup.store().batches().get(0).isPresent());
    for (int nonce = 0; nonce < 2; nonce++) {
      lab.post("/api/l2/transfer", "{\"rollup\": \"zk\", \"from\": 1, \"to\": \"" + BOB + "\", \"amountWei\": \"1000\"}");
    }
    final BatchTable.Row batch = wait.waitFor(() -> rollup.store().batches().withStatus("executed").stream()
        .filter(b -> b.txCount() == 2).findFirst().orElse(null));

    final WebDriver page = browser.driver();
    page.get(lab.url() + "rollup/zk/batch/" + batch.index());
    assertThat(wait.waitFor(() -> page.findElement(By.cssSelector("h1")).getText())).contains("ZK batch " + batch.index())
        .contains("executed");
    assertThat(page.findElements(By.cssSelector("ol.timeline li.next"))).as("nothing left to come").isEmpty();
    assertThat(wait.waitFor(() -> page.findElement(By.cssSelector("ol.timeline")).getText())).contains("Proven").contains("Executed");
    assertThat(page.findElements(By.xpath("//table/tbody/tr[td[3]='transfer']"))).hasSize(2);
    browser.screenshot("zk-batch-1-batch");

    wait.waitFor(() -> { // a live update may re-render the link under the click
      page.findElement(By.id("proof-link")).click();
      return true;
    });
    assertThat(page.getTitle()).startsWith("Proof of batch " + batch.index());
    assertThat(page.findElements(By.cssSelector("table.checks tbody tr"))).hasSizeGreaterThan(10);
    assertThat(page.findElements(By.cssSelector("table.checks tr.fail"))).isEmpty();
    assertThat(wait.waitFor(() -> page.findElement(By.cssSelector(".attempt")).getText())).contains("verified").contains("proveBatch");
    assertThat(wait.waitFor(() -> page.findElement(By.id("verification-tx")).getAttribute("href"))).contains("/l1/tx/0x");
    assertThat(wait.waitFor(() -> page.findElement(By.cssSelector(".explain")).getText())).contains("What L1 does not check");
    browser.screenshot("zk-batch-2-proof");
  }
}
