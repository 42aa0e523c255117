package io.rolluplab.rollup.contracts;

import io.rolluplab.devnet.crypto.Keccak;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.AbiTypes;
import org.web3j.abi.datatypes.Type;
import org.web3j.utils.Numeric;

/**
 * One function of a contract's ABI, by its canonical signature ({@code "deposit(address)"}) and the
 * types it returns. A call's data is the first four bytes of {@code keccak256(signature)} (the
 * selector) followed by the ABI encoding of the arguments.
 *
 * <p>{@link #encode} refuses arguments whose ABI types differ from the signature, and
 * {@code ContractBindingsTest} checks every signature and return type against the committed ABI,
 * so a binding cannot drift from its contract.
 */
public record ContractFunction(String signature, List<TypeReference<Type>> outputs) {

  /** A function returning {@code outputs}; a static struct is listed as its fields, in order. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static ContractFunction of(final String signature, final TypeReference<?>... outputs) {
    return new ContractFunction(signature, (List) List.of(outputs));
  }

  public String name() {
    return signature.substring(0, signature.indexOf('('));
  }

  public byte[] selector() {
    return Arrays.copyOf(Keccak.hash(signature.getBytes(StandardCharsets.US_ASCII)), 4);
  }

  /** The call data for these arguments: the selector, then {@link #encodeArguments}. */
  public byte[] encode(final Type<?>... args) {
    final byte[] encodedArgs = encodeArguments(args);
    final byte[] data = Arrays.copyOf(selector(), 4 + encodedArgs.length);
    System.arraycopy(encodedArgs, 0, data, 4, encodedArgs.length);
    return data;
  }

  /**
   * The ABI encoding of the arguments alone, as a constructor takes them after the creation code
   * (declare a constructor as {@code "constructor(types…)"}).
   */
  public byte[] encodeArguments(final Type<?>... args) {
    final String actual = name() + Arrays.stream(args).map(Type::getTypeAsString).collect(Collectors.joining(",", "(", ")"));
    if (!actual.equals(signature)) {
      throw new IllegalArgumentException("arguments " + actual + " do not match " + signature);
    }
    return Numeric.hexStringToByteArray(FunctionEncoder.encodeConstructor(List.of(args)));
  }

  /** Whether {@code callData} calls this function: it starts with the selector. */
  public boolean isCalledBy(final byte[] callData) {
    return callData.length >= 4 && Arrays.equals(callData, 0, 4, selector(), 0, 4);
  }

  /**
   * The arguments of a call of this function, in order: how a reader of L1 gets back what a
   * transaction passed (logs hold only what the contract chose to emit). Only signatures of plain
   * types ({@code "commitBatch(bytes,uint64)"}), no tuples.
   *
   * @throws IllegalArgumentException if {@code callData} does not call this function
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public List<Type> decodeCall(final byte[] callData) {
    if (!isCalledBy(callData)) {
      throw new IllegalArgumentException("the call data does not start with the selector of " + signature);
    }
    final String params = signature.substring(signature.indexOf('(') + 1, signature.length() - 1);
    if (params.contains("(")) {
      throw new UnsupportedOperationException("decodeCall reads plain types only, not the tuples of " + signature);
    }
    final List<TypeReference<Type>> types = params.isEmpty() ? List.of()
        : Arrays.stream(params.split(",")).map(type -> (TypeReference<Type>) (TypeReference) TypeReference.create(
            AbiTypes.getType(type))).toList();
    return FunctionReturnDecoder.decode(Numeric.toHexString(Arrays.copyOfRange(callData, 4, callData.length)), types);
  }

  /** The returned values, in order. */
  public List<Type> decode(final byte[] output) {
    return FunctionReturnDecoder.decode(Numeric.toHexString(output), outputs);
  }
}
