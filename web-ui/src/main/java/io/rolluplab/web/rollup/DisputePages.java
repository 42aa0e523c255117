package io.rolluplab.web.rollup;

import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.rollup.store.DisputeTable;
import io.rolluplab.web.Lab;
import io.rolluplab.web.http.Exchange;
import io.rolluplab.web.http.HttpError;
import io.rolluplab.web.http.Reply;
import io.rolluplab.web.http.Router;
import io.rolluplab.web.http.Routes;
import java.util.List;
import java.util.Map;

/** The dispute page of the optimistic rollup, and the disputes as JSON. */
public final class DisputePages implements Routes {
  public static final String ROUTE = "/rollup/optimistic/dispute/{gameId}";
  public static final String LIST_API = "/api/rollups/optimistic/disputes";
  public static final String DISPUTE_API = "/api/rollups/optimistic/disputes/{gameId}";
  private static final String ROLLUP = "optimistic";

  private final Lab lab;
  private final DisputeQueries disputes;

  public DisputePages(final Lab lab) {
    this.lab = lab;
    this.disputes = new DisputeQueries(lab.l1());
  }

  @Override
  public void register(final Router router) {
    router.page(ROUTE, this::page);
    router.get(LIST_API, "every dispute game of the optimistic rollup, newest first, with its status and winner",
        e -> Reply.json(disputes.all(e.rollupById(ROLLUP))));
    router.get(DISPUTE_API, "one dispute: each bisection round, the chess clocks, the one-step proof and its leaves,"
        + " the verdict, the bonds and what was rolled back", e -> Reply.json(dispute(e)));
  }

  private Reply page(final Exchange exchange) throws Exception {
    final DisputeView dispute = dispute(exchange);
    return Reply.page("dispute", Map.of("d", dispute, "chart", BisectionChart.of(dispute),
        "stepMode", StepModeControls.panel(lab)));
  }

  private DisputeView dispute(final Exchange exchange) throws Exception {
    final RollupNode rollup = exchange.rollupById(ROLLUP);
    final long gameId = exchange.pathNumber("gameId");
    return disputes.dispute(ROLLUP, rollup, gameId).orElseThrow(() -> {
      final List<DisputeTable.Row> all = disputes.all(rollup);
      return HttpError.notFound("the optimistic rollup's challenger played no game " + gameId + ": "
          + (all.isEmpty() ? "there has been no dispute yet (switch on the wrong-root fault on /controls to cause one)"
              : "its games are " + all.stream().map(d -> String.valueOf(d.id())).toList()));
    });
  }
}
