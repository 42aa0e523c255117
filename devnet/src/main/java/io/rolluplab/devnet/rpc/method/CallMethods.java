package io.rolluplab.devnet.rpc.method;

import io.rolluplab.devnet.chain.StateUnavailableException;
import io.rolluplab.devnet.evm.trace.Tracer;
import io.rolluplab.devnet.rpc.ChainQueries;
import io.rolluplab.devnet.rpc.GasEstimator;
import io.rolluplab.devnet.rpc.HexCodec;
import io.rolluplab.devnet.rpc.Params;
import io.rolluplab.devnet.rpc.RpcException;
import io.rolluplab.devnet.rpc.RpcMethods;
import io.rolluplab.devnet.rpc.TransactionErrors;
import io.rolluplab.devnet.rpc.TransactionRequest;
import io.rolluplab.devnet.tx.InvalidTransactionException;
import io.rolluplab.devnet.tx.TransactionResult;

/**
 * Running code without a transaction: {@code eth_call} returns what it returned, {@code
 * eth_estimateGas} how much gas it needs. A revert is error code 3 with the revert data, so clients
 * decode reason strings and custom errors.
 */
public final class CallMethods {
  public static final String CALL = "eth_call";
  public static final String ESTIMATE_GAS = "eth_estimateGas";

  private final ChainQueries queries;
  private final GasEstimator estimator;

  public CallMethods(final ChainQueries queries, final GasEstimator estimator) {
    this.queries = queries;
    this.estimator = estimator;
  }

  public void addTo(final RpcMethods methods) {
    methods.add(CALL, 3, this::call)
        .add(ESTIMATE_GAS, 3, p -> HexCodec.quantity(estimator.estimate(request(p), block(p))));
  }

  private Object call(final Params p) throws RpcException {
    final TransactionResult result;
    try {
      result = queries.devnet().call(request(p).toCall(), block(p), Tracer.NONE);
    } catch (InvalidTransactionException e) {
      throw TransactionErrors.rejected(e);
    } catch (StateUnavailableException e) {
      throw RpcException.server(e.getMessage());
    }
    if (result.success()) {
      return HexCodec.data(result.output());
    }
    if (result.reverted()) {
      throw RpcException.reverted(result.output());
    }
    throw RpcException.server(result.error());
  }

  private static TransactionRequest request(final Params p) throws RpcException {
    return TransactionRequest.parse(p.get(0, "transaction"));
  }

  private long block(final Params p) throws RpcException {
    return queries.stateBlockNumber(p.get(1, "block").asBlockTagOrLatest());
  }
}
