package io.rolluplab.web.rollup;

import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.web.Lab;
import io.rolluplab.web.http.Exchange;
import io.rolluplab.web.http.HttpError;
import io.rolluplab.web.http.Reply;
import io.rolluplab.web.http.Router;
import io.rolluplab.web.http.Routes;
import java.util.Map;

/** The batch page and, for a zk batch, its proof page, with their JSON twins. */
public final class BatchPages implements Routes {
  public static final String BATCH_ROUTE = "/rollup/{rollup}/batch/{index}";
  public static final String PROOF_ROUTE = "/rollup/zk/batch/{index}/proof";
  public static final String BATCHES_API = "/api/rollups/{rollup}/batches";
  public static final String BATCH_API = "/api/rollups/{rollup}/batches/{index}";
  public static final String PROOF_API = "/api/rollups/{rollup}/batches/{index}/proof";
  /** The most batches one list answer holds. */
  private static final int MAX_LISTED = 100;

  private final Lab lab;
  private final BatchQueries batches;
  private final ProofQueries proofs;

  public BatchPages(final Lab lab) {
    this.lab = lab;
    this.batches = new BatchQueries(lab.l1(), lab.devnet());
    this.proofs = new ProofQueries();
  }

  @Override
  public void register(final Router router) {
    router.page(BATCH_ROUTE, this::batchPage);
    router.page(PROOF_ROUTE, this::proofPage);
    router.get(BATCHES_API, "the newest batches of a rollup (?limit=, at most " + MAX_LISTED + "), newest first",
        e -> Reply.json(batches.latest(e.rollup("rollup"), (int) e.queryNumber("limit", 20, 1, MAX_LISTED))));
    router.get(BATCH_API, "one batch: its items, bytes, L1 transaction, pre/post roots and status timeline; for an"
        + " optimistic batch also where it is on L1, whether it counts, and the claim standing about it",
        e -> Reply.json(batch(e)));
    router.get(PROOF_API, "a zk batch's proof: public inputs, the circuit's checks, the mock proof, its verification",
        e -> Reply.json(proof(e, e.rollup("rollup"))));
  }

  private Reply batchPage(final Exchange exchange) throws Exception {
    final BatchDetail detail = batch(exchange);
    return Reply.page("batch", Map.of("b", detail, "stepMode", StepModeControls.panel(lab)));
  }

  private Reply proofPage(final Exchange exchange) throws Exception {
    return Reply.page("proof", Map.of("p", proof(exchange, exchange.rollupById("zk")),
        "stepMode", StepModeControls.panel(lab)));
  }

  private BatchDetail batch(final Exchange exchange) throws Exception {
    final String id = exchange.path("rollup");
    final RollupNode rollup = exchange.rollup("rollup");
    final long index = exchange.pathNumber("index");
    return batches.detail(id, rollup, index).orElseThrow(() -> noBatch(id, rollup, index));
  }

  private ProofView proof(final Exchange exchange, final RollupNode rollup) throws Exception {
    if (rollup.mode() != RollupMode.ZK) {
      throw HttpError.notFound("the " + Lab.idOf(rollup.mode()) + " rollup proves nothing: its roots are proposed and"
          + " may be disputed; proofs are the zk rollup's (/rollup/zk/batch/{index}/proof)");
    }
    final long index = exchange.pathNumber("index");
    return proofs.proof(rollup, index).orElseThrow(() -> noBatch("zk", rollup, index));
  }

  private static HttpError noBatch(final String id, final RollupNode rollup, final long index) {
    final String known = rollup.store().batches().last().map(last -> "its batches are 0 to " + last.index())
        .orElse("it has posted none yet");
    return HttpError.notFound("the " + id + " rollup has no batch " + index + ": " + known);
  }
}
