package io.rolluplab.rollup.l1;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.chain.Devnet;
import org.junit.jupiter.api.Test;

class EmbeddedL1Test extends L1ClientContractTest {

  @Override
  L1Client connect(final Devnet devnet) {
    return new EmbeddedL1(devnet);
  }

  @Test
  void minesItsOwnTransactionWhenTheDevnetDoesNotAutomine() throws Exception {
    devnet.setAutomine(false);
    final long before = l1.latestBlock().number();

    final L1Receipt receipt = l1.sendAndWait(ALICE.credentials(), L1Transaction.transfer(BOB.address(), ETHER));

    assertThat(receipt.blockNumber()).isEqualTo(before + 1);
    assertThat(devnet.pendingTransactions()).isEmpty();
  }
}
