package io.rolluplab.web.bridge;

import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.web.Lab;
import io.rolluplab.web.http.Exchange;
import io.rolluplab.web.http.Reply;
import io.rolluplab.web.http.Router;
import io.rolluplab.web.http.Routes;
import io.rolluplab.web.view.Format;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Bridge page: deposit, withdraw and transfer from the dev accounts on one rollup
 * ({@code ?rollup=zk}), and the progress of its deposits and withdrawals to finality. Its forms
 * post to {@link BridgeApi}.
 */
public final class BridgePage implements Routes {
  public static final String ROUTE = "/bridge";
  static final int LISTED = 10;

  private final Lab lab;

  public BridgePage(final Lab lab) {
    this.lab = lab;
  }

  @Override
  public void register(final Router router) {
    router.page(ROUTE, this::page);
  }

  /** A dev account a user may send from, with its balances on both layers. */
  public record AccountRow(int index, Address address, String l1Eth, String l2Eth) {}

  /** A tab: one rollup of the lab. */
  public record Tab(String id, String title, boolean selected) {}

  private Reply page(final Exchange exchange) {
    if (lab.rollups().isEmpty()) {
      return Reply.page("bridge", Map.of("tabs", List.of()));
    }
    final String id = exchange.query("rollup").orElse(lab.rollups().keySet().iterator().next());
    final RollupNode rollup = exchange.rollupById(id);
    final List<Tab> tabs = new ArrayList<>();
    lab.rollups().forEach((tab, node) -> tabs.add(new Tab(tab, Lab.titleOf(node.mode()), tab.equals(id))));
    final List<AccountRow> accounts = new ArrayList<>();
    for (final DevAccount account : DevAccounts.all().subList(0, BridgeApi.USER_ACCOUNTS)) {
      accounts.add(new AccountRow(account.index(), account.address(),
          Format.balance(lab.devnet().balance(account.address())),
          Format.balance(rollup.l2().account(account.address(), false).balance())));
    }
    final BridgeQueries queries = new BridgeQueries(lab, rollup);
    return Reply.page("bridge", Map.of(
        "tabs", tabs,
        "rollup", id,
        "title", Lab.titleOf(rollup.mode()),
        "zk", id.equals("zk"),
        "mirrored", lab.mirror().isPresent(),
        "accounts", accounts,
        "deposits", queries.deposits(LISTED),
        "withdrawals", queries.withdrawals(LISTED),
        "highlight", exchange.query("deposit").orElse("")));
  }
}
