package io.rolluplab.web.compare;

import io.rolluplab.web.Lab;
import io.rolluplab.web.view.Format;
import io.rolluplab.web.http.Exchange;
import io.rolluplab.web.http.HttpError;
import io.rolluplab.web.http.Reply;
import io.rolluplab.web.http.Router;
import io.rolluplab.web.http.Routes;
import java.util.Map;

/**
 * The two rollups side by side ({@code --mode both}): time to finality and L1 cost per transaction
 * as SVG charts ({@code /compare}), and the figures behind them ({@code GET /api/compare}).
 */
public final class ComparePage implements Routes {
  public static final String ROUTE = "/compare";

  private final Lab lab;
  private final CompareQueries queries;

  public ComparePage(final Lab lab) {
    this.lab = lab;
    this.queries = new CompareQueries(lab.rollups());
  }

  @Override
  public void register(final Router router) {
    router.page(ROUTE, this::page);
    router.get("/api/compare", "The optimistic and the zk rollup side by side (--mode both): final transactions,"
        + " L1 posting gas per transaction, median time to finality, and each batch's posting gas.",
        exchange -> Reply.json(comparisons()));
  }

  private Comparisons comparisons() {
    if (lab.rollups().size() < 2) {
      throw HttpError.conflict("the comparison needs both rollups, and this lab runs "
          + String.join(" and ", lab.rollups().keySet()) + ": start it with --mode both (the default)");
    }
    return queries.comparisons();
  }

  /** "7 days" rather than "7 d 0 h": the window is set in whole days. */
  private static String windowText(final long seconds) {
    return seconds % 86_400 == 0 ? seconds / 86_400 + " days" : Format.duration(seconds);
  }

  private Reply page(final Exchange exchange) {
    final Comparisons comparisons = comparisons();
    return Reply.page("compare", Map.of(
        "view", comparisons,
        "window", windowText(comparisons.challengeWindowSeconds()),
        "finality", Charts.finality(comparisons.modes()),
        "gas", Charts.gasPerTransaction(comparisons.modes()),
        "overTime", Charts.gasOverBatches(comparisons.batches())));
  }
}
