package io.rolluplab.rollup.contracts;

import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.Receipt;
import io.rolluplab.devnet.types.Address;
import java.math.BigInteger;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.DynamicBytes;

/**
 * A deployed {@code EtherRefusingAccount} (test-only, {@code src/test/solidity}): a contract account
 * that proposes, challenges or withdraws like any other, but reverts on every ETH payment, so the
 * contracts' {@code PaymentFailed} reverts can be reached for real (only its own claims and bond
 * withdrawal can reach them: a dispute it wins just credits it). {@code operator} signs the
 * transactions that {@code forward} its calls.
 */
final class EtherRefusingAccount {
  private static final ContractFunction FORWARD =
      ContractFunction.of("forward(address,bytes)", TypeReference.create(DynamicBytes.class));

  private final L1TestChain chain;
  private final DevAccount operator;
  private final Address address;

  private EtherRefusingAccount(final L1TestChain chain, final DevAccount operator, final Address address) {
    this.chain = chain;
    this.operator = operator;
    this.address = address;
  }

  static EtherRefusingAccount deploy(final L1TestChain chain, final DevAccount operator) {
    return new EtherRefusingAccount(chain, operator, chain.deploy(operator, "EtherRefusingAccount", new byte[0]));
  }

  Address address() {
    return address;
  }

  /** Calls {@code target} with {@code data} and {@code value} wei, as this account. */
  Receipt send(final Address target, final BigInteger value, final byte[] data) {
    return chain.send(operator, address, value, forward(target, data));
  }

  Receipt send(final Address target, final byte[] data) {
    return send(target, BigInteger.ZERO, data);
  }

  /** As {@link L1TestChain#expectRevert}: the target's custom error, passed on by {@code forward}. */
  ContractError expectRevert(final Address target, final byte[] data) {
    return chain.expectRevert(operator, address, forward(target, data));
  }

  private static byte[] forward(final Address target, final byte[] data) {
    return FORWARD.encode(Abi.address(target), Abi.bytes(data));
  }
}
