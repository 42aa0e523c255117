package io.rolluplab.web.l2;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.web.Lab;
import io.rolluplab.web.http.Exchange;
import io.rolluplab.web.http.HexParams;
import io.rolluplab.web.http.HttpError;
import io.rolluplab.web.http.Reply;
import io.rolluplab.web.http.Router;
import io.rolluplab.web.http.Routes;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The L2 explorer of each rollup: its latest blocks and transfers ({@code /l2/{rollup}}), one block,
 * one transfer with its fee split and where it stands on L1, one account with the Merkle proof of
 * its leaf drawn; each page with its JSON twin under {@code /api/rollups/{rollup}/l2/}.
 */
public final class L2Pages implements Routes {
  public static final String ROUTE = "/l2/{rollup}";
  private static final int BLOCKS_SHOWN = 12;
  private static final int TRANSACTIONS_SHOWN = 12;
  /** How many blocks back the transfer list looks: blocks come every second, most of them empty. */
  private static final int BLOCKS_SEARCHED = 500;
  private static final int MAX_BLOCKS_LISTED = 1_000;

  private final Map<String, L2Queries> queries = new LinkedHashMap<>();

  public L2Pages(final Lab lab) {
    lab.rollups().forEach((id, node) -> queries.put(id, new L2Queries(id, node)));
  }

  @Override
  public void register(final Router router) {
    router.page(ROUTE, this::overviewPage);
    router.page(ROUTE + "/block/{n}", e -> Reply.page("l2-block", Map.of("view", block(e))));
    router.page(ROUTE + "/tx/{hash}", e -> Reply.page("l2-tx", Map.of("view", transaction(e))));
    router.page(ROUTE + "/account/{a}", e -> Reply.page("l2-account", Map.of("view", account(e, "a"))));
    router.page(ROUTE + "/search", this::search);
    final String api = "/api/rollups/{rollup}/l2";
    router.get(api + "/blocks", "The rollup's latest L2 blocks, newest first, each with where it stands on L1:"
        + " ?limit=N (default 12, at most 1000).", e -> Reply.json(Map.of("blocks",
            queriesOf(e).latestBlocks((int) e.queryNumber("limit", BLOCKS_SHOWN, 1, MAX_BLOCKS_LISTED)))));
    router.get(api + "/blocks/{n}", "One L2 block: its deposits and transfers.", e -> Reply.json(block(e)));
    router.get(api + "/tx/{hash}", "One L2 transaction: the fee split into the L2 execution fee and the L1 data fee,"
        + " its batch and the batch's status on L1.", e -> Reply.json(transaction(e)));
    router.get(api + "/accounts/{address}", "One L2 account: balance and nonce, its leaf, and the Merkle proof of the"
        + " leaf walked up to the state root L1 knows.", e -> Reply.json(account(e, "address")));
  }

  private L2Queries queriesOf(final Exchange exchange) {
    final String id = exchange.path("rollup");
    exchange.rollupById(id);
    return queries.get(id);
  }

  private Reply overviewPage(final Exchange exchange) {
    final L2Queries l2 = queriesOf(exchange);
    return Reply.page("l2", Map.of(
        "rollup", exchange.path("rollup"),
        "title", exchange.rollup("rollup").deployment().rollupName(),
        "chainId", exchange.rollup("rollup").l2ChainId(),
        "blocks", l2.latestBlocks(BLOCKS_SHOWN),
        "transactions", l2.latestTransactions(BLOCKS_SEARCHED, TRANSACTIONS_SHOWN)));
  }

  private L2BlockDetail block(final Exchange exchange) {
    final L2Queries l2 = queriesOf(exchange);
    final long number = exchange.pathNumber("n");
    return l2.block(number).orElseThrow(() -> HttpError.notFound("no L2 block " + number + " on the "
        + exchange.path("rollup") + " rollup: its head is block " + l2.head()));
  }

  private L2TxDetail transaction(final Exchange exchange) {
    final L2Queries l2 = queriesOf(exchange);
    final Bytes32 hash = HexParams.hash(exchange.path("hash"), "transaction hash");
    return l2.transaction(hash).orElseThrow(() -> HttpError.notFound("no L2 transaction " + hash + " on the "
        + exchange.path("rollup") + " rollup: the sequencer never accepted it (check the hash, and that it was sent to"
        + " this rollup's L2 RPC, chain id " + exchange.rollup("rollup").l2ChainId() + ")"));
  }

  private L2AccountView account(final Exchange exchange, final String param) {
    final L2Queries l2 = queriesOf(exchange);
    final Address address = HexParams.address(exchange.path(param));
    return l2.account(address);
  }

  /** The search box: a block number, a transaction hash or an address, sent on to its page. */
  private Reply search(final Exchange exchange) {
    final String base = "/l2/" + exchange.path("rollup");
    queriesOf(exchange);
    final String query = exchange.query("q").orElseThrow(() -> HttpError.badRequest("type an L2 block number, a"
        + " transaction hash (0x and 64 hex digits) or an address (0x and 40 hex digits) into the search box"));
    if (query.matches("[0-9]{1,18}")) {
      return new Reply.Redirect(base + "/block/" + query);
    }
    if (query.matches("0[xX][0-9a-fA-F]{64}")) {
      return new Reply.Redirect(base + "/tx/" + query);
    }
    return new Reply.Redirect(base + "/account/" + HexParams.address(query).toChecksumHex());
  }
}
