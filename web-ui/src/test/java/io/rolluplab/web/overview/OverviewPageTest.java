package io.rolluplab.web.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.web.TestLab;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OverviewPageTest {
  private static TestLab lab;

  @BeforeAll
  static void start() throws Exception {
    lab = TestLab.stepped(RollupMode.OPTIMISTIC, RollupMode.ZK);
    lab.post("/api/bridge/deposit", "{\"rollup\": \"optimistic\", \"from\": 1, \"amountEth\": \"1\"}");
    lab.round();
  }

  @AfterAll
  static void stop() throws Exception {
    lab.close();
  }

  @Test
  void theStatusHasBothChainsHeadsAndEachRollupsBatchesByStageRolesAndPausedRoles() throws Exception {
    final String status = lab.get("/api/status").body();

    assertThat(status).contains("\"l1\":{\"number\":" + lab.devnet().latestBlock().number(),
        "\"id\":\"optimistic\"", "\"id\":\"zk\"", "\"l2\":{\"number\":1,",
        "{\"stage\":\"challenge\",\"label\":\"challenge window\",\"cssClass\":\"challenge\",\"count\":",
        "{\"stage\":\"proving\",\"label\":\"proving\",\"cssClass\":\"proving\",\"count\":",
        "\"roles\":{\"bridge\":", "\"challenger\":", "\"prover\":", "\"pausedRoles\":[]");
  }

  @Test
  void thePageShowsTheHeadsTheBatchesAndTheFeedNewestFirst() throws Exception {
    final String page = lab.get("/").body();

    assertThat(page).contains("<title>Overview · Rollup Lab</title>", "Optimistic rollup: batches",
        "ZK rollup: batches", "What just happened", "Included deposit #0 in L2 block 1",
        "data-live=\"optimistic l1\"");
    assertThat(page.indexOf("Sealed L2 block 1")).as("newest first").isLessThan(page.indexOf("Deployed the"));
  }

  @Test
  void theFeedShowsTheNewL1BlocksWithTheRollupCallsTheyHold() throws Exception {
    // the deposit of start() was an L1 transaction to the Bridge; the feed describes blocks on a thread of its own
    String page = lab.get("/").body();
    for (int i = 0; i < 300 && !page.contains("deposit (optimistic)"); i++) {
      Thread.sleep(100);
      page = lab.get("/").body();
    }

    assertThat(page).contains("data-live=\"optimistic zk l1\"", "<span class=\"who\">L1</span>")
        .containsPattern("L1 blocks? [0-9–]+, \\d+ transactions?: [^<]*deposit \\(optimistic\\)");
  }

  @Test
  void eventsArePagedBySequenceAndTheQueryIsValidated() throws Exception {
    final String firstTwo = lab.get("/api/events?rollup=optimistic&since=0&limit=2").body();

    assertThat(firstTwo).contains("\"seq\":1,", "\"seq\":2,").doesNotContain("\"seq\":3,").contains(
        "\"type\":\"RollupDeployed\"");
    assertThat(lab.get("/api/events?limit=0").statusCode()).isEqualTo(400);
    assertThat(lab.get("/api/events?limit=0").body()).contains("?limit=0 is not allowed: use a whole number from 1 to 1000");
    assertThat(lab.get("/api/events?rollup=plasma").statusCode()).isEqualTo(404);
  }

  @Test
  void theEventStreamSendsANewL1BlockAsItHappens() throws Exception {
    final HttpRequest request = HttpRequest.newBuilder(URI.create(lab.url()).resolve("/api/events/stream")).build();
    final HttpResponse<Stream<String>> stream = HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.ofLines());
    assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
        .startsWith("text/event-stream"));
    final long next = lab.devnet().latestBlock().number() + 1;

    lab.post("/api/controls/mine", "");

    // a block the roles mined just before is told first, in a line of its own or in ours ("L1 blocks 5–6, …")
    final Pattern ours = Pattern.compile("L1 blocks? (\\d+–)?" + next + ", ");
    final Iterator<String> lines = stream.body().iterator();
    final String message = CompletableFuture.supplyAsync(() -> {
      while (lines.hasNext()) {
        final String line = lines.next();
        if (line.startsWith("data: ") && line.contains("L1BlockMined") && ours.matcher(line).find()) {
          return line;
        }
      }
      return "the stream ended";
    }).get(30, TimeUnit.SECONDS);
    stream.body().close();
    assertThat(message).contains("\"rollup\":\"l1\"", "\"seq\":" + next);
  }
}
