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
      Map.entry("intended", "its batch is built and about to be posted to L1"),
      Map.entry("posted", "its batch's data is on L1; no root covering it is settled yet"),
      Map.entry("withheld", "only its batch's hash is on L1 (data withheld): no root can be accepted until the"
          + " data is revealed"),
      Map.entry("proposed", "a root covering it is proposed on L1 and can be challenged until the window closes"),
      Map.entry("final", "final: its root's challenge window closed without a successful challenge"),
      Map.entry("rolled-back", "its batch's data stays on L1, but the root proposed for it lost a dispute and"
          + " was rolled back; a new root will be proposed"),
      Map.entry("dropped", "its batch was dropped (data never revealed); it will be posted again"),
      Map.entry("refused", "L1 refused its batch; it will be posted again"),
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
      case "withheld", "rolled-back", "dropped", "refused", "unprovable" -> "rejected";
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
