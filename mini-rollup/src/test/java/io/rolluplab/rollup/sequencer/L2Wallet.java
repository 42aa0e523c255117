package io.rolluplab.rollup.sequencer;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.l2tx.CompactTransfer;
import io.rolluplab.rollup.l2tx.L2Signer;
import java.math.BigInteger;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.Sign;
import org.web3j.crypto.TransactionEncoder;

/**
 * A test wallet: signs L2 transfers with {@link L2Signer}, which gives the same bytes as web3j's
 * {@link TransactionEncoder} (a test checks it) in a third of the time, and shares no code with the
 * checks under test.
 */
public record L2Wallet(Credentials credentials, long chainId) {
  public static final BigInteger GWEI = BigInteger.TEN.pow(9);
  public static final BigInteger ETHER = BigInteger.TEN.pow(18);
  public static final BigInteger GAS = BigInteger.valueOf(21_000);

  public static L2Wallet of(final int seed, final long chainId) {
    return new L2Wallet(Credentials.create(ECKeyPair.create(BigInteger.valueOf(1_000 + seed))), chainId);
  }

  public Address address() {
    return Address.fromHex(credentials.getAddress());
  }

  /** An EIP-1559 transfer paying {@code tipGwei} above the 1 gwei base fee (fee cap: 10 gwei). */
  public byte[] transfer(final long nonce, final Address to, final BigInteger value, final long tipGwei) {
    return sign(RawTransaction.createTransaction(chainId, BigInteger.valueOf(nonce), GAS, to.toHex(), value, "",
        GWEI.multiply(BigInteger.valueOf(tipGwei)), GWEI.multiply(BigInteger.TEN)));
  }

  public byte[] transfer(final long nonce, final Address to, final BigInteger value) {
    return transfer(nonce, to, value, 1);
  }

  /** A standard transfer (the standard tip and fee cap), which a batch carries in compact form. */
  public byte[] standardTransfer(final long nonce, final Address to, final BigInteger value) {
    return sign(RawTransaction.createTransaction(chainId, BigInteger.valueOf(nonce), GAS, to.toHex(), value, "",
        CompactTransfer.STANDARD_TIP, CompactTransfer.STANDARD_MAX_FEE));
  }

  public byte[] sign(final RawTransaction raw) {
    return L2Signer.sign(raw, chainId, credentials.getEcKeyPair());
  }

  /** A legacy EIP-155 transfer whose signature has a high s (EIP-2 forbids it). */
  public byte[] withHighS(final long nonce, final Address to) {
    final RawTransaction raw = RawTransaction.createEtherTransaction(BigInteger.valueOf(nonce), GWEI, GAS, to.toHex(),
        BigInteger.ONE);
    final Sign.SignatureData sig = Sign.signMessage(TransactionEncoder.encode(raw, chainId), credentials.getEcKeyPair());
    final BigInteger flippedParity = BigInteger.valueOf(1 - (sig.getV()[0] - 27));
    final BigInteger v = BigInteger.valueOf(chainId).shiftLeft(1).add(BigInteger.valueOf(35)).add(flippedParity);
    final BigInteger highS = Sign.CURVE_PARAMS.getN().subtract(new BigInteger(1, sig.getS()));
    return TransactionEncoder.encode(raw, new Sign.SignatureData(v.toByteArray(), sig.getR(), highS.toByteArray()));
  }
}
