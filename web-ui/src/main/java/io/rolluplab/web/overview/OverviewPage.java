package io.rolluplab.web.overview;

import io.rolluplab.web.Lab;
import io.rolluplab.web.http.Exchange;
import io.rolluplab.web.http.Reply;
import io.rolluplab.web.http.Router;
import io.rolluplab.web.http.Routes;
import java.util.Map;

/** The start page: both chains' heads, each rollup's batches by status, open disputes, the live event feed. */
public final class OverviewPage implements Routes {
  public static final String ROUTE = "/";

  private final Lab lab;

  public OverviewPage(final Lab lab) {
    this.lab = lab;
  }

  @Override
  public void register(final Router router) {
    router.page(ROUTE, this::page);
  }

  private Reply page(final Exchange exchange) {
    return Reply.page("overview", Map.of("l1Head", lab.devnet().latestBlock().number()));
  }
}
