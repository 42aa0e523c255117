package io.rolluplab.web;

import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.web.http.Exchange;
import io.rolluplab.web.http.Reply;
import io.rolluplab.web.http.Router;
import io.rolluplab.web.http.Routes;
import java.util.List;
import java.util.Map;

/** The L1 page: the latest L1 blocks, their transactions, and the dev accounts. */
final class L1OverviewPage implements Routes {
  static final String ROUTE = "/l1";
  private static final int BLOCKS_SHOWN = 10;

  private final Devnet devnet;
  private final L1Explorer explorer;

  L1OverviewPage(final Lab lab) {
    this.devnet = lab.devnet();
    this.explorer = new L1Explorer(devnet);
  }

  @Override
  public void register(final Router router) {
    router.page(ROUTE, this::page);
  }

  private Reply page(final Exchange exchange) {
    final List<BlockView> blocks = explorer.latestBlocks(BLOCKS_SHOWN);
    return Reply.page("l1-overview", Map.of(
        "chainId", devnet.chainId(),
        "mining", MiningModes.describe(devnet.miningMode()),
        "blocks", blocks,
        "transactions", blocks.stream().flatMap(block -> block.transactions().stream()).toList(),
        "accounts", explorer.devAccounts()));
  }
}
