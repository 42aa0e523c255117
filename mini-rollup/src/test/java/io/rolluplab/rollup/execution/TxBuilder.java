package io.rolluplab.rollup.execution;

import io.rolluplab.devnet.crypto.Keccak;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Sign;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.rlp.RlpType;
import org.web3j.utils.Numeric;

/**
 * Builds signed L2 transaction bodies field by field, including the broken ones the vectors need
 * (a high s, a foreign chain id, data, a creation). Encoding and signing use web3j, not the code
 * under test. Each {@code with…} returns a changed copy.
 *
 * @param chainId null: a legacy signature without EIP-155
 * @param to null: a contract creation
 */
record TxBuilder(
    boolean legacy,
    BigInteger chainId,
    BigInteger nonce,
    BigInteger maxPriorityFeePerGas,
    BigInteger maxFeePerGas,
    BigInteger gasLimit,
    byte[] to,
    BigInteger value,
    byte[] data,
    List<RlpType> accessList) {

  static final BigInteger GWEI = BigInteger.TEN.pow(9);
  static final BigInteger N = Sign.CURVE_PARAMS.getN();

  /** A signed transaction's signature fields: y parity (legacy: the whole v), r, s. */
  record Signature(BigInteger v, BigInteger r, BigInteger s) {}

  static TxBuilder eip1559(final long chainId, final long nonce, final String to, final BigInteger value) {
    return new TxBuilder(false, BigInteger.valueOf(chainId), BigInteger.valueOf(nonce), GWEI, GWEI.multiply(BigInteger.TWO),
        BigInteger.valueOf(21_000), Numeric.hexStringToByteArray(to), value, new byte[0], List.of());
  }

  static TxBuilder legacy(final long chainId, final long nonce, final String to, final BigInteger value) {
    return new TxBuilder(true, BigInteger.valueOf(chainId), BigInteger.valueOf(nonce), GWEI, GWEI,
        BigInteger.valueOf(21_000), Numeric.hexStringToByteArray(to), value, new byte[0], List.of());
  }

  TxBuilder withChainId(final BigInteger id) {
    return new TxBuilder(legacy, id, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, data, accessList);
  }

  TxBuilder withNonce(final BigInteger n) {
    return new TxBuilder(legacy, chainId, n, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, data, accessList);
  }

  /** For a legacy transaction both are its gas price; pass the same value twice. */
  TxBuilder withFees(final BigInteger tip, final BigInteger cap) {
    return new TxBuilder(legacy, chainId, nonce, tip, cap, gasLimit, to, value, data, accessList);
  }

  TxBuilder withGasLimit(final long limit) {
    return new TxBuilder(legacy, chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, BigInteger.valueOf(limit), to, value, data, accessList);
  }

  TxBuilder withTo(final byte[] recipient) {
    return new TxBuilder(legacy, chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, recipient, value, data, accessList);
  }

  TxBuilder withData(final byte[] d) {
    return new TxBuilder(legacy, chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, d, accessList);
  }

  TxBuilder withAccessList(final List<RlpType> list) {
    return new TxBuilder(legacy, chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, data, list);
  }

  /** The first fields of the list, those every signature covers. */
  private List<RlpType> fields() {
    final List<RlpType> f = new ArrayList<>();
    if (!legacy) {
      f.add(RlpString.create(chainId));
    }
    f.add(RlpString.create(nonce));
    if (!legacy) {
      f.add(RlpString.create(maxPriorityFeePerGas));
    }
    f.add(RlpString.create(maxFeePerGas));
    f.add(RlpString.create(gasLimit));
    f.add(RlpString.create(to == null ? new byte[0] : to));
    f.add(RlpString.create(value));
    f.add(RlpString.create(data));
    if (!legacy) {
      f.add(new RlpList(accessList));
    }
    return f;
  }

  /** The standard signing hash (EIP-1559, EIP-155, or pre-155 legacy when chainId is null). */
  byte[] signingHash() {
    final List<RlpType> f = fields();
    if (legacy && chainId != null) {
      f.add(RlpString.create(chainId));
      f.add(RlpString.create(BigInteger.ZERO));
      f.add(RlpString.create(BigInteger.ZERO));
    }
    return Keccak.hash(typed(RlpEncoder.encode(new RlpList(f))));
  }

  /** Signs with web3j (always low s); legacy v is 35 + 2·chainId + parity, or 27 + parity without EIP-155. */
  Signature sign(final ECKeyPair key) {
    final Sign.SignatureData sig = Sign.signMessage(signingHash(), key, false);
    final BigInteger parity = BigInteger.valueOf(sig.getV()[0] - 27);
    final BigInteger v = !legacy ? parity
        : chainId == null ? parity.add(BigInteger.valueOf(27))
        : chainId.shiftLeft(1).add(BigInteger.valueOf(35)).add(parity);
    return new Signature(v, new BigInteger(1, sig.getR()), new BigInteger(1, sig.getS()));
  }

  /** The body with a given signature, possibly tampered with. */
  byte[] encode(final Signature sig) {
    return encode(sig, fields -> fields);
  }

  /** The body with a given signature, after {@code edit} changed the signed fields' encoding. */
  byte[] encode(final Signature sig, final UnaryOperator<List<RlpType>> edit) {
    final List<RlpType> f = edit.apply(fields());
    f.add(RlpString.create(sig.v()));
    f.add(RlpString.create(sig.r()));
    f.add(RlpString.create(sig.s()));
    return typed(RlpEncoder.encode(new RlpList(f)));
  }

  byte[] signed(final ECKeyPair key) {
    return encode(sign(key));
  }

  private byte[] typed(final byte[] rlp) {
    if (legacy) {
      return rlp;
    }
    final byte[] out = new byte[rlp.length + 1];
    out[0] = 0x02;
    System.arraycopy(rlp, 0, out, 1, rlp.length);
    return out;
  }
}
