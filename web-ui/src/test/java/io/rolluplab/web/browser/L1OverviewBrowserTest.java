package io.rolluplab.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.DevnetConfig;
import io.rolluplab.web.Lab;
import io.rolluplab.web.WebServer;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;

/** The L1 overview page as a student sees it: rendered by Chromium, read from the screen. */
class L1OverviewBrowserTest {
  // @AutoClose skips a field still null, so a missing Chromium fails with its own message alone.
  @AutoClose private Devnet devnet;
  @AutoClose private WebServer server;
  @AutoClose private Browser browser;

  @BeforeEach
  void start() throws Exception {
    devnet = Devnet.start(DevnetConfig.defaults());
    server = WebServer.start(Lab.devnetOnly(devnet), 0);
    browser = Browser.start();
  }

  /** The text of a cell in the table under the heading {@code h2}. */
  private String cell(final String h2, final int row, final int column) {
    return browser.driver().findElement(By.xpath(
        "//h2[.='" + h2 + "']/following-sibling::table/tbody/tr[" + row + "]/td[" + column + "]")).getText();
  }

  @Test
  void showsTheLatestBlockItsTransferAndTheDevAccounts() throws Exception {
    final RawTransaction transfer = RawTransaction.createEtherTransaction(BigInteger.ZERO,
        BigInteger.valueOf(10_000_000_000L), BigInteger.valueOf(21_000), DevAccounts.all().get(1).address().toHex(),
        BigInteger.TEN.pow(18));
    devnet.submit(TransactionEncoder.signMessage(transfer, devnet.chainId(), DevAccounts.all().get(0).credentials()));

    final WebDriver page = browser.driver();
    page.get(server.url() + "l1");

    assertThat(page.getTitle()).isEqualTo("L1 devnet · Rollup Lab");
    assertThat(cell("Latest blocks", 1, 1)).isEqualTo("1");
    assertThat(cell("Their transactions", 1, 6)).isEqualTo("success");
    assertThat(cell("Dev accounts", 1, 2)).isEqualTo(DevAccounts.all().get(0).address().toChecksumHex());
    assertThat(cell("Dev accounts", 2, 3)).isEqualTo("10001");
    assertThat(page.findElement(By.className("note")).isDisplayed()).isTrue();

    final Path png = browser.screenshot("l1-overview");
    assertThat(Files.size(png)).isPositive();
  }
}
