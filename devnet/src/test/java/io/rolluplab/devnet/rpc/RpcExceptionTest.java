package io.rolluplab.devnet.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.tx.InvalidTransactionException;
import io.rolluplab.devnet.tx.InvalidTransactionException.Rule;
import org.junit.jupiter.api.Test;
import org.web3j.utils.Numeric;

class RpcExceptionTest {

  @Test
  void addsTheReasonOfAnErrorStringRevert() {
    final byte[] data = Numeric.hexStringToByteArray("0x08c379a0"
        + "0000000000000000000000000000000000000000000000000000000000000020"
        + "0000000000000000000000000000000000000000000000000000000000000005"
        + "68656c6c6f000000000000000000000000000000000000000000000000000000");

    final RpcException e = RpcException.reverted(data);

    assertThat(e.code()).isEqualTo(3);
    assertThat(e.getMessage()).isEqualTo("execution reverted: hello");
    assertThat(e.data()).isEqualTo(Numeric.toHexString(data));
  }

  @Test
  void keepsCustomErrorsAsDataForTheClientToDecode() {
    final RpcException e = RpcException.reverted(Numeric.hexStringToByteArray("0xdeadbeef"));

    assertThat(e.getMessage()).isEqualTo("execution reverted");
    assertThat(e.data()).isEqualTo("0xdeadbeef");
  }

  @Test
  void ignoresAnErrorStringWhoseLengthPointsOutsideTheData() {
    final byte[] data = Numeric.hexStringToByteArray("0x08c379a0"
        + "0000000000000000000000000000000000000000000000000000000000000020"
        + "00000000000000000000000000000000000000000000000000000000000000ff");

    assertThat(RpcException.reverted(data).getMessage()).isEqualTo("execution reverted");
  }

  @Test
  void startsRejectionsWithGethsWordsThatToolsMatchOn() {
    final RpcException funds = TransactionErrors.rejected(new InvalidTransactionException(Rule.INSUFFICIENT_FUNDS,
        "insufficient funds for gas * price + value: the sender has 0 wei but needs 21000"));
    final RpcException fee = TransactionErrors.rejected(
        new InvalidTransactionException(Rule.FEE_CAP_BELOW_BASE_FEE, "max fee per gas 1 is below the base fee 7"));

    assertThat(funds.code()).isEqualTo(-32000);
    assertThat(funds.getMessage()).startsWith("insufficient funds for gas * price + value: the sender has");
    assertThat(fee.getMessage()).isEqualTo("max fee per gas less than block base fee: max fee per gas 1 is below "
        + "the base fee 7");
  }
}
