package io.rolluplab.web.http;

import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.web.Lab;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;

/**
 * One request as a handler sees it: the lab, the path parameters of its route, the query and the
 * POST body, each read through a validating accessor that turns bad input into a 400 with a
 * sentence ({@link HttpError}).
 */
public final class Exchange {
  /** Bodies are small forms and JSON objects; anything bigger is a mistake. */
  static final int MAX_BODY = 64 * 1024;

  private final Lab lab;
  private final Request request;
  private final Map<String, String> pathParams;
  private final Fields query;
  private final String body;
  private Input input;

  /** @param body the request's whole body, which the {@link Router} has read */
  Exchange(final Lab lab, final Request request, final Map<String, String> pathParams, final String body) {
    this.lab = lab;
    this.request = request;
    this.pathParams = pathParams;
    this.body = body;
    this.query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
  }

  public Lab lab() {
    return lab;
  }

  /** The path parameter {@code {name}} of the route, as it was in the URL. */
  public String path(final String name) {
    final String value = pathParams.get(name);
    if (value == null) {
      throw new IllegalArgumentException("the route has no parameter {" + name + "}; its parameters are "
          + pathParams.keySet());
    }
    return value;
  }

  /**
   * The path parameter {@code {name}} as a whole number 0 or more.
   *
   * @throws HttpError 400 if it is not one
   */
  public long pathNumber(final String name) {
    final String text = path(name);
    try {
      final long value = Long.parseLong(text);
      if (value >= 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw HttpError.badRequest("\"" + text + "\" in the path is not a " + name + ": use a whole number 0 or more");
  }

  /**
   * The rollup the path parameter {@code {name}} names ({@code optimistic} or {@code zk}).
   *
   * @throws HttpError 404 naming the rollups this lab runs
   */
  public RollupNode rollup(final String name) {
    return rollupById(path(name));
  }

  /** The rollup with {@code id}, or a 404 that names the rollups this lab runs. */
  public RollupNode rollupById(final String id) {
    return lab.rollup(id).orElseThrow(() -> HttpError.notFound(noSuchRollup(id)));
  }

  /**
   * The rollup the POST body's field {@code name} names.
   *
   * @throws HttpError 400 if the field is missing or names no rollup of this lab
   */
  public RollupNode rollupField(final String name) {
    final String id = input().string(name);
    return lab.rollup(id).orElseThrow(() -> HttpError.badRequest("\"" + name + "\": " + noSuchRollup(id)));
  }

  private String noSuchRollup(final String id) {
    return "no rollup \"" + id + "\" in this lab: it runs "
        + (lab.rollups().isEmpty() ? "none" : String.join(" and ", lab.rollups().keySet()))
        + (lab.rollups().size() < 2 ? " (start it with --mode both for both)" : "");
  }

  /** The query parameter, if present and not blank. */
  public Optional<String> query(final String name) {
    return Optional.ofNullable(query.getValue(name)).map(String::trim).filter(value -> !value.isEmpty());
  }

  /**
   * The query parameter as a whole number from {@code min} to {@code max}, or {@code otherwise} when absent.
   *
   * @throws HttpError 400 if present but not such a number
   */
  public long queryNumber(final String name, final long otherwise, final long min, final long max) {
    final Optional<String> text = query(name);
    if (text.isEmpty()) {
      return otherwise;
    }
    try {
      final long value = Long.parseLong(text.get());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw HttpError.badRequest("?" + name + "=" + text.get() + " is not allowed: use a whole number from " + min
        + " to " + max);
  }

  /** The request header, if sent. */
  public Optional<String> header(final String name) {
    return Optional.ofNullable(request.getHeaders().get(name));
  }

  /** True if the body is an HTML form (so the answer is a redirect back to a page, not JSON). */
  public boolean isForm() {
    final String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    return type != null && type.startsWith("application/x-www-form-urlencoded");
  }

  /**
   * The POST body's fields, from JSON or a form; read once.
   *
   * @throws HttpError 400 if the body is not valid JSON
   */
  public Input input() {
    if (input == null) {
      if (isForm()) {
        input = new Input(parseForm(body));
      } else {
        input = body.isBlank() ? new Input(Map.of()) : Input.fromJson(Json.read(body));
      }
    }
    return input;
  }

  private static Map<String, String> parseForm(final String body) {
    final Map<String, String> fields = new LinkedHashMap<>();
    for (final String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      final int eq = pair.indexOf('=');
      final String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      final String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      fields.put(name, value);
    }
    return fields;
  }

  /**
   * The answer to a control: for an HTML form a redirect back to {@code page} with {@code sentence}
   * shown at its top (pages work without JavaScript), for a script {@code result} as JSON.
   */
  public Reply done(final String page, final String sentence, final Object result) {
    if (isForm()) {
      return new Reply.Redirect(page + (page.contains("?") ? "&" : "?") + "done="
          + URLEncoder.encode(sentence, StandardCharsets.UTF_8));
    }
    return Reply.json(result);
  }
}
