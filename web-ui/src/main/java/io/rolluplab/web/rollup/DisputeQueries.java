package io.rolluplab.web.rollup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.contracts.ContractFunction;
import io.rolluplab.rollup.contracts.DisputeGameContract;
import io.rolluplab.rollup.derivation.ExecutedBatch;
import io.rolluplab.rollup.event.Amount;
import io.rolluplab.rollup.execution.ItemOutcome;
import io.rolluplab.rollup.execution.L2StateMachine;
import io.rolluplab.rollup.execution.Rule;
import io.rolluplab.rollup.execution.Witness;
import io.rolluplab.rollup.execution.Witness.AccountWitness;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l2tx.CompactTransfer;
import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.state.CompactProof;
import io.rolluplab.rollup.store.DisputeTable;
import io.rolluplab.rollup.store.StoredEvent;
import io.rolluplab.web.rollup.DisputeView.Clocks;
import io.rolluplab.web.rollup.DisputeView.Leaf;
import io.rolluplab.web.rollup.DisputeView.OneStep;
import io.rolluplab.web.rollup.DisputeView.Round;
import io.rolluplab.web.view.Countdown;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.utils.Numeric;

/**
 * Dispute games as the pages show them: the moves the challenger stored, the game's clocks from
 * L1, the claims and the aftermath from the event log, and the one-step proof's leaves from the
 * batch as derived from L1's data (the witness the proof sent).
 */
final class DisputeQueries {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** {@code DisputeGame.Party.Proposer}, {@code Status.Running}. */
  private static final int PROPOSER = 0;
  private static final int RUNNING = 1;

  private final L1Client l1;

  DisputeQueries(final L1Client l1) {
    this.l1 = l1;
  }

  /** Every game the challenger played, newest first. */
  List<DisputeTable.Row> all(final RollupNode rollup) {
    return rollup.store().disputes().newestFirst();
  }

