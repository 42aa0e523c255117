package io.rolluplab.rollup.l1;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.rpc.JsonRpcServer;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The contract through the devnet's own JSON-RPC server on a free port, as against any node. */
class JsonRpcL1Test extends L1ClientContractTest {
  private JsonRpcServer server;

  @Override
  L1Client connect(final Devnet devnet) throws Exception {
    server = JsonRpcServer.start(devnet, 0);
    return JsonRpcL1.connect(URI.create(server.url()));
  }

  @Override
  void disconnect() throws Exception {
    server.close();
  }

  @Test
  void givesConcurrentSendsFromOneKeyDistinctNoncesAndLandsThemAll() throws Exception {
    final int sends = 24;
    final long nonceBefore = devnet.nonce(ALICE.address());
    final ExecutorService pool = Executors.newFixedThreadPool(8);
    final List<Future<L1Receipt>> receipts = new ArrayList<>();
    try {
      for (int i = 0; i < sends; i++) {
        receipts.add(pool.submit(
            () -> l1.sendAndWait(ALICE.credentials(), L1Transaction.transfer(BOB.address(), BigInteger.ONE))));
      }
      final List<Bytes32> hashes = new ArrayList<>();
      for (final Future<L1Receipt> receipt : receipts) {
        assertThat(receipt.get().success()).isTrue();
        hashes.add(receipt.get().transactionHash());
      }
      assertThat(hashes).doesNotHaveDuplicates();
    } finally {
      pool.shutdownNow();
    }
    assertThat(devnet.nonce(ALICE.address())).isEqualTo(nonceBefore + sends);
  }
}
