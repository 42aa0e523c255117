package io.rolluplab.web.l2;

import java.util.Map;

/**
 * Where an L2 transaction or block stands on L1, from the status of the batch that carries it:
 * the word the API returns and the sentence the page shows.
 *
 * @param status "sequenced" before any batch carries it, else its batch's status ("posted",
 *     "proposed", "final"; zk: "posted", "proving", "proven", "executed"; or "withheld",
 *     "rolled-back", "unprovable" …)
 * @param batchIndex the batch, null while sequenced
 */
public record L1Standing(String status, Long batchIndex, String sentence) {
  private static final Map<String, String> SENTENCES = Map.ofEntries(
      Map.entry("intended", "its batch is built and about to be sent to L1"),
      Map.entry("posted", "its batch's data is on L1; no root covering it is settled yet"),
      Map.entry("withheld", "the batcher keeps its batch off L1 (withhold-data fault): nobody can check a claim"
          + " about it, so such a claim is challenged and falls, and then the batch is sent"),
      Map.entry("proposed", "a root covering it is proposed on L1 and can be challenged until the window closes"),
      Map.entry("final", "final: its root's challenge window closed without a successful challenge"),
      Map.entry("rolled-back", "the claim proposed for its batch was withdrawn (it lost a dispute, or nobody could"
          + " show the batch's data); a new claim will be proposed"),
      Map.entry("refused", "its batch left an overdue deposit out, so it would have counted as empty (optimistic)"
          + " or L1 refused it (zk); the batcher builds it again with the deposit"),
      Map.entry("proving", "its batch's data is committed on L1 and the prover is proving it"),
      Map.entry("proven", "the validity proof of its batch is verified on L1; execution follows"),
      Map.entry("executed", "final: its batch is proven and executed on L1"),
      Map.entry("unprovable", "its batch has no valid proof: the prover found a rule the batch breaks"));

  /** The status colour of lab.css: grey, blue, amber (challenge window), purple, green, red. */
  public String colour() {
    return switch (status) {
      case "posted" -> "posted";
      case "proposed" -> "challenge";
      case "proving" -> "proving";
      case "proven" -> "proved";
      case "final", "executed", "genesis" -> "final";
      case "withheld", "rolled-back", "refused", "unprovable" -> "rejected";
      default -> "sequenced";
    };
  }

  /** Before any batch: the sequencer's promise only. */
  public static L1Standing sequenced() {
    return new L1Standing("sequenced", null,
        "in an L2 block, not yet in a batch on L1: only the sequencer's word (a soft confirmation) backs it");
  }

  public static L1Standing ofBatch(final long batchIndex, final String status) {
    return new L1Standing(status, batchIndex, "batch " + batchIndex + ": "
        + SENTENCES.getOrDefault(status, "its batch is " + status));
  }
}
