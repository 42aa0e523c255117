package io.rolluplab.web.l1;

import io.rolluplab.devnet.chain.StateUnavailableException;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.web.Lab;
import io.rolluplab.web.MiningModes;
import io.rolluplab.web.http.Exchange;
import io.rolluplab.web.http.HexParams;
import io.rolluplab.web.http.HttpError;
import io.rolluplab.web.http.Reply;
import io.rolluplab.web.http.Router;
import io.rolluplab.web.http.Routes;
import java.util.Map;

/**
 * The L1 explorer: the chain's latest blocks, transactions, dev accounts and rollup contracts
 * ({@code /l1}), one block, one transaction with its receipt and decoded logs (and its EVM step
 * trace), one address; each page with its JSON twin under {@code /api/l1/}.
 */
public final class L1Pages implements Routes {
  public static final String ROUTE = "/l1";
  private static final int BLOCKS_SHOWN = 12;
  private static final int TRANSACTIONS_SHOWN = 12;
  private static final int MAX_BLOCKS_LISTED = 1_000;
  private static final int TRACE_PAGE = 200;
  private static final int MAX_TRACE_PAGE = 2_000;

  private final Lab lab;
  private final L1Queries queries;

  public L1Pages(final Lab lab) {
    this.lab = lab;
    this.queries = new L1Queries(lab.devnet(), KnownAddresses.of(lab.rollups()));
  }

  @Override
  public void register(final Router router) {
    router.page(ROUTE, this::overviewPage);
    router.page("/l1/block/{n}", e -> Reply.page("l1-block", Map.of("view", block(e))));
    router.page("/l1/tx/{hash}", e -> Reply.page("l1-tx", Map.of("view", transaction(e))));
    router.page("/l1/tx/{hash}/trace", e -> Reply.page("l1-trace", Map.of("view", trace(e))));
    router.page("/l1/address/{a}", e -> Reply.page("l1-address", Map.of("view", address(e),
        "maxShown", L1Queries.MAX_TRANSACTIONS_SHOWN)));
    router.page("/l1/search", this::search);
    router.get("/api/l1/blocks", "The latest L1 blocks, newest first: ?limit=N (default 12, at most 1000).",
        e -> Reply.json(Map.of("blocks", queries.latestBlocks((int) e.queryNumber("limit", BLOCKS_SHOWN, 1,
            MAX_BLOCKS_LISTED)))));
    router.get("/api/l1/blocks/{n}", "One L1 block: header roots and its transactions.", e -> Reply.json(block(e)));
    router.get("/api/l1/tx/{hash}", "One L1 transaction: receipt, gas, fee, the rollup contract call and logs decoded"
        + " by name, and the revert reason (a rollup error with its arguments); for a batch the batcher sent to the"
        + " inbox, which batch it is and how its bytes divide.", e -> Reply.json(transaction(e)));
    router.get("/api/l1/tx/{hash}/trace", "The EVM step trace of an L1 transaction, re-executed at its block:"
        + " ?from=STEP (default 0) &limit=N (default 200, at most 2000) steps per page.", e -> Reply.json(trace(e)));
    router.get("/api/l1/accounts/{address}", "An L1 address: balance, nonce, code size, which rollup contract it is,"
        + " its transactions in the recent blocks.", e -> Reply.json(queries.address(HexParams.address(
            e.path("address")))));
  }

  private Reply overviewPage(final Exchange exchange) {
    return Reply.page("l1", Map.of(
        "chainId", lab.devnet().chainId(),
        "mining", MiningModes.describe(lab.devnet().miningMode()),
        "blocks", queries.latestBlocks(BLOCKS_SHOWN),
        "transactions", queries.latestTransactions(MAX_BLOCKS_LISTED, TRANSACTIONS_SHOWN),
        "accounts", queries.devAccounts(),
        "rollupAddresses", queries.names().rollupAddresses()));
  }

  /** The search box: a block number, a transaction hash or an address, sent on to its page. */
  private Reply search(final Exchange exchange) {
    final String query = exchange.query("q").orElseThrow(() -> HttpError.badRequest("type a block number, a"
        + " transaction hash (0x and 64 hex digits) or an address (0x and 40 hex digits) into the search box"));
    if (query.matches("[0-9]{1,18}")) {
      return new Reply.Redirect("/l1/block/" + query);
    }
    if (query.matches("0[xX][0-9a-fA-F]{64}")) {
      return new Reply.Redirect("/l1/tx/" + query);
    }
    return new Reply.Redirect("/l1/address/" + HexParams.address(query).toChecksumHex());
  }

  private L1BlockDetail block(final Exchange exchange) {
    final long number = exchange.pathNumber("n");
    return queries.block(number).orElseThrow(() -> HttpError.notFound("no L1 block " + number + ": the chain's head"
        + " is " + queries.head()));
  }

  private L1TxDetail transaction(final Exchange exchange) {
    final Bytes32 hash = HexParams.hash(exchange.path("hash"), "transaction hash");
    return queries.transaction(hash.toArray()).orElseThrow(() -> notMined(hash));
  }

  private L1Trace trace(final Exchange exchange) {
    final Bytes32 hash = HexParams.hash(exchange.path("hash"), "transaction hash");
    final long from = exchange.queryNumber("from", 0, 0, Long.MAX_VALUE);
    final int limit = (int) exchange.queryNumber("limit", TRACE_PAGE, 1, MAX_TRACE_PAGE);
    try {
      final L1Trace trace = queries.trace(hash.toArray(), from, limit).orElseThrow(() -> notMined(hash));
      if (from > 0 && from >= trace.totalSteps()) {
        throw HttpError.badRequest("?from=" + from + " is past the end: the transaction ran " + trace.totalSteps()
            + " steps, so use a number below that");
      }
      return trace;
    } catch (StateUnavailableException e) {
      throw HttpError.conflict("cannot re-execute " + hash + ": " + e.getMessage());
    }
  }

  private L1AddressView address(final Exchange exchange) {
    final Address address = HexParams.address(exchange.path("a"));
    return queries.address(address);
  }

  private static HttpError notMined(final Bytes32 hash) {
    return HttpError.notFound("no mined L1 transaction " + hash + ": check the hash; a transaction still waiting"
        + " in the pool shows here once a block includes it");
  }
}
