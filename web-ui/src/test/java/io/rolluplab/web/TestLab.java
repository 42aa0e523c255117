package io.rolluplab.web;

import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.DevnetConfig;
import io.rolluplab.rollup.l1.EmbeddedL1;
import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.rollup.node.RollupNodeConfig;
import io.rolluplab.rollup.store.RollupStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lab for the web UI's tests: the devnet, rollups deployed as {@code rollup-lab} deploys them, and
 * the web server on a free port, with an HTTP client that knows the CSRF token. The rollups either
 * run on their own ({@link #running}) or take a round only when the test calls {@link #round()},
 * on a clock the test moves, so what a page shows is exact.
 */
public final class TestLab implements AutoCloseable {
  private static final Pattern TOKEN = Pattern.compile("\"csrfToken\":\"([0-9a-f]+)\"");

  private final Devnet devnet;
  private final List<RollupNode> rollups;
  private final WebServer server;
  private final AtomicReference<Instant> now;
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final String csrf;

  private TestLab(final Devnet devnet, final List<RollupNode> rollups, final WebServer server,
      final AtomicReference<Instant> now) throws Exception {
    this.devnet = devnet;
    this.rollups = rollups;
    this.server = server;
    this.now = now;
    final Matcher token = TOKEN.matcher(get("/api/session").body());
    if (!token.find()) {
      throw new IllegalStateException("GET /api/session gave no csrfToken");
    }
    this.csrf = token.group(1);
  }

  /** Rollups of {@code modes} that take a round when the test calls {@link #round()}. */
  public static TestLab stepped(final RollupMode... modes) throws Exception {
    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
    return start(modes, now::get, now, false);
  }

  /**
   * Rollups of {@code modes} that run on their own, as in {@code rollup-lab}, but post a batch
   * after a second instead of ten, so a test sees one soon.
   */
  public static TestLab running(final RollupMode... modes) throws Exception {
    return start(modes, Clock.systemUTC(), null, true);
  }

  private static TestLab start(final RollupMode[] modes, final InstantSource clock, final AtomicReference<Instant> now,
      final boolean run) throws Exception {
    final Devnet devnet = Devnet.start(DevnetConfig.defaults());
    final List<RollupNode> rollups = new ArrayList<>();
    for (final RollupMode mode : modes) {
      final RollupInstance instance = mode == RollupMode.ZK ? RollupInstance.ZK : RollupInstance.OPTIMISTIC;
      final RollupNodeConfig config = instance.config().withBatchLimits(instance.config().batchMaxItems(),
          Duration.ofSeconds(1));
      final RollupNode node = RollupNode.deploy(new EmbeddedL1(devnet), instance.operator().credentials(),
          instance.challenger().credentials(), config, RollupStore.inMemory(), clock);
      if (run) {
        node.start(0);
      }
      rollups.add(node);
    }
    return new TestLab(devnet, rollups, WebServer.start(new Lab(devnet, rollups, null, null), 0), now);
  }

  public Devnet devnet() {
    return devnet;
  }

  public RollupNode rollup(final int i) {
    return rollups.get(i);
  }

  public String url() {
    return server.url();
  }

  public String csrfToken() {
    return csrf;
  }

  /** Moves the rollups' clock a second on and has each take a round. */
  public void round() {
    now.updateAndGet(t -> t.plusSeconds(1));
    rollups.forEach(RollupNode::tick);
  }

  public HttpResponse<String> get(final String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(url()).resolve(path)).GET());
  }

  /** POSTs {@code json} with the CSRF token, as a script does. */
  public HttpResponse<String> post(final String path, final String json) throws Exception {
    return postWithToken(path, json, csrf);
  }

  /** POSTs {@code json} with {@code token} in the CSRF header, or without the header if null. */
  public HttpResponse<String> postWithToken(final String path, final String json, final String token)
      throws Exception {
    final HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url()).resolve(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("X-CSRF-Token", token);
    }
    return send(request);
  }

  /** POSTs an HTML form's fields ({@code a=1&b=2}), as a browser does. */
  public HttpResponse<String> postForm(final String path, final String form) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(url()).resolve(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  private HttpResponse<String> send(final HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() throws Exception {
    server.close();
    for (final RollupNode rollup : rollups) {
      rollup.close();
    }
    devnet.close();
  }
}
