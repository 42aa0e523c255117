package io.rolluplab.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.web.TestLab;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What every route gets from the router: CSRF on POSTs, clear 400/403/404/405 answers, the API index, escaping. */
class RouterTest {
  private static TestLab lab;

  @BeforeAll
  static void start() throws Exception {
    lab = TestLab.stepped(RollupMode.OPTIMISTIC);
  }

  @AfterAll
  static void stop() throws Exception {
    lab.close();
  }

  @Test
  void aPostWithoutTheCsrfTokenIsForbiddenSaysHowToGetOneAndChangesNothing() throws Exception {
    final long head = lab.devnet().latestBlock().number();

    final HttpResponse<String> answer = lab.postWithToken("/api/controls/mine", "{}", null);

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.body()).contains("\"error\"", "no CSRF token", "GET /api/session", "X-CSRF-Token");
    assertThat(lab.devnet().latestBlock().number()).isEqualTo(head);
  }

  @Test
  void aPostWithAWrongCsrfTokenIsForbiddenAndChangesNothing() throws Exception {
    final long head = lab.devnet().latestBlock().number();

    final HttpResponse<String> answer = lab.postWithToken("/api/controls/mine", "{}", "0".repeat(64));

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.body()).contains("not this lab's", "GET /api/session");
    assertThat(lab.devnet().latestBlock().number()).isEqualTo(head);
  }

  @Test
  void anHtmlFormNeedsTheTokenAsAFieldAndIsSentBackToItsPageWithASentence() throws Exception {
    final long head = lab.devnet().latestBlock().number();

    final HttpResponse<String> refused = lab.postForm("/api/controls/mine", "csrf=wrong");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(lab.devnet().latestBlock().number()).isEqualTo(head);

    final HttpResponse<String> mined = lab.postForm("/api/controls/mine", "csrf=" + lab.csrfToken());
    assertThat(mined.statusCode()).isEqualTo(303);
    final String location = mined.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith("/controls?done=");
    assertThat(lab.devnet().latestBlock().number()).isEqualTo(head + 1);
    assertThat(lab.get(location).body()).contains("Mined L1 block " + (head + 1));
  }

  @Test
  void badInputIs400WithTheMessageAndChangesNothing() throws Exception {
    final long head = lab.devnet().latestBlock().number();
    final long now = lab.devnet().now();

    final HttpResponse<String> negative = lab.post("/api/controls/fast-forward", "{\"seconds\": -5}");
    final HttpResponse<String> text = lab.post("/api/controls/fast-forward", "{\"seconds\": \"soon\"}");
    final HttpResponse<String> broken = lab.post("/api/controls/fast-forward", "{\"seconds\": ");

    assertThat(negative.statusCode()).isEqualTo(400);
    assertThat(negative.body()).contains("\\\"seconds\\\" is -5; it must be from 1 to 31536000");
    assertThat(text.statusCode()).isEqualTo(400);
    assertThat(text.body()).contains("not a whole number");
    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(broken.body()).contains("not valid JSON");
    assertThat(lab.devnet().latestBlock().number()).isEqualTo(head);
    assertThat(lab.devnet().now()).isLessThan(now + 60);
  }

  @Test
  void theApiIndexListsEveryEndpointWithMethodPathAndDescription() throws Exception {
    final String index = lab.get("/api/").body();

    assertThat(index).contains(
        "{\"method\":\"GET\",\"path\":\"/api/status\",\"description\":\"Both chains' heads",
        "\"method\":\"GET\",\"path\":\"/api/session\"",
        "\"method\":\"GET\",\"path\":\"/api/events\"",
        "\"method\":\"GET\",\"path\":\"/api/events/stream\"",
        "\"method\":\"POST\",\"path\":\"/api/controls/mine\"",
        "\"method\":\"POST\",\"path\":\"/api/controls/fast-forward\"",
        "\"method\":\"POST\",\"path\":\"/api/controls/roles/{rollup}/{role}/pause\"",
        "\"method\":\"POST\",\"path\":\"/api/controls/roles/{rollup}/{role}/resume\"",
        "\"method\":\"GET\",\"path\":\"/api/controls/faults\"",
        "\"method\":\"POST\",\"path\":\"/api/controls/faults\"",
        "\"method\":\"POST\",\"path\":\"/api/bridge/deposit\"",
        "\"method\":\"POST\",\"path\":\"/api/bridge/withdraw\"",
        "\"method\":\"POST\",\"path\":\"/api/l2/transfer\"",
        "\"method\":\"GET\",\"path\":\"/api/rollups/{rollup}/deposits\"",
        "\"method\":\"GET\",\"path\":\"/api/rollups/{rollup}/withdrawals\"",
        "\"method\":\"GET\",\"path\":\"/api/rollups/{rollup}/withdrawals/{id}\"");
    assertThat(lab.get("/api").body()).isEqualTo(index);
  }

  @Test
  void unknownPathsAre404AsAPageOrAsJsonAndAWrongMethodIs405() throws Exception {
    final HttpResponse<String> page = lab.get("/no-such-page");
    final HttpResponse<String> api = lab.get("/api/no-such-thing");
    final HttpResponse<String> rollup = lab.get("/api/rollups/plasma/deposits");
    final HttpResponse<String> method = lab.get("/api/controls/mine");

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("<h1>Not found</h1>", "nothing at /no-such-page");
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.body()).isEqualTo("{\"error\":\"nothing at /api/no-such-thing; GET /api/ lists the JSON API\"}");
    assertThat(rollup.statusCode()).isEqualTo(404);
    assertThat(rollup.body()).contains("no rollup \\\"plasma\\\" in this lab: it runs optimistic");
    assertThat(method.statusCode()).isEqualTo(405);
    assertThat(method.body()).contains("GET is not allowed on /api/controls/mine; use POST (with the CSRF token)");
  }

  @Test
  void pagesEscapeWhatTheyShow() throws Exception {
    final String page = lab.get("/controls?done=%3Cscript%3Ealert(1)%3C/script%3E").body();

    assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
  }

  @Test
  void refusesARequestForAnotherHostNameWhenListeningOnLoopbackOnly() throws Exception {
    // a page of evil.example whose name was rebound to 127.0.0.1 would send this Host header
    final URI url = URI.create(lab.url());
    try (Socket socket = new Socket(url.getHost(), url.getPort())) {
      final OutputStream out = socket.getOutputStream();
      out.write(("GET /api/session HTTP/1.1\r\nHost: evil.example:" + url.getPort() + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      final BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      final String status = in.readLine();
      final String rest = in.lines().reduce("", String::concat);

      assertThat(status).contains("403");
      assertThat(rest).contains("answers only to http://127.0.0.1:").doesNotContain("csrfToken");
    }
  }

  @Test
  void aControlThatIgnoresItsBodyStillReadsItSoTheConnectionServesTheNextRequest() throws Exception {
    // a client such as Java's HttpClient writes the headers and the body apart, then reuses the connection
    final URI url = URI.create(lab.url());
    try (Socket socket = new Socket(url.getHost(), url.getPort())) {
      socket.setSoTimeout(10_000);
      final OutputStream out = socket.getOutputStream();
      final String host = "Host: 127.0.0.1:" + url.getPort() + "\r\n";
      out.write(("POST /api/controls/roles/optimistic/batcher/resume HTTP/1.1\r\n" + host
          + "Content-Type: application/json\r\nX-CSRF-Token: " + lab.csrfToken() + "\r\nContent-Length: 2\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Thread.sleep(300); // the body arrives after the headers, as it may over a busy network
      out.write(("{}GET /api/session HTTP/1.1\r\n" + host + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      final InputStream in = socket.getInputStream();

      assertThat(readResponse(in)).startsWith("HTTP/1.1 200").contains("Not paused: the optimistic rollup's batcher");
      assertThat(readResponse(in)).startsWith("HTTP/1.1 200").contains("csrfToken");
    }
  }

  /** One HTTP/1.1 response with a Content-Length, headers and body as text; fails at end of stream. */
  private static String readResponse(final InputStream in) throws Exception {
    final StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      final int b = in.read();
      assertThat(b).as("the connection was closed after: %s", head).isNotNegative();
      head.append((char) b);
    }
    final Matcher length = Pattern.compile("(?i)content-length: (\\d+)").matcher(head);
    assertThat(length.find()).as("a Content-Length in %s", head).isTrue();
    return head + new String(in.readNBytes(Integer.parseInt(length.group(1))), StandardCharsets.UTF_8);
  }

  @Test
  void anOverLargeBodyIs413AndChangesNothing() throws Exception {
    final long now = lab.devnet().now();

    final HttpResponse<String> answer = lab.post("/api/controls/fast-forward",
        "{\"seconds\": 60, \"padding\": \"" + "x".repeat(70_000) + "\"}");

    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(answer.body()).contains("more than 65536 bytes", "at most 65536");
    assertThat(lab.devnet().now()).isEqualTo(now);
    assertThat(lab.get("/api/session").statusCode()).isEqualTo(200);
  }
}
