package io.rolluplab.rollup.l1;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.tx.Transaction;
import io.rolluplab.devnet.tx.TransactionType;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.l2tx.L2Signer;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.util.List;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.utils.Numeric;

/**
 * How both clients complete and sign an operator's transaction, so that they bid and sign alike:
 * an EIP-1559 transaction with a tip over the next block's base fee and some headroom everywhere
 * the chain may move between asking and mining.
 */
final class OperatorSigning {
  /** The tip when the node suggests none: 1 gwei, what the devnet and geth suggest. */
  static final BigInteger DEFAULT_TIP = BigInteger.valueOf(1_000_000_000L);

  private OperatorSigning() {}

  /**
   * The gas limit for an estimate: a quarter more, because the estimate ran on the latest state
   * and other transactions (another role's, a user's) may land first and change what it costs.
   * Unused gas is refunded, so headroom costs nothing but block space.
   */
  static long withHeadroom(final long estimate) {
    return estimate + estimate / 4;
  }

  /**
   * Signs {@code tx} as an EIP-1559 transaction whose fee cap is twice the next base fee plus the
   * tip: the base fee rises at most 12.5 % per block, so the cap still holds after about six full
   * blocks, and the sender pays only the base fee actually charged plus the tip. Signed by
   * {@link L2Signer}: the bytes web3j's signer gives, without the public-key recoveries it runs to
   * find v.
   */
  static byte[] sign(final long chainId, final long nonce, final long gasLimit, final BigInteger tip,
      final BigInteger nextBaseFee, final L1Transaction tx, final Credentials key) {
    final RawTransaction raw = RawTransaction.createTransaction(chainId, BigInteger.valueOf(nonce),
        BigInteger.valueOf(gasLimit), tx.to() == null ? "" : tx.to().toHex(), tx.value(),
        Numeric.toHexString(tx.data()), tip, feeCap(tip, nextBaseFee));
    return L2Signer.sign(raw, chainId, key.getEcKeyPair());
  }

  /**
   * {@link #sign}, with the signed bytes' fields as the devnet executes them: the signer knows
   * them all, sender included, so the devnet it hands them to in-process need not decode the bytes
   * nor recover the sender from the signature ({@link io.rolluplab.devnet.chain.Devnet#submitDecoded}).
   */
  static Transaction signDecoded(final long chainId, final long nonce, final long gasLimit, final BigInteger tip,
      final BigInteger nextBaseFee, final L1Transaction tx, final Credentials key) {
    final byte[] signed = sign(chainId, nonce, gasLimit, tip, nextBaseFee, tx, key);
    return new Transaction(TransactionType.EIP1559, chainId, BigInteger.valueOf(nonce), tip, feeCap(tip, nextBaseFee),
        BigInteger.valueOf(gasLimit), tx.to(), tx.value(), tx.data(), List.of(), sender(key), signed,
        Keccak.hash(signed));
  }

  private static BigInteger feeCap(final BigInteger tip, final BigInteger nextBaseFee) {
    return nextBaseFee.shiftLeft(1).add(tip);
  }

  /** A signed transaction's hash, its id on every node: the same bytes are the same transaction. */
  static Bytes32 hash(final byte[] signedTransaction) {
    return Bytes32.wrap(Keccak.hash(signedTransaction));
  }

  static Address sender(final Credentials key) {
    return Address.fromHex(key.getAddress());
  }

  /** How a mined transaction is named in messages. */
  static String describe(final Bytes32 hash, final L1Transaction tx) {
    return "L1 transaction " + hash.toHex() + " (" + tx.target() + ")";
  }
}
