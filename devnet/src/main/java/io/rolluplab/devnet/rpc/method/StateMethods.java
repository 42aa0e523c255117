package io.rolluplab.devnet.rpc.method;

import io.rolluplab.devnet.rpc.BlockTag;
import io.rolluplab.devnet.rpc.ChainQueries;
import io.rolluplab.devnet.rpc.HexCodec;
import io.rolluplab.devnet.rpc.Params;
import io.rolluplab.devnet.rpc.RpcException;
import io.rolluplab.devnet.rpc.RpcMethods;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.UInt256;

/** Reads of one account at a block: balance, code, a storage slot, the nonce. */
public final class StateMethods {
  public static final String GET_BALANCE = "eth_getBalance";
  public static final String GET_CODE = "eth_getCode";
  public static final String GET_STORAGE_AT = "eth_getStorageAt";
  public static final String GET_TRANSACTION_COUNT = "eth_getTransactionCount";

  private final ChainQueries queries;

  public StateMethods(final ChainQueries queries) {
    this.queries = queries;
  }

  public void addTo(final RpcMethods methods) {
    methods.add(GET_BALANCE, 2, p -> HexCodec.quantity(queries.state(block(p, 1)).getBalance(address(p))))
        .add(GET_CODE, 2, p -> HexCodec.data(queries.state(block(p, 1)).getCode(address(p))))
        .add(GET_STORAGE_AT, 3, this::getStorageAt)
        .add(GET_TRANSACTION_COUNT, 2, this::getTransactionCount);
  }

  private Object getStorageAt(final Params p) throws RpcException {
    final UInt256 slot = UInt256.fromBigInteger(p.get(1, "storage slot").asQuantity());
    return queries.state(block(p, 2)).getStorage(address(p), slot).toHex();
  }

  /** With "pending", the nonce counts the sender's transactions waiting in the pool. */
  private Object getTransactionCount(final Params p) throws RpcException {
    final Address address = address(p);
    final BlockTag tag = block(p, 1);
    final long nonce = tag.kind() == BlockTag.Kind.PENDING
        ? queries.devnet().pendingNonce(address)
        : queries.state(tag).getNonce(address);
    return HexCodec.quantity(nonce);
  }

  private static Address address(final Params p) throws RpcException {
    return p.get(0, "address").asAddress();
  }

  private static BlockTag block(final Params p, final int index) throws RpcException {
    return p.get(index, "block").asBlockTagOrLatest();
  }
}
