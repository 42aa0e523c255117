package io.rolluplab.devnet.rpc;

import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.chain.Devnet;
import java.math.BigInteger;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;

/**
 * {@code eth_sendTransaction}: the node signs for the sender, as Hardhat and anvil do for their
 * test accounts. Only the ten {@link DevAccounts} can be signed for; their keys are public, which
 * is exactly why a node may hold them.
 *
 * <p>Missing fields are filled as a wallet would: the sender's next nonce (counting pending
 * transactions), an estimated gas limit, and EIP-1559 fees of a {@value #DEFAULT_TIP_GWEI} gwei tip
 * and a fee cap of twice the next base fee plus the tip, so the transaction survives a few rising
 * base fees. With a {@code gasPrice} it is sent as a legacy transaction instead.
 */
public final class DevAccountSigner {
  static final long DEFAULT_TIP_GWEI = 1;
  public static final BigInteger DEFAULT_TIP = BigInteger.valueOf(DEFAULT_TIP_GWEI * 1_000_000_000L);

  private final Devnet devnet;
  private final GasEstimator estimator;

  public DevAccountSigner(final Devnet devnet, final GasEstimator estimator) {
    this.devnet = devnet;
    this.estimator = estimator;
  }

  /**
   * Fills in, signs and encodes {@code request}.
   *
   * @return the signed raw transaction, ready for {@link Devnet#submit}
   * @throws RpcException if the sender is no dev account, or gas estimation fails
   */
  public byte[] sign(final TransactionRequest request) throws RpcException {
    if (request.from() == null) {
      throw RpcException.invalidParams("invalid params: eth_sendTransaction needs \"from\", one of the dev accounts "
          + "(see eth_accounts)");
    }
    final DevAccount account = DevAccounts.all().stream()
        .filter(a -> a.address().equals(request.from()))
        .findFirst()
        .orElseThrow(() -> RpcException.server("unknown account " + request.from() + ": eth_sendTransaction signs "
            + "only for the 10 dev accounts (see eth_accounts); sign the transaction yourself and use "
            + "eth_sendRawTransaction"));
    final BigInteger nonce = BigInteger.valueOf(
        request.nonce() != null ? request.nonce() : devnet.pendingNonce(account.address()));
    final BigInteger gas = BigInteger.valueOf(
        request.gas() != null ? request.gas() : estimator.estimate(request, devnet.latestBlock().number()));
    final String to = request.to() == null ? "" : request.to().toHex();
    final BigInteger value = request.value() == null ? BigInteger.ZERO : request.value();
    final String data = HexCodec.data(request.input() == null ? new byte[0] : request.input());
    if (request.gasPrice() != null) {
      final RawTransaction legacy = RawTransaction.createTransaction(nonce, request.gasPrice(), gas, to, value, data);
      return TransactionEncoder.signMessage(legacy, devnet.chainId(), account.credentials());
    }
    final BigInteger tip = request.maxPriorityFeePerGas() != null
        ? request.maxPriorityFeePerGas()
        : request.maxFeePerGas() != null ? DEFAULT_TIP.min(request.maxFeePerGas()) : DEFAULT_TIP;
    final BigInteger feeCap = request.maxFeePerGas() != null
        ? request.maxFeePerGas()
        : devnet.nextBaseFee().shiftLeft(1).add(tip);
    final RawTransaction dynamicFee =
        RawTransaction.createTransaction(devnet.chainId(), nonce, gas, to, value, data, tip, feeCap);
    return TransactionEncoder.signMessage(dynamicFee, account.credentials());
  }
}
