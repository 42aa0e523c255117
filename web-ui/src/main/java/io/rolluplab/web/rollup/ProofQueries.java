package io.rolluplab.web.rollup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolluplab.rollup.contracts.ZkRollupContract;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.node.RollupNode;
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
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * A zk batch's proof, put together from what the lab recorded: the prover's proofs (store), the
 * checks it made (its {@code ProvingStarted} or {@code ProvingRefused} event), and the public inputs
 * L1 holds ({@code ZkRollup.batch(i)}).
 */
final class ProofQueries {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final L1Client l1;

  ProofQueries(final L1Client l1) {
    this.l1 = l1;
  }

  /** Empty if the rollup has no batch {@code index} yet. */
  Optional<ProofView> proof(final RollupNode rollup, final long index) throws L1Exception, IOException {
    final Optional<BatchTable.Row> batch = rollup.store().batches().get(index);
    if (batch.isEmpty()) {
      return Optional.empty();
    }
    final List<Attempt> attempts = rollup.store().proofs().forBatch(index).stream().map(ProofQueries::attempt)
        .toList();
    final List<CheckView> checks = checks(rollup, index);
    final Instant executedAt = rollup.store().batches().timeline(index).stream()
        .filter(change -> change.status().equals("executed")).map(BatchTable.StatusChange::at).findFirst()
        .orElse(null);
    return Optional.of(new ProofView(index, batch.get().status(), inputs(rollup, index), checks,
        checks.stream().mapToLong(CheckView::constraints).sum(), attempts, executedAt,
        Arrays.stream(WhatTheMockProves.TEXT.split("\n\n")).map(String::strip).toList()));
  }

  private static Attempt attempt(final ProofTable.Row p) {
    return new Attempt(p.status(), p.proof(), p.publicInputHash(), p.postRoot(), p.signer(), p.l1Tx(), p.l1GasUsed(),
        p.startedAt(), p.generatedAt(), p.verifiedAt());
  }

  /**
   * The public inputs: pre-root (the previous batch's proven root), data hash and deposit queue hash
   * as committed on L1, and the post-root once proven (before, the operator's derived one: what the
   * prover will prove).
   */
  private PublicInputsView inputs(final RollupNode rollup, final long index) throws L1Exception {
    final List<Type> onL1 = batchOnL1(rollup, index);
    final Bytes32 preRoot = index == 0 ? Bytes32.ZERO : bytes32(batchOnL1(rollup, index - 1).get(2));
    final Bytes32 proven = bytes32(onL1.get(2));
    final Bytes32 postRoot = !proven.equals(Bytes32.ZERO) ? proven
        : rollup.operatorView().batch(index).map(b -> b.postRoot()).orElse(Bytes32.ZERO);
    final PublicInputs inputs = new PublicInputs(preRoot, postRoot, bytes32(onL1.get(0)), bytes32(onL1.get(1)));
    return new PublicInputsView(inputs.preRoot(), inputs.postRoot(), inputs.dataHash(), inputs.depositQueueHash(),
        inputs.hash());
  }

  /** The checks of the last time the prover took the batch up, from its event (they are not stored elsewhere). */
  private static List<CheckView> checks(final RollupNode rollup, final long index) throws IOException {
    final List<StoredEvent> events = new ArrayList<>(rollup.events().ofType("ProvingStarted"));
    events.addAll(rollup.events().ofType("ProvingRefused"));
    StoredEvent last = null;
    JsonNode lastPayload = null;
    for (final StoredEvent event : events) {
      final JsonNode payload = JSON.readTree(event.payloadJson());
      if (payload.path("batchIndex").asLong(-1) == index && (last == null || event.seq() > last.seq())) {
        last = event;
        lastPayload = payload;
      }
    }
    final List<CheckView> checks = new ArrayList<>();
    if (lastPayload != null) {
      for (final JsonNode check : lastPayload.path("checks")) {
        checks.add(new CheckView(check.path("item").asInt(), check.path("name").asText(),
            check.path("passed").asBoolean(), check.path("detail").asText(), check.path("constraints").asLong()));
      }
    }
    return checks;
  }

  private List<Type> batchOnL1(final RollupNode rollup, final long index) throws L1Exception {
    return ZkRollupContract.BATCH_OF.decode(l1.call(rollup.deployment().rollup(),
        ZkRollupContract.BATCH_OF.encode(new Uint256(BigInteger.valueOf(index)))));
  }

  private static Bytes32 bytes32(final Type<?> value) {
    return Bytes32.wrap((byte[]) value.getValue());
  }
}
