package io.rolluplab.devnet.rpc;

/**
 * One JSON-RPC method: reads its params and returns the result, which Jackson writes as JSON
 * (strings, booleans, lists, maps, records, or null).
 */
@FunctionalInterface
public interface RpcMethod {
  Object call(Params params) throws RpcException;
}
