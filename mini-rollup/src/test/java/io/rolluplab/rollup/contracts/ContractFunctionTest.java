package io.rolluplab.rollup.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.Type;

class ContractFunctionTest {
  private static final ContractFunction POST = ContractFunction.of("post(uint256,bytes,uint64)");

  @Test
  void readsBackTheArgumentsOfACall() {
    final byte[] call = POST.encode(Abi.uint256(7), Abi.bytes(new byte[] {1, 2, 3}), Abi.uint64(9));

    final List<Type> args = POST.decodeCall(call);

    assertThat(args).extracting(Type::getValue).containsExactly(BigInteger.valueOf(7), new byte[] {1, 2, 3},
        BigInteger.valueOf(9));
  }

  @Test
  void refusesTheCallOfAnotherFunction() {
    final byte[] other = ContractFunction.of("finalize(uint256)").encode(Abi.uint256(7));

    assertThat(POST.isCalledBy(other)).isFalse();
    assertThatThrownBy(() -> POST.decodeCall(other)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("post(uint256,bytes,uint64)");
  }
}
