package io.rolluplab.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.web.TestLab;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.utils.Numeric;

/**
 * The explorers and the compare page as a student clicks through them, after a little traffic on
 * both rollups taken to finality: deposits, transfers, a withdrawal and one failing L1 call.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorersBrowserTest {
  private TestLab lab;
  private Browser browser;
  private String failedCall;
  private String transfer;

  @BeforeAll
  void start() throws Exception {
    lab = TestLab.stepped(RollupMode.OPTIMISTIC, RollupMode.ZK);
    for (final String rollup : List.of("optimistic", "zk")) {
      lab.post("/api/bridge/deposit", "{\"rollup\": \"" + rollup + "\", \"from\": 1, \"amountEth\": \"2\"}");
      lab.post("/api/bridge/deposit", "{\"rollup\": \"" + rollup + "\", \"from\": 2, \"amountEth\": \"1\"}");
    }
    lab.round();
    sendTransfers(3);
    failedCall = finalizeTooEarly();
    for (int i = 0; i < 3; i++) {
      lab.round(); // the first batches go to L1
    }
    sendTransfers(8);
    roundsUntilBothFinal(3 + 8);
    browser = Browser.start();
  }

  /** {@code count} transfers on each rollup from dev accounts 1 and 2 (the last one a withdrawal), one batch's worth. */
  private void sendTransfers(final int count) throws Exception {
    for (final String rollup : List.of("optimistic", "zk")) {
      for (int i = 1; i < count; i++) {
        final String answer = lab.post("/api/l2/transfer", "{\"rollup\": \"" + rollup + "\", \"from\": " + (i % 2 + 1)
            + ", \"to\": \"" + DevAccounts.all().get(3).address().toHex() + "\", \"amountEth\": \"0.00" + i + "\"}").body();
        if (rollup.equals("optimistic")) {
          transfer = new ObjectMapper().readTree(answer).findValue("hash").asText();
        }
      }
      lab.post("/api/bridge/withdraw", "{\"rollup\": \"" + rollup + "\", \"from\": 2, \"amountEth\": \"0.1\"}");
    }
  }

  @AfterAll
  void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    lab.close();
  }

  /** A call the OptimisticRollup refuses: finalizing a batch that does not exist. */
  private String finalizeTooEarly() throws Exception {
    final var alice = DevAccounts.all().get(1);
    final RawTransaction tx = RawTransaction.createTransaction(lab.devnet().chainId(),
        BigInteger.valueOf(lab.devnet().pendingNonce(alice.address())), BigInteger.valueOf(100_000),
        lab.rollup(0).deployment().rollup().toHex(), BigInteger.ZERO,
        Numeric.toHexString(OptimisticRollupContract.FINALIZE.encode(new Uint256(5))), BigInteger.ONE,
        BigInteger.valueOf(10_000_000_000L));
    return Numeric.toHexString(lab.devnet().submit(TransactionEncoder.signMessage(tx, lab.devnet().chainId(),
        alice.credentials())));
  }

  /**
   * Rounds, with the L1 clock moved past the challenge window every ten, until both rollups have
   * {@code transactions} final transactions.
   */
  private void roundsUntilBothFinal(final long transactions) throws Exception {
    for (int i = 0; i < 80; i++) {
      final JsonNode modes = new ObjectMapper().readTree(lab.get("/api/compare").body()).get("modes");
      if (modes.get(0).get("finalTransactions").asLong() >= transactions
          && modes.get(1).get("finalTransactions").asLong() >= transactions) {
        return;
      }
      if (i % 10 == 9) {
        lab.post("/api/controls/fast-forward", "{\"seconds\": 608400}");
      }
      lab.round();
    }
    throw new AssertionError("the rollups never had final transactions: " + lab.get("/api/compare").body());
  }

  /**
   * Loads the page and lets live.js settle: once its event stream opens it renders the live parts
   * again, which would leave elements found before that stale.
   */
  private WebDriver open(final String path) {
    final WebDriver page = browser.driver();
    page.get(lab.url() + path.substring(1));
    new WebDriverWait(page, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("live-status")).getText()
        .equals("live"));
    ((JavascriptExecutor) page).executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "document.addEventListener('lab:refreshed', () => done(true), {once: true});"
        + "setTimeout(() => done(false), 1500);"); // pages without live parts are never re-rendered
    return page;
  }

  /** The texts of the elements {@code css} selects, read again if live.js replaced them meanwhile. */
  private List<String> texts(final String css) {
    return new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
        .until(d -> d.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList());
  }

  @Test
  void theL1ExplorerNamesTheRollupsCallsContractsBatcherAndInbox() throws Exception {
    final WebDriver page = open("/l1");

    assertThat(page.getTitle()).isEqualTo("L1 explorer · Rollup Lab");
    assertThat(texts("#l1-transactions .method")).isNotEmpty().noneMatch(method -> method.startsWith("0x"));
    assertThat(texts("table td strong")).contains("OptimisticRollup", "ZkRollup", "Bridge", "DisputeGame",
        "MockVerifier", "batcher", "batch inbox");
    browser.screenshot("l1-explorer");

    page.findElement(By.cssSelector("#l1-blocks tbody tr:first-child a")).click();
    assertThat(page.findElement(By.tagName("h1")).getText()).startsWith("L1 block");
    browser.screenshot("l1-block");
  }

  @Test
  void aBatchIsThePlainTransactionOfTheBatcherToTheInboxWithItsBytesLaidOut() throws Exception {
    final WebDriver page = open("/l1/address/" + lab.rollup(0).deployment().inbox().address().toChecksumHex());
    assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("batch inbox (optimistic)");
    page.findElement(By.xpath("//tr[.//span[@class='method' and .='batch 0']]//a[@class='hash-link']")).click();

    assertThat(page.findElement(By.cssSelector("h1 .method")).getText()).isEqualTo("batch 0");
    assertThat(page.findElement(By.id("batch")).getText()).contains("Batch 0 of the optimistic rollup",
        "No contract call");
    assertThat(texts("table.layout tbody td:first-child")).startsWith("header", "run 0");
    assertThat(texts(".log-head")).as("L1 ran nothing for it").isEmpty();
    browser.screenshot("l1-tx-batch");

    page.findElement(By.linkText("batch page")).click();
    assertThat(page.findElement(By.id("batch-sent")).getText()).startsWith("sent to the batch inbox 0xFF00…")
        .contains("by the batcher", "with nonce 0");
    assertThat(page.findElement(By.id("batch-claim")).getText()).contains("The claim on L1", "Anchor");
  }

  @Test
  void aClaimShowsItsDecodedCallAndLog() throws Exception {
    final WebDriver page = open("/l1/address/" + lab.rollup(0).deployment().rollup().toChecksumHex());
    page.findElement(By.xpath("//tr[.//span[@class='method' and .='proposeRoot']]//a[@class='hash-link']")).click();

    assertThat(page.findElement(By.cssSelector("h1 .method")).getText()).isEqualTo("proposeRoot");
    assertThat(texts("table.args td:first-child")).contains("batchIndex", "postStateRoot", "claim");
    assertThat(texts(".log-head strong")).contains("BatchProposed");
    browser.screenshot("l1-tx");
  }

  @Test
  void aFailedCallShowsTheRollupErrorAndItsTrace() throws Exception {
    final WebDriver page = open("/l1/tx/" + failedCall);

    assertThat(page.findElement(By.className("error-message")).getText()).contains("Why it failed", "batchIndex: 5");
    browser.screenshot("l1-tx-revert");

    page.findElement(By.linkText("step through every instruction →")).click();
    assertThat(texts("table.trace tbody tr td:nth-child(4)")).first().asString().startsWith("PUSH1");
    open("/l1/tx/" + failedCall + "/trace?limit=30");
    browser.screenshot("l1-trace");
    assertThat(page.findElement(By.className("error-message")).getText()).startsWith("The transaction failed");
    page.findElements(By.linkText("Go to the last steps →")).forEach(WebElement::click);
    final List<String> ops = texts("table.trace tbody tr td:nth-child(4)");
    assertThat(ops.get(ops.size() - 1)).isEqualTo("REVERT");

    open("/l1/address/" + lab.rollup(0).deployment().bridge().toChecksumHex());
    assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Bridge (optimistic)");
    browser.screenshot("l1-address");
  }

  @Test
  void theL2ExplorerShowsBlocksOnL1AndTheFeeSplit() throws Exception {
    final WebDriver page = open("/l2/optimistic");

    assertThat(texts("#l2-blocks .status")).anyMatch(status -> status.startsWith("final · batch"));
    browser.screenshot("l2-explorer");

    open("/l2/optimistic/tx/" + transfer);
    assertThat(page.findElement(By.cssSelector(".fee-bar .exec")).getText()).startsWith("L2 execution");
    assertThat(page.findElement(By.cssSelector(".fee-bar .l1data")).getText()).startsWith("L1 data");
    browser.screenshot("l2-tx");
  }

  @Test
  void anL2AccountShowsItsProofAsAPathUpToTheRoot() throws Exception {
    final WebDriver page = open("/l2/zk/account/" + DevAccounts.all().get(1).address().toChecksumHex());

    assertThat(page.findElement(By.cssSelector(".status.final")).getText()).contains("valid");
    assertThat(page.findElements(By.cssSelector("svg.drawing rect.leaf"))).hasSize(1);
    assertThat(page.findElements(By.cssSelector("svg.drawing rect.root"))).hasSize(1);
    assertThat(page.findElements(By.cssSelector("svg.drawing line.path"))).isNotEmpty();
    browser.screenshot("l2-account");
  }

  @Test
  void theComparePageDrawsBothRollups() throws Exception {
    final WebDriver page = open("/compare");

    assertThat(page.findElements(By.cssSelector("svg.chart rect.optimistic"))).hasSize(2);
    assertThat(page.findElements(By.cssSelector("svg.chart rect.zk"))).hasSize(2);
    assertThat(page.findElements(By.cssSelector("svg.chart polyline"))).hasSize(2);
    assertThat(page.findElement(By.className("trade-off")).getText()).contains("challenge window", "proof");
    browser.screenshot("compare");
  }
}
