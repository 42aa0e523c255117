package io.rolluplab.rollup.rpc;

import io.rolluplab.devnet.rpc.HexCodec;
import io.rolluplab.devnet.rpc.Params;
import io.rolluplab.devnet.rpc.RpcException;
import io.rolluplab.devnet.rpc.RpcMethods;
import io.rolluplab.rollup.sequencer.L2Block;
import io.rolluplab.rollup.sequencer.SequencerQueries;
import io.rolluplab.rollup.state.Bytes32;

/** Which chain this is, its blocks, and the rollup's own status. */
final class L2ChainMethods {
  static final String GET_STATUS = "rollup_getStatus";

  private final SequencerQueries sequencer;

  L2ChainMethods(final SequencerQueries sequencer) {
    this.sequencer = sequencer;
  }

  void addTo(final RpcMethods methods) {
    methods.add("eth_chainId", 0, p -> HexCodec.quantity(sequencer.l2ChainId()))
        // net_version is the chain id in decimal, a leftover of the network id
        .add("net_version", 0, p -> Long.toString(sequencer.l2ChainId()))
        .add("eth_blockNumber", 0, p -> HexCodec.quantity(sequencer.head().number()))
        .add("eth_getBlockByNumber", 2, p -> block(p, L2Blocks.find(sequencer, p.get(0, "block").asBlockTag())
            .orElse(null)))
        .add("eth_getBlockByHash", 2, p -> block(p, sequencer.block(Bytes32.wrap(p.get(0, "block hash").asHash()))
            .orElse(null)))
        .add(GET_STATUS, 0, p -> status());
  }

  private static RpcL2Block block(final Params p, final L2Block block) throws RpcException {
    final boolean full = p.get(1, "full transactions").asBoolean();
    return block == null ? null : RpcL2Block.of(block, full);
  }

  /** What the UI's header shows: the head, what waits, and whether the sequencer runs. */
  record Status(String head, String headHash, String stateRoot, int pendingTransactions, int waitingDeposits,
      String sequencer, boolean throttled, String l1FeePerByte) {}

  private Status status() {
    final L2Block head = sequencer.head();
    return new Status(HexCodec.quantity(head.number()), head.hash().toHex(), head.stateRoot().toHex(),
        sequencer.pendingCount(), sequencer.waitingDeposits(), sequencer.state().name(), sequencer.throttled(),
        HexCodec.quantity(sequencer.l1FeePerByte()));
  }
}
