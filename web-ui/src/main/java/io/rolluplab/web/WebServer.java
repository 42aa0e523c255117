package io.rolluplab.web;

import io.rolluplab.devnet.chain.Devnet;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The web UI's HTTP server (Jetty 12, core handler API). It listens on 127.0.0.1 only: the page
 * shows test keys' balances and will gain buttons that move funds, so it is not for the network.
 * Each page is a handler that answers its own route; the first one that matches wins.
 */
public final class WebServer implements AutoCloseable {
  public static final String HOST = "127.0.0.1";

  private final Server server;
  private final ServerConnector connector;

  private WebServer(final Server server, final ServerConnector connector) {
    this.server = server;
    this.connector = connector;
  }

  /**
   * Starts serving {@code devnet}'s pages.
   *
   * @param port the TCP port, or 0 for any free one (see {@link #port()})
   * @throws Exception if the port cannot be bound, e.g. because it is in use
   */
  public static WebServer start(final Devnet devnet, final int port) throws Exception {
    final Server server = new Server();
    final ServerConnector connector = new ServerConnector(server);
    connector.setHost(HOST);
    connector.setPort(port);
    server.addConnector(connector);
    final Templates templates = new Templates();
    server.setHandler(new Handler.Sequence(new L1OverviewPage(devnet, templates)));
    server.start();
    return new WebServer(server, connector);
  }

  /** The port actually bound (the free one chosen when started with port 0). */
  public int port() {
    return connector.getLocalPort();
  }

  public String url() {
    return "http://" + HOST + ":" + port() + "/";
  }

  /** Blocks until the server stops. */
  public void join() throws InterruptedException {
    server.join();
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}
