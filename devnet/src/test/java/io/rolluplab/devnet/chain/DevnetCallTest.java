package io.rolluplab.devnet.chain;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.evm.trace.Tracer;
import io.rolluplab.devnet.tx.CallRequest;
import io.rolluplab.devnet.tx.TransactionResult;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.UInt256;
import java.math.BigInteger;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;
import org.web3j.utils.Numeric;

class DevnetCallTest {
  private final Devnet devnet = new Devnet(DevnetConfig.defaults(), InstantSource.fixed(Instant.ofEpochSecond(1_700_000_000)), new FakeBlockTimer());

  @Test
  void callRunsInitcodeAndReturnsItsOutputWithoutChangingTheChain() throws Exception {
    final Address from = DevAccounts.all().get(0).address();
    final BigInteger balanceBefore = devnet.balance(from);
    // initcode: store 42 at slot 0, then return the 32-byte word 42
    final byte[] code = Numeric.hexStringToByteArray("0x602a600055602a60005260206000f3");
    final TransactionResult result = devnet.call(new CallRequest(from, null, null, code, null, null), Tracer.NONE);
    assertThat(result.success()).isTrue();
    assertThat(UInt256.fromBytes(result.output())).isEqualTo(UInt256.valueOf(42));
    assertThat(devnet.balance(from)).isEqualTo(balanceBefore);
    assertThat(devnet.nonce(from)).isZero();
    assertThat(devnet.latestBlock().header().number()).isZero();
  }

  @Test
  void callWithoutGasPriceCostsTheSenderNothingEvenWithoutBalance() throws Exception {
    final Address pauper = Address.fromLong(0xDEAD);
    final TransactionResult result = devnet.call(
        new CallRequest(pauper, Address.fromLong(0xBEEF), null, new byte[0], 100_000L, null), Tracer.NONE);
    assertThat(result.success()).isTrue();
    assertThat(result.gasUsed()).isEqualTo(21_000);
  }
}
