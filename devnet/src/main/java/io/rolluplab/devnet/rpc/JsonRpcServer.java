package io.rolluplab.devnet.rpc;

import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.rpc.method.BlockMethods;
import io.rolluplab.devnet.rpc.method.CallMethods;
import io.rolluplab.devnet.rpc.method.ChainInfoMethods;
import io.rolluplab.devnet.rpc.method.DebugMethods;
import io.rolluplab.devnet.rpc.method.DevMethods;
import io.rolluplab.devnet.rpc.method.FeeMethods;
import io.rolluplab.devnet.rpc.method.LogMethods;
import io.rolluplab.devnet.rpc.method.StateMethods;
import io.rolluplab.devnet.rpc.method.SubscriptionMethods;
import io.rolluplab.devnet.rpc.method.TransactionMethods;
import io.rolluplab.devnet.rpc.ws.RpcWebSocket;
import io.rolluplab.devnet.rpc.ws.Subscriptions;
import java.io.IOException;
import java.time.Duration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * The devnet's JSON-RPC endpoint, the way wallets and libraries reach an Ethereum node: HTTP POST
 * and WebSocket on one port of 127.0.0.1 (8545 by default, as geth, Hardhat and anvil use). A
 * WebSocket upgrade on any path gets a socket that answers the same methods plus subscriptions;
 * every other request goes to the HTTP handler. {@link #serve} runs the same server over another
 * set of methods (the rollup's L2 node).
 */
public final class JsonRpcServer implements AutoCloseable {
  public static final String HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8545;

  /** Subscribers may sit idle for long stretches between blocks. */
  private static final Duration WEBSOCKET_IDLE_TIMEOUT = Duration.ofHours(24);

  private final Server server;
  private final ServerConnector connector;
  private final Subscriptions subscriptions;

  private JsonRpcServer(final Server server, final ServerConnector connector, final Subscriptions subscriptions) {
    this.server = server;
    this.connector = connector;
    this.subscriptions = subscriptions;
  }

  /**
   * Loads what the server and its first request need (Jetty, the WebSocket upgrade, Jackson). Run on
   * a background thread first thing at start-up, it overlaps that class loading with the devnet's
   * own set-up on the other core, so wallets polling the port get their first answer sooner.
   */
  public static void preload() {
    try {
      new JsonRpcDispatcher(new RpcMethods()).handle("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\"}", null);
      Class.forName(Server.class.getName());
      Class.forName(ServerConnector.class.getName());
      Class.forName(WebSocketUpgradeHandler.class.getName());
    } catch (ClassNotFoundException | RuntimeException e) {
      // only a head start: whatever fails here loads again, on demand, when it is needed
    }
  }

  /**
   * Starts serving {@code devnet}.
   *
   * @param port the TCP port, or 0 for any free one (see {@link #port()})
   * @throws IOException if the port cannot be bound, e.g. because another program uses it
   */
  public static JsonRpcServer start(final Devnet devnet, final int port) throws IOException {
    final Subscriptions subscriptions = new Subscriptions();
    final JsonRpcServer server = serve(methods(devnet, subscriptions), subscriptions, port);
    devnet.onNewBlock(subscriptions::onNewBlock);
    return server;
  }

  /**
   * Serves any set of methods the same way, on HTTP and WebSocket, with the same codec, dispatcher
   * and error mapping: the rollup's L2 endpoint is this server with its own methods.
   *
   * @param port the TCP port, or 0 for any free one (see {@link #port()})
   * @throws IOException if the port cannot be bound
   */
  public static JsonRpcServer serve(final RpcMethods methods, final int port) throws IOException {
    return serve(methods, new Subscriptions(), port);
  }

  private static JsonRpcServer serve(final RpcMethods methods, final Subscriptions subscriptions, final int port)
      throws IOException {
    final Server server = new Server();
    final ServerConnector connector = new ServerConnector(server);
    connector.setHost(HOST);
    connector.setPort(port);
    server.addConnector(connector);
    final JsonRpcDispatcher dispatcher = new JsonRpcDispatcher(methods);
    final WebSocketUpgradeHandler webSocket = WebSocketUpgradeHandler.from(server, container -> {
      container.setMaxTextMessageSize(RpcHttpHandler.MAX_BODY_BYTES);
      container.setIdleTimeout(WEBSOCKET_IDLE_TIMEOUT);
      container.addMapping("/*", (upgrade, response, callback) -> new RpcWebSocket(dispatcher, subscriptions));
    });
    webSocket.setHandler(new RpcHttpHandler(dispatcher));
    server.setHandler(webSocket);
    try {
      server.start();
    } catch (IOException e) {
      stopQuietly(server);
      throw e;
    } catch (Exception e) {
      stopQuietly(server);
      throw new IOException(e.getMessage(), e);
    }
    return new JsonRpcServer(server, connector, subscriptions);
  }

  /** Every method the server answers, group by group. */
  static RpcMethods methods(final Devnet devnet, final Subscriptions subscriptions) {
    final RpcMethods methods = new RpcMethods();
    final ChainQueries queries = new ChainQueries(devnet);
    final GasEstimator estimator = new GasEstimator(devnet);
    new ChainInfoMethods(devnet).addTo(methods);
    new StateMethods(queries).addTo(methods);
    new BlockMethods(queries).addTo(methods);
    new TransactionMethods(devnet, new DevAccountSigner(devnet, estimator)).addTo(methods);
    new CallMethods(queries, estimator).addTo(methods);
    new FeeMethods(queries).addTo(methods);
    new LogMethods(queries).addTo(methods);
    new DevMethods(devnet).addTo(methods);
    new DebugMethods(devnet).addTo(methods);
    new SubscriptionMethods(subscriptions).addTo(methods);
    return methods;
  }

  private static void stopQuietly(final Server server) {
    try {
      server.stop();
    } catch (Exception ignored) {
      // it did not start; there is nothing to stop
    }
  }

  /** The port actually bound (the free one chosen when started with port 0). */
  public int port() {
    return connector.getLocalPort();
  }

  public String url() {
    return "http://" + HOST + ":" + port();
  }

  public String webSocketUrl() {
    return "ws://" + HOST + ":" + port();
  }

  @Override
  public void close() throws Exception {
    server.stop();
    subscriptions.close();
  }
}
