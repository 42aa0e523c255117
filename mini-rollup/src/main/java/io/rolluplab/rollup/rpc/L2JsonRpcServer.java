package io.rolluplab.rollup.rpc;

import io.rolluplab.devnet.rpc.JsonRpcServer;
import io.rolluplab.devnet.rpc.RpcMethods;
import io.rolluplab.rollup.sequencer.SequencerDriver;
import io.rolluplab.rollup.store.RollupStore;
import java.io.IOException;

/**
 * The L2's JSON-RPC endpoint on 127.0.0.1 (9545 by default, beside the L1's 8545): enough of the
 * Ethereum API for MetaMask and web3j to send L2 transfers, plus {@code rollup_*} methods. It is
 * the devnet's server (same codec, dispatcher, error codes, CORS and size limit) over L2 methods.
 */
public final class L2JsonRpcServer implements AutoCloseable {
  public static final int DEFAULT_PORT = 9545;

  private final JsonRpcServer server;

  private L2JsonRpcServer(final JsonRpcServer server) {
    this.server = server;
  }

  /**
   * Starts serving {@code sequencer}, and from {@code store} the rollup's batches and disputes and the
   * withdrawals the bridge follows.
   *
   * @param port the TCP port, or 0 for any free one (see {@link #port()})
   * @throws IOException if the port cannot be bound
   */
  public static L2JsonRpcServer start(final SequencerDriver sequencer, final RollupStore store, final int port)
      throws IOException {
    return new L2JsonRpcServer(JsonRpcServer.serve(methods(sequencer, store), port));
  }

  /** Every method the L2 answers, group by group. */
  static RpcMethods methods(final SequencerDriver sequencer, final RollupStore store) {
    final RpcMethods methods = new RpcMethods();
    new L2ChainMethods(sequencer).addTo(methods);
    new L2AccountMethods(sequencer).addTo(methods);
    new L2TransactionMethods(sequencer, store).addTo(methods);
    new L2FeeMethods(sequencer).addTo(methods);
    new L2RollupMethods(store).addTo(methods);
    new L2WithdrawalMethods(store.withdrawals()).addTo(methods);
    return methods;
  }

  public int port() {
    return server.port();
  }

  public String url() {
    return server.url();
  }

  @Override
  public void close() throws Exception {
    server.close();
  }
}
