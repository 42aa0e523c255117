package io.rolluplab.web.http;

import io.rolluplab.devnet.rpc.RequestBody;
import io.rolluplab.web.Lab;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The web UI's one Jetty handler: finds the route for a request's method and path, fills in its
 * path parameters ({@code /l1/block/{n}}), checks the CSRF token of every POST, calls the
 * {@link Endpoint} and writes its {@link Reply}. A handler's {@link HttpError} becomes an error page,
 * or {@code {"error": "..."}} under {@code /api/}. It also serves {@code /static/} from the class path.
 *
 * <p>Each {@link Routes} registers its routes here; those under {@code /api/} carry a one-line
 * description, and {@code GET /api/} lists them.
 */
public final class Router extends Handler.Abstract {
  private static final Logger LOG = Logger.getLogger(Router.class.getName());
  private static final String API = "/api";

  /** One route; {@code description} is what {@code GET /api/} says of it (null for pages). */
  public record Route(String method, String path, String description, Endpoint endpoint) {
    private Optional<Map<String, String>> match(final List<String> segments) {
      final List<String> pattern = segmentsOf(path);
      if (pattern.size() != segments.size()) {
        return Optional.empty();
      }
      final Map<String, String> params = new HashMap<>();
      for (int i = 0; i < pattern.size(); i++) {
        final String part = pattern.get(i);
        if (part.startsWith("{") && part.endsWith("}")) {
          params.put(part.substring(1, part.length() - 1), segments.get(i));
        } else if (!part.equals(segments.get(i))) {
          return Optional.empty();
        }
      }
      return Optional.of(params);
    }
  }

  /** An entry of {@code GET /api/}. */
  public record ApiEndpoint(String method, String path, String description) {}

  private final Lab lab;
  private final Templates templates;
  private final Csrf csrf;
  private final boolean loopbackOnly;
  private final List<Route> routes = new ArrayList<>();

  /**
   * @param loopbackOnly answer only requests addressed to 127.0.0.1 or localhost: the server listens
   *     on the loopback interface, and a request naming another host came through a DNS name that a
   *     foreign page rebound to 127.0.0.1
   */
  public Router(final Lab lab, final Templates templates, final Csrf csrf, final boolean loopbackOnly) {
    this.lab = lab;
    this.templates = templates;
    this.csrf = csrf;
    this.loopbackOnly = loopbackOnly;
  }

  /** A page: answers GET {@code path} with HTML. */
  public void page(final String path, final Endpoint endpoint) {
    add(new Route("GET", path, null, endpoint));
  }

  /** A JSON endpoint read with GET; {@code description} is its line in {@code GET /api/}. */
  public void get(final String path, final String description, final Endpoint endpoint) {
    add(new Route("GET", path, requireDescription(path, description), endpoint));
  }

  /** A control: POST with the CSRF token; {@code description} is its line in {@code GET /api/} (null for a form-only page action). */
  public void post(final String path, final String description, final Endpoint endpoint) {
    add(new Route("POST", path, path.startsWith(API + "/") ? requireDescription(path, description) : description,
        endpoint));
  }

  private static String requireDescription(final String path, final String description) {
    if (description == null || description.isBlank()) {
      throw new IllegalArgumentException(path + " needs a one-line description for GET /api/");
    }
    return description;
  }

  private void add(final Route route) {
    for (final Route existing : routes) {
      if (existing.method().equals(route.method()) && segmentsOf(existing.path()).equals(segmentsOf(route.path()))) {
        throw new IllegalArgumentException(route.method() + " " + route.path() + " is registered twice");
      }
    }
    routes.add(route);
  }

  /** Every endpoint under {@code /api/} with its description, in the order registered. */
  public List<ApiEndpoint> apiEndpoints() {
    return routes.stream()
        .filter(route -> route.description() != null && route.path().startsWith(API + "/"))
        .map(route -> new ApiEndpoint(route.method(), route.path(), route.description()))
        .toList();
  }

  public Csrf csrf() {
    return csrf;
  }

  private static List<String> segmentsOf(final String path) {
    final List<String> segments = new ArrayList<>();
    for (final String part : path.split("/")) {
      if (!part.isEmpty()) {
        segments.add(part);
      }
    }
    return Collections.unmodifiableList(segments);
  }