  Optional<DisputeView> dispute(final String rollupId, final RollupNode rollup, final long gameId)
      throws L1Exception, IOException {
    final Optional<DisputeTable.Row> found = rollup.store().disputes().get(gameId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    final DisputeTable.Row row = found.get();
    final List<Type> game = DisputeGameContract.GAME.decode(l1.call(rollup.deployment().disputeGame(),
        DisputeGameContract.GAME.encode(new Uint256(gameId))));
    final Optional<ExecutedBatch> batch = rollup.readOperatorView(view -> view.batch(row.batchIndex()));
    final long itemCount = uint(game.get(8));
    final Bytes32 preRoot = batch.map(ExecutedBatch::preRoot).orElse(null);
    final Bytes32[] claims = openingClaims(rollup, row);

    // replay the moves: each pair of bisection roots narrows [lo, hi]
    final List<Round> rounds = new ArrayList<>();
    long lo = 0;
    long hi = itemCount;
    Bytes32 agreed = preRoot;
    Bytes32 proposerAtHi = claims[0];
    Bytes32 challengerAtHi = claims[1];
    DisputeTable.Move open = null;
    OneStep oneStep = null;
    for (final DisputeTable.Move move : rollup.store().disputes().moves(gameId)) {
      if (move.kind().equals("bisect") && move.player().equals("proposer")) {
        open = move;
      } else if (move.kind().equals("bisect") && open != null) {
        final boolean same = open.claimedRoot().equals(move.claimedRoot());
        rounds.add(new Round(rounds.size() + 1, lo, hi, move.txIndex(), open.claimedRoot(), move.claimedRoot(), same,
            open.madeAt(), move.madeAt(), open.l1Tx(), move.l1Tx()));
        if (same) {
          lo = move.txIndex();
          agreed = move.claimedRoot();
        } else {
          hi = move.txIndex();
          proposerAtHi = open.claimedRoot();
          challengerAtHi = move.claimedRoot();
        }
        open = null;
      } else if (move.kind().equals("one-step-proof")) {
        oneStep = new OneStep(move.txIndex(), agreed, move.claimedRoot(), proposerAtHi, challengerAtHi,
            leaves(rollup, row.batchIndex(), move.txIndex()), move.l1Tx(), move.madeAt());
      }
    }
    if (open != null) {
      rounds.add(new Round(rounds.size() + 1, lo, hi, open.txIndex(), open.claimedRoot(), null, null, open.madeAt(),
          null, open.l1Tx(), null));
    }
    final BigInteger bond = uint256(l1.call(rollup.deployment().disputeGame(), DisputeGameContract.BOND.encode()),
        DisputeGameContract.BOND);
    return Optional.of(new DisputeView(rollupId, gameId, row.batchIndex(), row.status(), row.winner(),
        Address.fromHex((String) game.get(5).getValue()), row.challenger(), itemCount, preRoot, claims[0], claims[1],
        rounds, uint(game.get(9)), uint(game.get(10)), oneStep, clocks(rollup, game), bond, verdict(row),
        bondsMoved(rollup, row, bond), rolledBack(rollup, row), row.openedAt(), row.resolvedAt()));
  }

  /** The proposer's and the challenger's roots after the whole batch, as the challenger found them. */
  private static Bytes32[] openingClaims(final RollupNode rollup, final DisputeTable.Row row) throws IOException {
    Bytes32[] claims = {null, null};
    for (final StoredEvent event : rollup.events().ofType("WrongRootFound")) {
      final JsonNode payload = JSON.readTree(event.payloadJson());
      if (payload.path("batchIndex").asLong(-1) == row.batchIndex()) {
        claims = new Bytes32[] {Bytes32.fromHex(payload.path("claimedRoot").asText()),
            Bytes32.fromHex(payload.path("derivedRoot").asText())};
      }
    }
    return claims;
  }

  /** Each side's time left: the mover's running turn counted against it. */
  private Clocks clocks(final RollupNode rollup, final List<Type> game) throws L1Exception {
    final long budget = uint(DisputeGameContract.CLOCK_BUDGET.decode(l1.call(rollup.deployment().disputeGame(),
        DisputeGameContract.CLOCK_BUDGET.encode())).get(0));
    final long proposerLeft = uint(game.get(12));
    final long challengerLeft = uint(game.get(13));
    final boolean running = uint(game.get(15)) == RUNNING;
    final boolean proposersTurn = uint(game.get(14)) == PROPOSER;
    if (!running) {
      return new Clocks(budget, proposerLeft, challengerLeft, null, null);
    }
    // the mover's clock runs out at its turn's start plus what it had left then
    final long l1Now = l1.latestBlock().timestamp();
    final Countdown mover = Countdown.until("", uint(game.get(11)) + (proposersTurn ? proposerLeft : challengerLeft),
        l1Now, "out of time: anyone may call timeout");
    return proposersTurn
        ? new Clocks(budget, mover.secondsLeft(), challengerLeft, "proposer", mover)
        : new Clocks(budget, proposerLeft, mover.secondsLeft(), "challenger", mover);
  }

  /**
   * The leaves item {@code item} touched, from the batch as derived from L1 (the witness the
   * one-step proof carries); empty if the derivation no longer holds the batch.
   */
  private static List<Leaf> leaves(final RollupNode rollup, final long batchIndex, final long item) {
    record Replayed(BatchItem body, ItemOutcome outcome) {}
    // one read of the view: between two, the batch could become final and its items be dropped
    final Optional<Replayed> replayed = rollup.readOperatorView(view -> view.batch(batchIndex)
        .filter(batch -> item < batch.itemCount())
        .map(batch -> new Replayed(batch.data().items().get(Math.toIntExact(item)),
            view.replay(batchIndex, Math.toIntExact(item)))));
    if (replayed.isEmpty()) {
      return List.of();
    }
    final BatchItem body = replayed.get().body();
    final ItemOutcome outcome = replayed.get().outcome();
    final Witness w = outcome.witness();
    final List<Leaf> leaves = new ArrayList<>();
    if (body.isDeposit()) {
      leaves.add(account("deposit recipient", w.deposit().l2To(), w.recipient()));
      return leaves;
    }
    final byte[] prefix = outcome.brokenRule() == Rule.MALFORMED ? new byte[0]
        : CompactTransfer.recipientPrefix(body.body());
    if (prefix.length > 0) {
      // not a leaf it writes: the proof that shows whom its key prefix names (rule 1b)
      final CompactProof proof = w.recipientByPrefix().proof();
      leaves.add(new Leaf("key prefix " + Numeric.toHexString(prefix), outcome.tx() == null ? "names nobody"
          : "names " + outcome.tx().to().toChecksumHex(), null, null, proof.depth(), proof.siblings().size()));
    }
    if (outcome.tx() == null) {
      return leaves; // malformed, or its key prefix names nobody: L1 finds it breaks rule 1 or 1b
    }
    final Address to = outcome.tx().to();
    if (outcome.sender() != null) {
      leaves.add(account("sender", outcome.sender(), w.sender()));
    }
    if (outcome.applied() && to.equals(L2StateMachine.WITHDRAWAL_ADDRESS)) {
      leaves.add(new Leaf("withdrawal", outcome.withdrawal().hash().toHex(), null, null, w.withdrawal().depth(),
          w.withdrawal().siblings().size()));
    } else if (outcome.applied()) {
      leaves.add(account("recipient", to, w.recipient()));
    }
    if (outcome.applied()) {
      leaves.add(account("fee vault", L2StateMachine.FEE_VAULT, w.feeVault()));
    }
    return leaves;
  }

  private static Leaf account(final String role, final Address address, final AccountWitness leaf) {
    final CompactProof proof = leaf.proof();
    return new Leaf(role, address.toChecksumHex(), leaf.account().balance(), leaf.account().nonce(), proof.depth(),
        proof.siblings().size());
  }

  private static String verdict(final DisputeTable.Row row) {
    return switch (row.status()) {
      case "challenger-won" -> "The challenger won: L1 re-executed the disputed item and reached the challenger's "
          + "root, not the proposer's. The proposer's root is wrong.";
      case "proposer-won" -> "The proposer won: its root stands, and its challenge window runs on.";
      case "abandoned" -> "Abandoned: another game had already rolled the batch back; the challenger's bond came back.";
      default -> null;
    };
  }

  private static List<String> bondsMoved(final RollupNode rollup, final DisputeTable.Row row, final BigInteger bond)
      throws IOException {
    final List<String> moved = new ArrayList<>();
    if (row.winner() == null) {
      moved.add("Locked: " + Amount.of(bond) + " by each side, the proposer's in the rollup contract, the challenger's"
          + " in the dispute game.");
      return moved;
    }
    final String loser = row.winner().equals("challenger") ? "proposer" : "challenger";
    moved.add("The " + loser + "'s bond of " + Amount.of(bond) + " went to the " + row.winner() + ", who also got its"
        + " own back: " + Amount.of(bond.multiply(BigInteger.TWO)) + " credited, to take with claim().");
    for (final StoredEvent event : rollup.events().ofType("BondsClaimed")) {
      if (row.resolvedAt() != null && !event.createdAt().isBefore(row.resolvedAt().minusSeconds(1))) {
        moved.add(event.sentence());
      }
    }
    return moved;
  }

  /** The proposer's "rolled back" event for the batch, once the challenger won. */
  private static String rolledBack(final RollupNode rollup, final DisputeTable.Row row) throws IOException {
    if (!"challenger".equals(row.winner())) {
      return null;
    }
    String found = null;
    for (final StoredEvent event : rollup.events().ofType("RootsRolledBack")) {
      if (JSON.readTree(event.payloadJson()).path("fromBatch").asLong(-1) == row.batchIndex()) {
        found = event.sentence();
      }
    }
    return found;
  }

  private static long uint(final Type<?> value) {
    return ((BigInteger) value.getValue()).longValueExact();
  }

  private static BigInteger uint256(final byte[] output, final ContractFunction view) {
    return (BigInteger) view.decode(output).get(0).getValue();
  }
}
