package io.rolluplab.rollup.rpc;

import io.rolluplab.devnet.rpc.HexCodec;
import io.rolluplab.devnet.rpc.Params;
import io.rolluplab.devnet.rpc.RpcException;
import io.rolluplab.devnet.rpc.RpcMethods;
import io.rolluplab.rollup.sequencer.SequencerQueries;
import io.rolluplab.rollup.state.Account;

/** Balances and nonces, latest or pending; and code, which no L2 account has. */
final class L2AccountMethods {
  private final SequencerQueries sequencer;

  L2AccountMethods(final SequencerQueries sequencer) {
    this.sequencer = sequencer;
  }

  void addTo(final RpcMethods methods) {
    methods.add("eth_getBalance", 2, p -> HexCodec.quantity(account(p).balance()))
        .add("eth_getTransactionCount", 2, p -> HexCodec.quantity(account(p).nonce()))
        // this L2 only moves value: wallets ask to know whether a recipient is a contract
        .add("eth_getCode", 2, p -> {
          p.get(0, "address").asAddress();
          L2Blocks.pending(sequencer, p.get(1, "block"));
          return "0x";
        });
  }

  private Account account(final Params p) throws RpcException {
    return sequencer.account(p.get(0, "address").asAddress(), L2Blocks.pending(sequencer, p.get(1, "block")));
  }
}
