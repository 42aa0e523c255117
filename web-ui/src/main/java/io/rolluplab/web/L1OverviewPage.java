package io.rolluplab.web;

import io.rolluplab.devnet.chain.Devnet;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** The start page: the latest L1 blocks, their transactions, and the dev accounts. */
final class L1OverviewPage extends Handler.Abstract.NonBlocking {
  static final String ROUTE = "/";
  private static final int BLOCKS_SHOWN = 10;

  private final Devnet devnet;
  private final L1Explorer explorer;
  private final Templates templates;

  L1OverviewPage(final Devnet devnet, final Templates templates) {
    this.devnet = devnet;
    this.explorer = new L1Explorer(devnet);
    this.templates = templates;
  }

  @Override
  public boolean handle(final Request request, final Response response, final Callback callback) {
    if (!ROUTE.equals(Request.getPathInContext(request)) || !HttpMethod.GET.is(request.getMethod())) {
      return false;
    }
    final List<BlockView> blocks = explorer.latestBlocks(BLOCKS_SHOWN);
    final String html = templates.render("l1-overview", Map.of(
        "chainId", devnet.chainId(),
        "mining", MiningModes.describe(devnet.miningMode()),
        "blocks", blocks,
        "transactions", blocks.stream().flatMap(block -> block.transactions().stream()).toList(),
        "accounts", explorer.devAccounts()));
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
    Content.Sink.write(response, true, html, callback);
    return true;
  }
}
