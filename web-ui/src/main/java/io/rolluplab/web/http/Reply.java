package io.rolluplab.web.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/** What an {@link Endpoint} answers; the {@link Router} writes it. */
public sealed interface Reply {

  /** The Thymeleaf template {@code templates/NAME.html} with {@code model} (plus the layout's variables). */
  record Page(String template, Map<String, Object> model) implements Reply {}

  /** {@code body} written as JSON by {@link Json}. */
  record JsonBody(int status, Object body) implements Reply {}

  /** 303 See Other: after an HTML form's POST, the browser loads {@code location}. */
  record Redirect(String location) implements Reply {}

  /** A response written as it goes, such as an event stream; {@code body} returns when the stream ends. */
  record Stream(String contentType, Writer body) implements Reply {}

  /** Writes a streamed response; flush after each piece so it reaches the client at once. */
  @FunctionalInterface
  interface Writer {
    void write(OutputStream out) throws IOException, InterruptedException;
  }

  static Reply page(final String template, final Map<String, Object> model) {
    return new Page(template, model);
  }

  static Reply json(final Object body) {
    return new JsonBody(200, body);
  }
}
