package io.rolluplab.rollup.contracts;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.datatypes.Type;
import org.web3j.utils.Numeric;

/**
 * A custom error a rollup contract reverted with, such as
 * {@code WithdrawalAlreadyFinalized(0x5c…)}. Revert data is the error's four-byte selector and its
 * ABI-encoded arguments; the selectors come from the committed ABIs ({@link AbiCatalog}), so every
 * error any of the contracts declares (or reverts with from a library) can be named.
 */
public record ContractError(String name, List<Type> args) {

  /** The error in {@code revertData}, if one of the contracts declares its selector. */
  public static Optional<ContractError> decode(final byte[] revertData) {
    return AbiCatalog.entryFor("error", revertData).map(entry -> new ContractError(entry.name(),
        FunctionReturnDecoder.decode(Numeric.toHexString(Arrays.copyOfRange(revertData, 4, revertData.length)),
            entry.types())));
  }

  /** The error as Solidity would write it: {@code Name(arg, …)}. */
  @Override
  public String toString() {
    return name + args.stream().map(AbiCatalog::format).collect(Collectors.joining(", ", "(", ")"));
  }
}
