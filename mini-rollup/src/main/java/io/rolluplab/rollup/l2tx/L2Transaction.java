package io.rolluplab.rollup.l2tx;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.evm.precompile.EcRecover;
import io.rolluplab.devnet.types.Address;
import java.math.BigInteger;
import java.util.Optional;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.Sign;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.utils.Numeric;

/**
 * A signed L2 transaction, decoded strictly (L2-RULES.md §3, rules 1 and 3). It is an ordinary
 * Ethereum transaction, so any wallet can sign it: EIP-1559 ({@code 0x02 ‖ rlp([chainId, nonce,
 * maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, data, accessList, yParity, r, s])}) or
 * legacy with EIP-155 ({@code rlp([nonce, gasPrice, gasLimit, to, value, data, v, r, s])}).
 *
 * <p>For a legacy transaction both fee fields hold its gas price. {@code chainId} is null when a
 * legacy signature has no EIP-155 chain id ({@code v < 35}); rule 2 then rejects it.
 *
 * @param yParity 0 or 1 for a good signature; anything else fails rule 3
 */
public record L2Transaction(
    boolean legacy,
    BigInteger chainId,
    BigInteger nonce,
    BigInteger maxPriorityFeePerGas,
    BigInteger maxFeePerGas,
    BigInteger gasLimit,
    Address to,
    BigInteger value,
    BigInteger yParity,
    BigInteger r,
    BigInteger s) {

  /** secp256k1n / 2: EIP-2 rejects a higher s, so no signature can be flipped into a second one. */
  public static final BigInteger MAX_S = Sign.CURVE_PARAMS.getN().shiftRight(1);

  private static final BigInteger EIP155_V_BASE = BigInteger.valueOf(35);
  /**
   * Enough for the transactions of about 160 full batches: the derivations check a transaction soon
   * after the sequencer did, a few batches later. About 280 bytes an answer: 4.6 MB (65,536 answers
   * took 18 MB; with 16,384 the node's thread still spent 285 µs per transfer over 100,000).
   */
  private static final RecoveryMemo RECOVERED = new RecoveryMemo(1 << 14);
  private static final BigInteger TWO = BigInteger.TWO;

  /**
   * Decodes a transaction body. Well formed means: type 2 or legacy, canonical RLP with nothing
   * after it, empty data, an empty access list and a 20-byte {@code to}.
   *
   * @throws MalformedTransactionException otherwise (rule 1)
   */
  public static L2Transaction decode(final byte[] body) throws MalformedTransactionException {
    if (body.length == 0) {
      throw new MalformedTransactionException("empty");
    }
    if (body[0] == 0x02) {
      return decode1559(body);
    }
    if ((body[0] & 0xff) >= 0xc0) {
      return decodeLegacy(body);
    }
    throw new MalformedTransactionException(String.format("unknown transaction type 0x%02x", body[0] & 0xff));
  }

  private static L2Transaction decode1559(final byte[] body) throws MalformedTransactionException {
    final RlpReader rlp = new RlpReader(body, 1);
    final int end = rlp.enterList();
    final BigInteger chainId = rlp.readUint("chainId");
    final BigInteger nonce = rlp.readUint("nonce");
    final BigInteger maxPriorityFee = rlp.readUint("maxPriorityFeePerGas");
    final BigInteger maxFee = rlp.readUint("maxFeePerGas");
    final BigInteger gasLimit = rlp.readUint("gasLimit");
    final Address to = rlp.readAddress("to");
    final BigInteger value = rlp.readUint("value");
    rlp.readEmpty("data", false);
    rlp.readEmpty("accessList", true);
    final BigInteger yParity = rlp.readUint("yParity");
    final BigInteger r = rlp.readUint("r");
    final BigInteger s = rlp.readUint("s");
    requireEnd(rlp, end, body);
    return new L2Transaction(false, chainId, nonce, maxPriorityFee, maxFee, gasLimit, to, value, yParity, r, s);
  }

  private static L2Transaction decodeLegacy(final byte[] body) throws MalformedTransactionException {
    final RlpReader rlp = new RlpReader(body, 0);
    final int end = rlp.enterList();
    final BigInteger nonce = rlp.readUint("nonce");
    final BigInteger gasPrice = rlp.readUint("gasPrice");
    final BigInteger gasLimit = rlp.readUint("gasLimit");
    final Address to = rlp.readAddress("to");
    final BigInteger value = rlp.readUint("value");
    rlp.readEmpty("data", false);
    final BigInteger v = rlp.readUint("v");
    final BigInteger r = rlp.readUint("r");
    final BigInteger s = rlp.readUint("s");
    requireEnd(rlp, end, body);
    // EIP-155: v = 35 + 2·chainId + yParity; a smaller v (27, 28) carries no chain id
    final boolean eip155 = v.compareTo(EIP155_V_BASE) >= 0;
    final BigInteger chainId = eip155 ? v.subtract(EIP155_V_BASE).divide(TWO) : null;
    final BigInteger yParity = eip155 ? v.subtract(EIP155_V_BASE).mod(TWO) : BigInteger.ZERO;
    return new L2Transaction(true, chainId, nonce, gasPrice, gasPrice, gasLimit, to, value, yParity, r, s);
  }

  private static void requireEnd(final RlpReader rlp, final int end, final byte[] body)
      throws MalformedTransactionException {
    if (rlp.position() != end || end != body.length) {
      throw new MalformedTransactionException("the list's length does not match its items or the body's end");
    }
  }

  /**
   * The hash the sender signed, the standard one (encoded by web3j, independently of the reader
   * above): {@code H(0x02 ‖ rlp(first nine fields))}, legacy {@code H(rlp([nonce, gasPrice,
   * gasLimit, to, value, "", chainId, 0, 0]))}. Only for a transaction with this L2's chain id
   * (rule 2 comes first), so the chain id fits a long.
   */
  public byte[] signingHash() {
    final long id = chainId.longValueExact();
    final String toHex = to.toHex();
    final RawTransaction unsigned = legacy
        ? RawTransaction.createEtherTransaction(nonce, maxFeePerGas, gasLimit, toHex, value)
        : RawTransaction.createTransaction(id, nonce, gasLimit, toHex, value, "", maxPriorityFeePerGas, maxFeePerGas);
    return Keccak.hash(legacy ? TransactionEncoder.encode(unsigned, id) : TransactionEncoder.encode(unsigned));
  }

  /**
   * The signed bytes of an EIP-1559 transaction, as a wallet sends them: what a compact transfer
   * ({@link CompactTransfer}) stands for, and whose hash is its transaction hash.
   */
  public byte[] encode1559() {
    if (legacy) {
      throw new IllegalStateException("a legacy transaction keeps the bytes it was signed as");
    }
    final byte[] list = RlpEncoder.encode(new RlpList(RlpString.create(chainId), RlpString.create(nonce),
        RlpString.create(maxPriorityFeePerGas), RlpString.create(maxFeePerGas), RlpString.create(gasLimit),
        RlpString.create(to.toArray()), RlpString.create(value), RlpString.create(new byte[0]), new RlpList(),
        RlpString.create(yParity), RlpString.create(r), RlpString.create(s)));
    final byte[] typed = new byte[list.length + 1];
    typed[0] = 0x02;
    System.arraycopy(list, 0, typed, 1, list.length);
    return typed;
  }

  /**
   * The sender (rule 3), empty if the signature is bad: s above secp256k1n/2 (EIP-2), a y parity
   * other than 0 or 1, or no signer found by the same ecrecover precompile L1 runs, so both sides
   * accept exactly the same signatures. The answer is memoized ({@link RecoveryMemo}): checking the
   * same signature again costs a hash, not a recovery.
   */
  public Optional<Address> recoverSender() {
    if (s.compareTo(MAX_S) > 0 || yParity.compareTo(BigInteger.ONE) > 0) {
      return Optional.empty();
    }
    final byte[] input = new byte[128];
    System.arraycopy(signingHash(), 0, input, 0, 32);
    System.arraycopy(word(yParity.add(BigInteger.valueOf(27))), 0, input, 32, 32);
    System.arraycopy(word(r), 0, input, 64, 32);
    System.arraycopy(word(s), 0, input, 96, 32);
    return RECOVERED.recover(input, L2Transaction::ecrecover);
  }

  private static Optional<Address> ecrecover(final byte[] input) {
    final byte[] signer = new EcRecover().run(input).output();
    return signer.length == 0 ? Optional.empty() : Optional.of(Address.fromWordBytes(signer));
  }

  private static byte[] word(final BigInteger value) {
    return Numeric.toBytesPadded(value, 32);
  }
}
