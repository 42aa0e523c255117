package io.rolluplab.rollup.rpc;

import io.rolluplab.devnet.rpc.HexCodec;
import io.rolluplab.devnet.rpc.Param;
import io.rolluplab.devnet.rpc.Params;
import io.rolluplab.devnet.rpc.RpcException;
import io.rolluplab.devnet.rpc.RpcMethods;
import io.rolluplab.devnet.rpc.TransactionErrors;
import io.rolluplab.rollup.execution.Fee;
import io.rolluplab.rollup.sequencer.RejectReason;
import io.rolluplab.rollup.sequencer.SequencerDriver;
import io.rolluplab.rollup.sequencer.TransactionLookup;
import io.rolluplab.rollup.sequencer.TransactionRejectedException;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.store.BatchTable;
import io.rolluplab.rollup.store.L2TransactionTable;
import io.rolluplab.rollup.store.RollupStore;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Sending a signed transfer and following it: by hash, then by receipt once sealed. */
final class L2TransactionMethods {
  /**
   * geth's words for each reason, which wallets and libraries match on, then the sequencer's own
   * message (the rule and what to do).
   */
  private static final Map<RejectReason, String> GETH_PREFIX = Map.ofEntries(
      Map.entry(RejectReason.MALFORMED, TransactionErrors.INVALID_TRANSACTION),
      Map.entry(RejectReason.WRONG_CHAIN_ID, TransactionErrors.INVALID_CHAIN_ID),
      Map.entry(RejectReason.BAD_SIGNATURE, TransactionErrors.INVALID_SENDER),
      Map.entry(RejectReason.GAS_LIMIT_TOO_LOW, TransactionErrors.INTRINSIC_GAS_TOO_LOW),
      Map.entry(RejectReason.NONCE_TOO_LOW, TransactionErrors.NONCE_TOO_LOW),
      Map.entry(RejectReason.NONCE_TOO_FAR_AHEAD, TransactionErrors.NONCE_TOO_HIGH),
      Map.entry(RejectReason.FEE_CAP_TOO_LOW, TransactionErrors.FEE_CAP_TOO_LOW),
      Map.entry(RejectReason.INSUFFICIENT_BALANCE, TransactionErrors.INSUFFICIENT_FUNDS),
      Map.entry(RejectReason.NONCE_ALREADY_PENDING, "replacement transaction underpriced"),
      Map.entry(RejectReason.ALREADY_KNOWN, "already known"),
      Map.entry(RejectReason.POOL_FULL, "txpool is full"),
      Map.entry(RejectReason.NOT_ACCEPTING, "sequencer stopped"));

  /** A batch's statuses once its data is on L1: optimistic, then zk (a withheld batch's is not). */
  private static final Set<String> ON_L1 = Set.of("posted", "proposed", "final", "rolled-back",
      "proving", "proven", "executed");

  private final SequencerDriver sequencer;
  private final RollupStore store;

  L2TransactionMethods(final SequencerDriver sequencer, final RollupStore store) {
    this.sequencer = sequencer;
    this.store = store;
  }

  void addTo(final RpcMethods methods) {
    methods.add("eth_sendRawTransaction", 1, this::send)
        .add("eth_getTransactionByHash", 1, p -> find(p).map(RpcL2Transaction::of).orElse(null))
        .add("eth_getTransactionReceipt", 1, p -> find(p).filter(t -> !t.isPending()).map(this::receipt).orElse(null))
        .add("eth_estimateGas", 3, L2TransactionMethods::estimateGas);
  }

  private Object send(final Params p) throws RpcException {
    try {
      return sequencer.submit(p.get(0, "signed transaction").asData()).toHex();
    } catch (TransactionRejectedException e) {
      throw TransactionErrors.rejected(GETH_PREFIX.get(e.reason()), e.getMessage());
    }
  }

  private RpcL2Receipt receipt(final TransactionLookup found) {
    final BatchTable.Row batch = store.l2Transactions().get(found.hash()).map(L2TransactionTable.Row::batchIndex)
        .flatMap(store.batches()::get).filter(b -> ON_L1.contains(b.status())).orElse(null);
    return RpcL2Receipt.of(found, batch);
  }

  private Optional<TransactionLookup> find(final Params p) throws RpcException {
    return sequencer.transaction(Bytes32.wrap(p.get(0, "transaction hash").asHash()));
  }

  /** Every transfer costs 21000 gas; anything else cannot run on this L2 at all. */
  private static Object estimateGas(final Params p) throws RpcException {
    final Param call = p.get(0, "call");
    if (call.field("to").isMissing()) {
      throw RpcException.server("this L2 has no contracts, so nothing can be deployed: send a transfer with a "
          + "recipient (\"to\")");
    }
    call.field("to").asAddress();
    final Param data = call.field("data").isMissing() ? call.field("input") : call.field("data");
    if (!data.isMissing() && data.asData().length > 0) {
      throw RpcException.server("this L2 only moves value: a transaction carries no data, so leave \"data\" empty");
    }
    return HexCodec.quantity(Fee.TRANSFER_GAS);
  }
}
