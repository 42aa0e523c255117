package io.rolluplab.web.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.DevnetConfig;
import io.rolluplab.web.Lab;
import io.rolluplab.web.WebServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The lessons of tutorials/lessons as the UI serves them (the build copies them onto the class path). */
class LessonPagesTest {
  private static Devnet devnet;
  private static WebServer server;

  @BeforeAll
  static void start() throws Exception {
    devnet = Devnet.start(DevnetConfig.defaults());
    server = WebServer.start(Lab.devnetOnly(devnet), 0);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    devnet.close();
  }

  private static HttpResponse<String> get(final String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url()).resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theListShowsEveryLessonInCourseOrderWithItsPage() throws Exception {
    final LessonLibrary library = LessonLibrary.fromClassPath();
    final HttpResponse<String> page = get("/lessons");

    assertThat(library.all()).hasSize(9);
    assertThat(library.all()).extracting(Lesson::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>Lessons</h1>", "href=\"/lessons/what-is-a-layer-2\"",
        "href=\"/lessons/bridge-security\"");
    int at = 0;
    for (final Lesson lesson : library.all()) {
      final int next = page.body().indexOf(HtmlRenderer.escape(lesson.title()), at);
      assertThat(next).as("%s after the lessons before it", lesson.title()).isGreaterThan(at);
      at = next;
    }
  }

  @Test
  void aLessonPageRendersItsTextHidesTheAnswersAndLinksToTheLabsPages() throws Exception {
    final HttpResponse<String> page = get("/lessons/your-first-l2-transaction");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>Your first L2 transaction</h1>", "lesson <span>2</span> of <span>9</span>",
        "<h2 id=\"goals\">Goals</h2>", "<details>\n<summary>Answer</summary>",
        "<a class=\"lab-link\" href=\"/bridge\" target=\"_blank\"", "<figure class=\"answer\">",
        "curl -s -X POST -H &quot;X-CSRF-Token: $CSRF&quot;", "href=\"/lessons/deposits\"")
        .doesNotContain("<script>alert");
    assertThat(page.body().split("a <strong>soft confirmation</strong>", -1)).as("the summary, once").hasSize(2);
    assertThat(page.body()).as("the questions go on counting between answers").contains("<ol start=\"3\">");
  }

  @Test
  void theApiListsTheLessonsAndGivesEachAsMarkdownAndHtml() throws Exception {
    final ObjectMapper json = new ObjectMapper();
    final JsonNode list = json.readTree(get("/api/lessons").body());
    final JsonNode lesson = json.readTree(get("/api/lessons/fees").body());

    assertThat(list).hasSize(9);
    assertThat(list.get(7).get("slug").asText()).isEqualTo("fees");
    assertThat(list.get(7).get("page").asText()).isEqualTo("/lessons/fees");
    assertThat(lesson.get("title").asText()).isEqualTo("Fees: L2 execution and L1 data");
    assertThat(lesson.get("markdown").asText()).startsWith("# Fees");
    assertThat(lesson.get("html").asText()).contains("<h2 id=\"questions\">Questions</h2>");
    assertThat(get("/api/").body()).contains("/api/lessons/{slug}");
  }

  @Test
  void anUnknownLessonIsNotFoundAndTheAnswerNamesTheLessons() throws Exception {
    final HttpResponse<String> page = get("/lessons/no-such-lesson");
    final HttpResponse<String> api = get("/api/lessons/no-such-lesson");

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.body()).contains("no lesson \\\"no-such-lesson\\\"", "what-is-a-layer-2", "bridge-security");
  }
}