  @Override
  public boolean handle(final Request request, final Response response, final Callback callback) {
    final String path = Request.getPathInContext(request);
    final boolean api = path.equals(API) || path.startsWith(API + "/");
    try {
      final String body = readBody(request);
      if (loopbackOnly && !isLoopback(Request.getServerName(request))) {
        throw HttpError.forbidden("this lab answers only to http://127.0.0.1:" + Request.getLocalPort(request)
            + "/ (not to the host name " + Request.getServerName(request) + "); start it with --host to serve"
            + " other names");
      }
      if (path.startsWith("/static/")) {
        serveStatic(path.substring("/static/".length()), response, callback);
        return true;
      }
      final List<String> segments = segmentsOf(path);
      Route found = null;
      Map<String, String> params = null;
      final List<String> allowed = new ArrayList<>();
      for (final Route route : routes) {
        final Optional<Map<String, String>> match = route.match(segments);
        if (match.isPresent()) {
          allowed.add(route.method());
          if (route.method().equals(request.getMethod())) {
            found = route;
            params = match.get();
            break;
          }
        }
      }
      if (found == null) {
        if (!allowed.isEmpty()) {
          response.getHeaders().put(HttpHeader.ALLOW, String.join(", ", allowed));
          writeError(api, 405, request.getMethod() + " is not allowed on " + path + "; use "
              + String.join(" or ", allowed) + (allowed.contains("POST") ? " (with the CSRF token)" : ""),
              response, callback);
        } else {
          throw HttpError.notFound("nothing at " + path + "; " + (api ? "GET /api/ lists the JSON API"
              : "the navigation above leads to every page"));
        }
        return true;
      }
      final Exchange exchange = new Exchange(lab, request, params, body);
      if (found.method().equals("POST")) {
        csrf.check(exchange);
      }
      write(found.endpoint().handle(exchange), exchange, path, response, callback);
    } catch (HttpError e) {
      writeError(api, e.status(), e.getMessage(), response, callback);
    } catch (Exception e) {
      LOG.log(Level.WARNING, request.getMethod() + " " + path + " failed", e);
      writeError(api, 500, "the lab failed to answer " + request.getMethod() + " " + path + ": " + e
          + "; the lab's console has the details", response, callback);
    }
    return true;
  }

  /**
   * The request's whole body, read before anything answers, also when the route ignores it (a pause
   * POSTs {@code {}}): see {@link RequestBody}.
   *
   * @throws HttpError 413 if the body is bigger than the lab takes
   */
  private static String readBody(final Request request) throws IOException {
    return new String(RequestBody.readLimited(request, Exchange.MAX_BODY).orElseThrow(() -> HttpError.tooLarge(
        "the body has more than " + Exchange.MAX_BODY + " bytes; the lab takes at most " + Exchange.MAX_BODY
            + " (a control's body is a small JSON object or form)")), StandardCharsets.UTF_8);
  }

  private static boolean isLoopback(final String host) {
    return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]") || host.equals("::1");
  }

  private void write(final Reply reply, final Exchange exchange, final String path, final Response response,
      final Callback callback) throws IOException, InterruptedException {
    if (reply instanceof Reply.Page page) {
      final Map<String, Object> model = new HashMap<>(page.model());
      model.putAll(layoutModel(path));
      exchange.query("done").ifPresent(done -> model.put("done", done));
      writeText(response, 200, "text/html; charset=utf-8", templates.render(page.template(), model), callback);
    } else if (reply instanceof Reply.JsonBody json) {
      writeText(response, json.status(), "application/json; charset=utf-8", Json.write(json.body()), callback);
    } else if (reply instanceof Reply.Redirect redirect) {
      response.setStatus(303);
      response.getHeaders().put(HttpHeader.LOCATION, redirect.location());
      response.write(true, null, callback);
    } else if (reply instanceof Reply.Stream stream) {
      response.setStatus(200);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, stream.contentType());
      response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
      try (OutputStream out = Content.Sink.asOutputStream(response)) {
        stream.body().write(out);
      } catch (IOException e) {
        callback.failed(e); // the client went away
        return;
      }
      callback.succeeded();
    }
  }

  /**
   * What every page's layout needs: the token for its forms and scripts, where it is, which rollups
   * run, and the L1 clock its countdowns tick from.
   */
  private Map<String, Object> layoutModel(final String path) {
    return Map.of("csrfToken", csrf.token(), "path", path, "rollupIds", List.copyOf(lab.rollups().keySet()),
        "l1Clock", lab.devnet().now());
  }

  private void writeError(final boolean api, final int status, final String message, final Response response,
      final Callback callback) {
    if (api) {
      writeText(response, status, "application/json; charset=utf-8", Json.write(Map.of("error", message)), callback);
    } else {
      final Map<String, Object> model = new HashMap<>(layoutModel(""));
      model.put("status", status);
      model.put("message", message);
      writeText(response, status, "text/html; charset=utf-8", templates.render("error", model), callback);
    }
  }

  private static void writeText(final Response response, final int status, final String contentType,
      final String text, final Callback callback) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    Content.Sink.write(response, true, text, callback);
  }

  /** A file of {@code static/} on the class path: the stylesheet, the script. */
  private static void serveStatic(final String name, final Response response, final Callback callback)
      throws IOException {
    if (!name.matches("[a-z0-9-]+\\.(css|js|svg|png)")) {
      throw HttpError.notFound("no static file " + name);
    }
    try (InputStream in = Router.class.getClassLoader().getResourceAsStream("static/" + name)) {
      if (in == null) {
        throw HttpError.notFound("no static file " + name);
      }
      final byte[] bytes = in.readAllBytes();
      response.setStatus(200);
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, switch (name.substring(name.lastIndexOf('.') + 1)) {
        case "css" -> "text/css; charset=utf-8";
        case "js" -> "text/javascript; charset=utf-8";
        case "svg" -> "image/svg+xml";
        default -> "image/png";
      });
      response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
      response.write(true, ByteBuffer.wrap(bytes), callback);
    }
  }
}
