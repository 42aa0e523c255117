package io.rolluplab.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.DevnetConfig;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.utils.Numeric;

class WebServerTest {
  private Devnet devnet;
  private WebServer server;

  @BeforeEach
  void start() throws Exception {
    devnet = Devnet.start(DevnetConfig.defaults());
    server = WebServer.start(Lab.devnetOnly(devnet), 0);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    devnet.close();
  }

  private HttpResponse<String> get(final String path) throws Exception {
    final HttpRequest request = HttpRequest.newBuilder(URI.create(server.url()).resolve(path)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesOnAFreePortOfLocalhostWhenAskedForPortZero() {
    assertThat(server.port()).isPositive();
    assertThat(server.url()).startsWith("http://127.0.0.1:");
  }

  @Test
  void theL1PageListsTheGenesisBlockAndTheDevAccounts() throws Exception {
    final HttpResponse<String> page = get("/l1");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
    assertThat(page.body())
        .contains("Latest blocks")
        .contains("href=\"/l1/block/0\"")
        .contains(DevAccounts.all().get(0).address().toChecksumHex())
        .contains(DevAccounts.all().get(9).address().toChecksumHex())
        .contains("10000")
        .contains("Test keys only");
  }

  @Test
  void listsAMinedTransactionWithItsStatus() throws Exception {
    final RawTransaction transfer = RawTransaction.createEtherTransaction(BigInteger.ZERO,
        BigInteger.valueOf(10_000_000_000L), BigInteger.valueOf(21_000), DevAccounts.all().get(1).address().toHex(),
        BigInteger.TEN.pow(18));
    final byte[] hash = devnet.submit(
        TransactionEncoder.signMessage(transfer, devnet.chainId(), DevAccounts.all().get(0).credentials()));

    assertThat(get("/l1").body()).contains("href=\"/l1/tx/" + Numeric.toHexString(hash) + "\"").contains("10001");
    assertThat(get("/l1/tx/" + Numeric.toHexString(hash)).body()).contains("success");
  }

  @Test
  void neverShowsAPrivateKeyOnThePage() throws Exception {
    final String privateKey = DevAccounts.all().get(0).privateKeyHex();
    assertThat(get("/l1").body()).doesNotContain(privateKey.substring(2));
  }

  @Test
  void listensOnAnotherAddressOnlyWhenAskedAndThenServesAnyHostName() throws Exception {
    assertThat(server.isLoopbackOnly()).isTrue();
    try (WebServer everywhere = WebServer.start(Lab.devnetOnly(devnet), "0.0.0.0", 0)) {
      assertThat(everywhere.isLoopbackOnly()).isFalse();
      assertThat(everywhere.url()).isEqualTo("http://127.0.0.1:" + everywhere.port() + "/");
      final HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + everywhere.port()
          + "/api/session")).build();
      assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body())
          .contains("csrfToken");
    }
  }

  @Test
  void answersUnknownPathsWithNotFound() throws Exception {
    assertThat(get("/no-such-page").statusCode()).isEqualTo(404);
  }
}
