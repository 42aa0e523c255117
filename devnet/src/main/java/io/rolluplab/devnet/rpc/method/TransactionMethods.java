package io.rolluplab.devnet.rpc.method;

import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.rpc.DevAccountSigner;
import io.rolluplab.devnet.rpc.HexCodec;
import io.rolluplab.devnet.rpc.Params;
import io.rolluplab.devnet.rpc.RpcException;
import io.rolluplab.devnet.rpc.RpcMethods;
import io.rolluplab.devnet.rpc.TransactionErrors;
import io.rolluplab.devnet.rpc.TransactionRequest;
import io.rolluplab.devnet.rpc.view.RpcReceipt;
import io.rolluplab.devnet.rpc.view.RpcTransaction;
import io.rolluplab.devnet.tx.InvalidTransactionException;
import java.util.Arrays;

/**
 * Sending transactions and looking them up. A rejected transaction is a -32000 error with geth's
 * wording (see {@link TransactionErrors}); an unknown hash is {@code null}.
 */
public final class TransactionMethods {
  public static final String SEND_RAW_TRANSACTION = "eth_sendRawTransaction";
  public static final String SEND_TRANSACTION = "eth_sendTransaction";
  public static final String GET_TRANSACTION_BY_HASH = "eth_getTransactionByHash";
  public static final String GET_TRANSACTION_RECEIPT = "eth_getTransactionReceipt";

  private final Devnet devnet;
  private final DevAccountSigner signer;

  public TransactionMethods(final Devnet devnet, final DevAccountSigner signer) {
    this.devnet = devnet;
    this.signer = signer;
  }

  public void addTo(final RpcMethods methods) {
    methods.add(SEND_RAW_TRANSACTION, 1, p -> submit(p.get(0, "signed transaction").asData()))
        .add(SEND_TRANSACTION, 1, p -> submit(signer.sign(TransactionRequest.parse(p.get(0, "transaction")))))
        .add(GET_TRANSACTION_BY_HASH, 1, this::getTransactionByHash)
        .add(GET_TRANSACTION_RECEIPT, 1,
            p -> devnet.transaction(hash(p)).map(RpcReceipt::of).orElse(null));
  }

  private String submit(final byte[] raw) throws RpcException {
    try {
      return HexCodec.data(devnet.submit(raw));
    } catch (InvalidTransactionException e) {
      throw TransactionErrors.rejected(e);
    }
  }

  /** A mined transaction, else a pending one (without block fields), else null. */
  private Object getTransactionByHash(final Params p) throws RpcException {
    final byte[] hash = hash(p);
    return devnet.transaction(hash)
        .map(t -> RpcTransaction.mined(t.transaction(), t.block(), t.index()))
        .or(() -> devnet.pendingTransactions().stream()
            .filter(tx -> Arrays.equals(tx.hash(), hash))
            .findFirst()
            .map(RpcTransaction::pending))
        .orElse(null);
  }

  private static byte[] hash(final Params p) throws RpcException {
    return p.get(0, "transaction hash").asHash();
  }
}
