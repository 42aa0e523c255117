package io.rolluplab.devnet.rpc;

import io.rolluplab.devnet.solidity.ContractArtifact;
import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Event;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.crypto.Hash;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.utils.Numeric;

/**
 * The ABI of {@code BenchToken} (devnet/src/main/solidity/BenchToken.sol) as a client sees it:
 * calldata for its functions, and decoders for its {@code Transfer} event and its
 * {@code InsufficientBalance} error. Written with web3j's ABI codec, as a dapp would.
 */
final class BenchTokenAbi {
  static final Event TRANSFER = new Event("Transfer", List.of(
      new TypeReference<Address>(true) {}, new TypeReference<Address>(true) {}, new TypeReference<Uint256>() {}));
  /** {@code keccak256("Transfer(address,address,uint256)")}: topic 0 of every Transfer log. */
  static final String TRANSFER_TOPIC = EventEncoder.encode(TRANSFER);
  /** The first four bytes of {@code keccak256("InsufficientBalance(uint256,uint256)")}. */
  static final String INSUFFICIENT_BALANCE_SELECTOR = Hash.sha3String("InsufficientBalance(uint256,uint256)")
      .substring(0, 2 + 8);

  /** A decoded {@code Transfer(from, to, value)} log. */
  record Transfer(String from, String to, BigInteger value) {}

  /** A decoded {@code InsufficientBalance(available, required)} revert. */
  record InsufficientBalance(BigInteger available, BigInteger required) {}

  private BenchTokenAbi() {}

  /** Creation code followed by the ABI-encoded constructor argument {@code supply}. */
  static String deployment(final BigInteger supply) {
    final byte[] code = ContractArtifact.load("BenchToken").creationCode();
    return Numeric.toHexString(code) + FunctionEncoder.encodeConstructor(List.of(new Uint256(supply)));
  }

  static String transfer(final String to, final BigInteger value) {
    return FunctionEncoder.encode(new Function("transfer", List.of(new Address(to), new Uint256(value)), List.of()));
  }

  static String balanceOf(final String owner) {
    return FunctionEncoder.encode(new Function("balanceOf", List.of(new Address(owner)), List.of()));
  }

  /** The uint256 that {@code balanceOf} or {@code totalSupply} returned. */
  static BigInteger decodeUint(final String returnData) {
    final List<Type> values = FunctionReturnDecoder.decode(returnData, List.of(uint256()));
    return (BigInteger) values.get(0).getValue();
  }

  /** Decodes a log of {@link #TRANSFER}: the two indexed addresses from topics 1 and 2, the value from the data. */
  static Transfer decodeTransfer(final Log log) {
    if (!log.getTopics().get(0).equals(TRANSFER_TOPIC)) {
      throw new IllegalArgumentException("not a Transfer log: topic 0 is " + log.getTopics().get(0));
    }
    final String from = FunctionReturnDecoder.decodeIndexedValue(log.getTopics().get(1), new TypeReference<Address>() {}).toString();
    final String to = FunctionReturnDecoder.decodeIndexedValue(log.getTopics().get(2), new TypeReference<Address>() {}).toString();
    final BigInteger value = decodeUint(log.getData());
    return new Transfer(from, to, value);
  }

  /** Decodes revert data {@code selector ++ abi.encode(available, required)}. */
  static InsufficientBalance decodeInsufficientBalance(final String revertData) {
    if (!revertData.startsWith(INSUFFICIENT_BALANCE_SELECTOR)) {
      throw new IllegalArgumentException("not an InsufficientBalance revert: " + revertData);
    }
    final String arguments = "0x" + revertData.substring(INSUFFICIENT_BALANCE_SELECTOR.length());
    final List<Type> values = FunctionReturnDecoder.decode(arguments, List.of(uint256(), uint256()));
    return new InsufficientBalance((BigInteger) values.get(0).getValue(), (BigInteger) values.get(1).getValue());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static TypeReference<Type> uint256() {
    return (TypeReference) new TypeReference<Uint256>() {};
  }
}
