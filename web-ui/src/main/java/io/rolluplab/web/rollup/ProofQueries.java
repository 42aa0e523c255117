package io.rolluplab.web.rollup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.rollup.prover.Check;
import io.rolluplab.rollup.prover.PublicInputs;
import io.rolluplab.rollup.prover.WhatTheMockProves;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.store.BatchTable;
import io.rolluplab.rollup.store.ProofTable;
import io.rolluplab.rollup.store.StoredEvent;
import io.rolluplab.web.rollup.ProofView.Attempt;
import io.rolluplab.web.rollup.ProofView.CheckView;
import io.rolluplab.web.rollup.ProofView.PublicInputsView;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A zk batch's proof, put together from what the lab recorded: the prover's proofs (store), the
 * checks it made (store) and the public inputs it bound the proof to (its {@code ProvingStarted}
 * event).
 */
final class ProofQueries {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Empty if the rollup has no batch {@code index} yet. */
  Optional<ProofView> proof(final RollupNode rollup, final long index) throws IOException {
    final Optional<BatchTable.Row> batch = rollup.store().batches().get(index);
    if (batch.isEmpty()) {
      return Optional.empty();
    }
    final List<Attempt> attempts = rollup.store().proofs().forBatch(index).stream().map(ProofQueries::attempt)
        .toList();
    final JsonNode started = latest(rollup, index, "ProvingStarted");
    final List<CheckView> checks = checks(rollup, index);
    // an older batch's checks are no longer kept (ProofCheckTable): its event says how many held
    final int checksNotKept = checks.isEmpty() && started != null ? checkCount(started.path("checks")) : 0;
    final long constraints = checksNotKept > 0 ? started.path("constraints").asLong()
        : checks.stream().mapToLong(CheckView::constraints).sum();
    final Instant executedAt = rollup.store().batches().timeline(index).stream()
        .filter(change -> change.status().equals("executed")).map(BatchTable.StatusChange::at).findFirst()
        .orElse(null);
    return Optional.of(new ProofView(index, batch.get().status(), inputs(started), checks, checksNotKept,
        constraints, attempts, executedAt,
        Arrays.stream(WhatTheMockProves.TEXT.split("\n\n")).map(String::strip).toList()));
  }

  /** The number of checks an event reports: a count, or (in a store from before schema version 13) the list itself. */
  private static int checkCount(final JsonNode checks) {
    return checks.isArray() ? checks.size() : checks.asInt();
  }

  private static Attempt attempt(final ProofTable.Row p) {
    return new Attempt(p.status(), p.proof(), p.publicInputHash(), p.postRoot(), p.signer(), p.l1Tx(), p.l1GasUsed(),
        p.startedAt(), p.generatedAt(), p.verifiedAt());
  }

  /**
   * The public inputs the prover bound its proof to the last time it took the batch up (its
   * {@code ProvingStarted} event): pre-root, post-root, state-diff hash and deposit queue hash, the
   * first and the last two as L1 holds them. Null before the prover has taken the batch up.
   */
  private static PublicInputsView inputs(final JsonNode started) {
    if (started == null) {
      return null;
    }
    final JsonNode in = started.path("inputs");
    final PublicInputs inputs = new PublicInputs(bytes32(in, "preRoot"), bytes32(in, "postRoot"),
        bytes32(in, "dataHash"), bytes32(in, "depositQueueHash"));
    return new PublicInputsView(inputs.preRoot(), inputs.postRoot(), inputs.dataHash(), inputs.depositQueueHash(),
        inputs.hash());
  }

  /** The checks of the last time the prover took the batch up, empty before it has. */
  private static List<CheckView> checks(final RollupNode rollup, final long index) {
    return rollup.store().proofChecks().get(index).map(Check::unpack).orElse(List.of()).stream()
        .map(c -> new CheckView(c.item(), c.name(), c.passed(), c.detail(), c.constraints())).toList();
  }

  /** The payload of the newest {@code type} event about batch {@code index}, or null. */
  private static JsonNode latest(final RollupNode rollup, final long index, final String type) throws IOException {
    JsonNode last = null;
    for (final StoredEvent event : rollup.events().ofType(type)) { // oldest first
      final JsonNode payload = JSON.readTree(event.payloadJson());
      if (payload.path("batchIndex").asLong(-1) == index) {
        last = payload;
      }
    }
    return last;
  }

  private static Bytes32 bytes32(final JsonNode node, final String field) {
    return Bytes32.fromHex(node.path(field).asText());
  }
}
