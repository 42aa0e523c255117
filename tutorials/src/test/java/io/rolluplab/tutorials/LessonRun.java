package io.rolluplab.tutorials;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.rolluplab.tutorials.LessonScript.Step;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replays a lesson on the {@link TestLab}, one command at a time, in the lesson's order. The test
 * names each command it expects next ({@link #next}) by a piece of its text, so a command added to
 * or removed from the lesson, or moved, fails the test; each answer is checked against the one the
 * lesson shows; {@link #finish} fails if the lesson has commands the test never ran, or links to a
 * lab page that does not answer.
 */
final class LessonRun {
  /** How long a "run this again until" command is repeated before the test gives up. */
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The sentence of the lab's error page. */
  private static final Pattern ERROR_MESSAGE = Pattern.compile("class=\"error-message\">([^<]*)<");

  /** What a command answered. */
  record Answer(int status, String body, JsonNode json) {
    /** The JSON-RPC {@code result}, or the API's body. */
    JsonNode result() {
      return json.has("jsonrpc") ? json.path("result") : json;
    }
  }

  private final LessonScript script;
  private final TestLab lab;
  private final HttpClient http = HttpClient.newHttpClient();
  private final Map<String, String> variables = new HashMap<>();
  private int next;

  LessonRun(final LessonScript script, final TestLab lab) {
    this.script = script;
    this.lab = lab;
  }

  static LessonRun of(final String fileName) throws InterruptedException {
    return new LessonRun(LessonScript.read(fileName), TestLab.shared());
  }

  /**
   * Runs the lesson's next command, which must contain every one of {@code fragments}, and checks its
   * answer against the one the lesson shows (repeating it while the lesson says "run this again until").
   */
  Answer next(final String... fragments) throws IOException, InterruptedException {
    assertThat(next).as("the test expects a command with %s, but the lesson has no more commands",
        String.join(", ", fragments)).isLessThan(script.steps().size());
    final Step step = script.steps().get(next++);
    assertThat(step.line()).as("command %d of the lesson", next).contains(fragments);
    final long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (true) {
      final Command command = Command.parse(step.line(), variables);
      final Answer answer = send(command);
      final Optional<String> mismatch = step.answer().flatMap(expected -> AnswerMatcher.mismatch(expected, answer.json()));
      if (mismatch.isEmpty() || !step.repeatUntilAnswer() || System.nanoTime() > deadline) {
        assertThat(mismatch).as("the answer to `%s` was %s", step.line(), answer.body()).isEmpty();
        if (step.answer().isEmpty()) {
          assertThat(answer.status()).as("the lab refused `%s`, and the lesson shows no answer that says so: %s",
              step.line(), answer.body()).isLessThan(400);
        }
        command.capture().ifPresent(capture -> variables.put(capture.variable(), capture.apply(answer.body())));
        return answer;
      }
      Thread.sleep(200);
    }
  }

  /** A variable a command of the lesson set, as the learner's shell holds it. */
  String variable(final String name) {
    assertThat(variables).as("variables the lesson has set so far").containsKey(name);
    return variables.get(name);
  }

  /** Fails if the lesson has commands the test did not run, or a link to a lab page that does not answer 200. */
  void finish() throws IOException, InterruptedException {
    assertThat(script.steps().subList(next, script.steps().size())).as("commands of the lesson the test never ran")
        .isEmpty();
    for (final String link : script.labLinks()) {
      final HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(lab.web() + link)).build(),
          HttpResponse.BodyHandlers.ofString());
      final Matcher error = ERROR_MESSAGE.matcher(page.body());
      assertThat(page.statusCode()).as("the lesson's link %s: %s", link, error.find() ? error.group(1) : "")
          .isEqualTo(200);
    }
  }

  private Answer send(final Command command) throws IOException, InterruptedException {
    final HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(lab.resolve(command.url())))
        .method(command.method(), command.body() == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(command.body()));
    command.headers().forEach(request::header);
    if (command.body() != null && !command.headers().containsKey("Content-Type")) {
      // as curl --data
      request.header("Content-Type", "application/x-www-form-urlencoded");
    }
    final HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode json;
    try {
      json = JSON.readTree(response.body());
    } catch (IOException e) {
      json = MissingNode.getInstance();
    }
    return new Answer(response.statusCode(), response.body(), json == null ? MissingNode.getInstance() : json);
  }
}
