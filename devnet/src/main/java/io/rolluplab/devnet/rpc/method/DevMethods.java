package io.rolluplab.devnet.rpc.method;

import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.rpc.HexCodec;
import io.rolluplab.devnet.rpc.Param;
import io.rolluplab.devnet.rpc.Params;
import io.rolluplab.devnet.rpc.RpcException;
import io.rolluplab.devnet.rpc.RpcMethods;

/**
 * The test controls Hardhat and anvil offer under these names, so existing scripts work: mine a
 * block, move time, snapshot and revert the chain, switch automine. Numbers may come as hex
 * quantities or plain JSON numbers, as tools send either.
 */
public final class DevMethods {
  public static final String MINE = "evm_mine";
  public static final String INCREASE_TIME = "evm_increaseTime";
  public static final String SET_NEXT_BLOCK_TIMESTAMP = "evm_setNextBlockTimestamp";
  public static final String SNAPSHOT = "evm_snapshot";
  public static final String REVERT = "evm_revert";
  public static final String SET_AUTOMINE = "evm_setAutomine";

  private final Devnet devnet;

  public DevMethods(final Devnet devnet) {
    this.devnet = devnet;
  }

  public void addTo(final RpcMethods methods) {
    methods.add(MINE, 1, this::mine)
        // Hardhat answers with the total offset in decimal, an exception among RPC quantities
        .add(INCREASE_TIME, 1, p -> Long.toString(devnet.increaseTime(p.get(0, "seconds").asLongOrNumber())))
        .add(SET_NEXT_BLOCK_TIMESTAMP, 1, p -> {
          setNextBlockTimestamp(p.get(0, "timestamp"));
          return null;
        })
        .add(SNAPSHOT, 0, p -> HexCodec.quantity(devnet.snapshot()))
        .add(REVERT, 1, p -> devnet.revert(snapshotId(p.get(0, "snapshot id"))))
        .add(SET_AUTOMINE, 1, p -> {
          devnet.setAutomine(p.get(0, "enabled").asBoolean());
          return true;
        });
  }

  /** Seals a block now, optionally at the given timestamp. */
  private Object mine(final Params p) throws RpcException {
    final Param timestamp = p.get(0, "timestamp");
    if (!timestamp.isMissing()) {
      setNextBlockTimestamp(timestamp);
    }
    devnet.mine();
    return "0x0";
  }

  private void setNextBlockTimestamp(final Param timestamp) throws RpcException {
    try {
      devnet.setNextBlockTimestamp(timestamp.asLongOrNumber());
    } catch (IllegalArgumentException e) {
      throw RpcException.invalidParams("invalid params: " + e.getMessage());
    }
  }

  private static int snapshotId(final Param id) throws RpcException {
    final long value = id.asLongOrNumber();
    return value > Integer.MAX_VALUE ? -1 : (int) value;
  }
}
