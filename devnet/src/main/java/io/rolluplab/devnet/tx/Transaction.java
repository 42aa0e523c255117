package io.rolluplab.devnet.tx;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.UInt256;
import java.math.BigInteger;
import java.security.SignatureException;
import java.util.List;
import org.web3j.crypto.AccessListObject;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.SignedRawTransaction;
import org.web3j.crypto.TransactionDecoder;
import org.web3j.crypto.transaction.type.ITransaction;
import org.web3j.crypto.transaction.type.Transaction1559;
import org.web3j.crypto.transaction.type.Transaction2930;
import org.web3j.utils.Numeric;

/**
 * A transaction as the devnet executes it: decoded, with its sender recovered from the signature.
 *
 * <p>For legacy and EIP-2930 transactions {@code maxFeePerGas == maxPriorityFeePerGas == gasPrice},
 * which lets the fee rules of EIP-1559 treat every type alike. {@code to == null} creates a contract.
 * {@code chainId} is null for a legacy transaction signed without EIP-155.
 *
 * @param raw the signed encoding ({@code type ‖ rlp} for typed transactions), null if unsigned
 * @param hash keccak256 of {@code raw}, the transaction's id
 */
public record Transaction(
    TransactionType type,
    Long chainId,
    BigInteger nonce,
    BigInteger maxPriorityFeePerGas,
    BigInteger maxFeePerGas,
    BigInteger gasLimit,
    Address to,
    BigInteger value,
    byte[] data,
    List<AccessListEntry> accessList,
    Address sender,
    byte[] raw,
    byte[] hash) {

  public boolean isContractCreation() {
    return to == null;
  }

  /** The legacy gas price (equal to both fee fields for non-1559 transactions). */
  public BigInteger gasPrice() {
    return maxFeePerGas;
  }

  /**
   * Decodes a signed transaction and recovers its sender.
   *
   * @throws InvalidTransactionException if the bytes are no transaction or the signature is bad
   */
  public static Transaction decode(final byte[] raw) throws InvalidTransactionException {
    final RawTransaction decoded;
    try {
      decoded = TransactionDecoder.decode(Numeric.toHexString(raw));
    } catch (RuntimeException e) {
      throw new InvalidTransactionException(
          InvalidTransactionException.Rule.MALFORMED, "could not decode the transaction: " + e.getMessage());
    }
    if (!(decoded instanceof SignedRawTransaction signed)) {
      throw new InvalidTransactionException(InvalidTransactionException.Rule.MALFORMED, "the transaction is not signed");
    }
    final ITransaction body = decoded.getTransaction();
    final Address sender;
    final Long chainId;
    try {
      sender = Address.fromHex(signed.getFrom());
      // typed transactions carry the chain id in their body; legacy ones fold it into v (EIP-155)
      chainId = body instanceof Transaction2930 typed ? Long.valueOf(typed.getChainId()) : signed.getChainId();
    } catch (SignatureException | RuntimeException e) {
      throw new InvalidTransactionException(
          InvalidTransactionException.Rule.INVALID_SIGNATURE, "the signature does not recover a sender: " + e.getMessage());
    }
    final TransactionType type;
    final BigInteger maxPriority;
    final BigInteger maxFee;
    List<AccessListEntry> accessList = List.of();
    if (body instanceof Transaction1559 t) {
      // web3j has no gas price for a 1559 transaction: read its two fee fields instead
      type = TransactionType.EIP1559;
      maxPriority = t.getMaxPriorityFeePerGas();
      maxFee = t.getMaxFeePerGas();
      accessList = convert(t.getAccessList());
    } else {
      type = body instanceof Transaction2930 ? TransactionType.ACCESS_LIST : TransactionType.LEGACY;
      maxPriority = decoded.getGasPrice();
      maxFee = decoded.getGasPrice();
      if (body instanceof Transaction2930 t) {
        accessList = convert(t.getAccessList());
      }
    }
    final String to = decoded.getTo();
    return new Transaction(
        type,
        chainId,
        decoded.getNonce(),
        maxPriority,
        maxFee,
        decoded.getGasLimit(),
        to == null || Numeric.cleanHexPrefix(to).isEmpty() ? null : Address.fromHex(to),
        decoded.getValue(),
        Numeric.hexStringToByteArray(decoded.getData() == null ? "" : decoded.getData()),
        accessList,
        sender,
        raw.clone(),
        Keccak.hash(raw));
  }

  private static List<AccessListEntry> convert(final List<AccessListObject> list) {
    if (list == null) {
      return List.of();
    }
    return list.stream()
        .map(o -> new AccessListEntry(
            Address.fromHex(o.getAddress()),
            o.getStorageKeys().stream().map(UInt256::fromHex).toList()))
        .toList();
  }
}
