package io.rolluplab.web;

import io.rolluplab.web.bridge.BridgeApi;
import io.rolluplab.web.bridge.BridgePage;
import io.rolluplab.web.controls.ControlsApi;
import io.rolluplab.web.controls.ControlsPage;
import io.rolluplab.web.http.ApiIndex;
import io.rolluplab.web.http.Csrf;
import io.rolluplab.web.http.Router;
import io.rolluplab.web.http.Routes;
import io.rolluplab.web.http.Templates;
import io.rolluplab.web.compare.ComparePage;
import io.rolluplab.web.l1.L1Pages;
import io.rolluplab.web.l2.L2Pages;
import io.rolluplab.web.lessons.LessonLibrary;
import io.rolluplab.web.lessons.LessonPages;
import io.rolluplab.web.live.EventsApi;
import io.rolluplab.web.live.LiveFeed;
import io.rolluplab.web.overview.OverviewPage;
import io.rolluplab.web.rollup.BatchPages;
import io.rolluplab.web.rollup.DisputePages;
import io.rolluplab.web.rollup.StepModeControls;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The web UI's HTTP server (Jetty 12, core handler API). By default it listens on 127.0.0.1 only:
 * its buttons move funds and it has no login, so it is not for the network ({@code --host} says
 * otherwise, with a warning). Every page and API endpoint is a {@link Routes} registered with the
 * one {@link Router}.
 */
public final class WebServer implements AutoCloseable {
  public static final String DEFAULT_HOST = "127.0.0.1";

  private final Server server;
  private final ServerConnector connector;
  private final LiveFeed feed;
  private final String host;

  private WebServer(final Server server, final ServerConnector connector, final LiveFeed feed, final String host) {
    this.server = server;
    this.connector = connector;
    this.feed = feed;
    this.host = host;
  }

  /** Starts serving {@code lab}'s pages on 127.0.0.1. */
  public static WebServer start(final Lab lab, final int port) throws Exception {
    return start(lab, DEFAULT_HOST, port);
  }

  /**
   * Starts serving {@code lab}'s pages; call it once the lab's rollups exist.
   *
   * @param host the address to listen on: 127.0.0.1 unless the lab is meant to be reached from elsewhere
   * @param port the TCP port, or 0 for any free one (see {@link #port()})
   * @throws Exception if the port cannot be bound, e.g. because it is in use
   */
  public static WebServer start(final Lab lab, final String host, final int port) throws Exception {
    final Server server = new Server();
    final ServerConnector connector = new ServerConnector(server);
    connector.setHost(host);
    connector.setPort(port);
    server.addConnector(connector);
    final LiveFeed feed = new LiveFeed(lab);
    final Router router = new Router(lab, new Templates(), new Csrf(), isLoopback(host));
    for (final Routes routes : routes(lab, feed)) {
      routes.register(router);
    }
    server.setHandler(router);
    try {
      server.start();
    } catch (Exception e) {
      feed.close();
      throw e;
    }
    return new WebServer(server, connector, feed, host);
  }

  /** Every page and endpoint family; each registers its own routes. */
  private static List<Routes> routes(final Lab lab, final LiveFeed feed) {
    return List.of(
        // the API about itself, and the live feed
        new ApiIndex(),
        new EventsApi(lab, feed),
        // pages and their endpoints: overview, controls, bridge (ui-core)
        new OverviewPage(lab, feed),
        new ControlsPage(lab),
        new ControlsApi(lab),
        new BridgePage(lab),
        new BridgeApi(lab),
        // explorers and compare (ui-explore)
        new L1Pages(lab),
        new L2Pages(lab),
        new ComparePage(lab),
        // batches, proofs, disputes, step mode (ui-rollup)
        new BatchPages(lab),
        new DisputePages(lab),
        new StepModeControls(lab),
        // lessons (tutorials)
        new LessonPages(LessonLibrary.fromClassPath())
    );
  }

  /** True if {@code host} is this machine's loopback address (127.0.0.1, localhost, ::1). */
  public static boolean isLoopback(final String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** The port actually bound (the free one chosen when started with port 0). */
  public int port() {
    return connector.getLocalPort();
  }

  /** The start page's URL; for a server on every interface (0.0.0.0), as reached from this machine. */
  public String url() {
    final String shown = host.equals("0.0.0.0") || host.equals("::") ? DEFAULT_HOST
        : host.contains(":") ? "[" + host + "]" : host;
    return "http://" + shown + ":" + port() + "/";
  }

  public String host() {
    return host;
  }

  /** True if only this machine can reach the UI (the default, 127.0.0.1). */
  public boolean isLoopbackOnly() {
    return isLoopback(host);
  }

  /** Blocks until the server stops. */
  public void join() throws InterruptedException {
    server.join();
  }

  @Override
  public void close() throws Exception {
    feed.close();
    server.stop();
  }
}
