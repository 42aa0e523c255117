package io.rolluplab.rollup.l1;

import io.rolluplab.rollup.contracts.ContractError;
import io.rolluplab.rollup.state.Bytes32;
import java.util.Optional;
import org.web3j.utils.Numeric;

/**
 * A contract refused a transaction or a call: it ran REVERT (or failed otherwise, then without
 * revert data). The revert data is decoded into the custom error of our contracts when it is one,
 * so a role can tell {@code BatchNotFinal} from {@code WithdrawalAlreadyFinalized} by name.
 *
 * <p>A transaction whose gas is estimated is refused before it is sent (no hash, no gas paid); one
 * with a given gas limit is mined and fails on chain (it has a hash, and its gas is paid).
 */
public final class L1RevertException extends L1Exception {
  private final byte[] revertData;
  private final ContractError error;
  private final Bytes32 transactionHash;

  private L1RevertException(final String message, final byte[] revertData, final ContractError error,
      final Bytes32 transactionHash) {
    super(message);
    this.revertData = revertData.clone();
    this.error = error;
    this.transactionHash = transactionHash;
  }

  /**
   * The exception for {@code revertData} returned by what {@code attempt} describes ("call to 0x…",
   * "L1 transaction 0x… (call to 0x…)").
   *
   * @param transactionHash the mined transaction, or null when nothing was sent
   */
  public static L1RevertException of(final String attempt, final byte[] revertData, final Bytes32 transactionHash) {
    final ContractError error = ContractError.decode(revertData).orElse(null);
    final String message;
    if (error != null) {
      message = attempt + " reverted with " + error + ": the contract refused it; see when it raises "
          + error.name() + " in mini-rollup/contracts/ and fix the arguments, or wait until the chain allows it";
    } else if (revertData.length > 0) {
      message = attempt + " reverted with data " + Numeric.toHexString(revertData)
          + ", which is none of the rollup contracts' errors: decode it with the called contract's ABI";
    } else {
      message = attempt + " failed without revert data: it ran out of gas or hit an invalid instruction; "
          + "give it more gas, or leave the gas limit empty to have it estimated";
    }
    return new L1RevertException(message, revertData, error, transactionHash);
  }

  /** The raw revert data: a 4-byte selector and the ABI-encoded arguments, or empty. */
  public byte[] revertData() {
    return revertData.clone();
  }

  /** Our contracts' custom error in the revert data, if it is one. */
  public Optional<ContractError> error() {
    return Optional.ofNullable(error);
  }

  /** The mined, failed transaction; empty when the revert was found before sending. */
  public Optional<Bytes32> transactionHash() {
    return Optional.ofNullable(transactionHash);
  }
}
