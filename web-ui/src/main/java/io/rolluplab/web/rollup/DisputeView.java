package io.rolluplab.web.rollup;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.web.view.Countdown;
import io.rolluplab.web.view.Format;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;

/**
 * A dispute game over one batch's root, as the dispute page tells it: the claims, every bisection
 * round narrowing the disputed items, the chess clocks, the one-step proof and the leaves it
 * touched, the verdict, the bonds and what was rolled back.
 *
 * @param status "running", "challenger-won", "proposer-won" or "abandoned"
 * @param winner "proposer" or "challenger", null while running
 * @param itemCount the batch's items: the game starts on the interval [0, itemCount]
 * @param preRoot the root before the batch's first item, which both sides accept
 * @param proposerRoot the root the proposer claimed after the whole batch
 * @param challengerRoot the root the challenger derived from L1's data instead
 * @param rounds the bisection rounds, in order
 * @param lo the sides now agree on the root after {@code lo} items
 * @param hi and disagree after {@code hi} items
 * @param oneStep the one-step proof once sent, else null
 * @param clocks the chess clocks as L1 holds them now
 * @param bond what each side locked: the winner takes both
 * @param verdict the outcome in words, null while running
 * @param rolledBack what the lost root took with it, in words; null if nothing was rolled back
 */
public record DisputeView(String rollup, long gameId, long batchIndex, String status, String winner,
    Address proposer, Address challenger, long itemCount, Bytes32 preRoot, Bytes32 proposerRoot,
    Bytes32 challengerRoot, List<Round> rounds, long lo, long hi, OneStep oneStep, Clocks clocks, BigInteger bond,
    String verdict, List<String> bondsMoved, String rolledBack, Instant openedAt, Instant resolvedAt) {

  public String bondEther() {
    return Format.eth(bond);
  }

  public String openedTime() {
    return Format.time(openedAt);
  }

  public String resolvedTime() {
    return Format.time(resolvedAt);
  }

  /**
   * One round: the proposer posts its root after {@code mid} items, the challenger its own; equal
   * roots move {@code lo} up to {@code mid}, different ones move {@code hi} down to it.
   *
   * @param challengerRoot null while the challenger has not answered
   * @param agreed null while the round is open
   */
  public record Round(int number, long lo, long hi, long mid, Bytes32 proposerRoot, Bytes32 challengerRoot,
      Boolean agreed, Instant proposerAt, Instant challengerAt, Bytes32 proposerTx, Bytes32 challengerTx) {

    /** When the round ended (the challenger's answer), on the L1 clock. */
    public String time() {
      return Format.time(challengerAt != null ? challengerAt : proposerAt);
    }

    /** The interval after the round: the half the disagreement is in. */
    public long newLo() {
      return Boolean.TRUE.equals(agreed) ? mid : lo;
    }

    public long newHi() {
      return Boolean.FALSE.equals(agreed) ? mid : hi;
    }
  }

  /**
   * L1 re-executing the one disputed item from the agreed root.
   *
   * @param agreedRoot the root after {@code item} items, which both sides accept
   * @param l1Root the root L1 reached by executing the item
   * @param proposerClaim and the proposer's root after the item
   * @param challengerClaim and the challenger's
   * @param leaves the state leaves the proof carried (with their Merkle proofs), as L1 read them
   */
  public record OneStep(long item, Bytes32 agreedRoot, Bytes32 l1Root, Bytes32 proposerClaim, Bytes32 challengerClaim,
      List<Leaf> leaves, Bytes32 l1Tx, Instant at) {}

  /**
   * A leaf the one-step proof touched, before the item changed it.
   *
   * @param role "sender", "recipient", "deposit recipient", "withdrawal" or "fee vault"
   * @param proofDepth how many levels its Merkle proof climbs
   * @param siblings how many of those hashes the proof carries (empty subtrees are left out)
   */
  public record Leaf(String role, String key, BigInteger balanceBefore, Long nonceBefore, int proofDepth,
      int siblings) {
    public String ether() {
      return Format.eth(balanceBefore);
    }
  }

  /**
   * The chess clocks: each side's seconds left for all its moves.
   *
   * @param turn whose clock runs: "proposer" or "challenger"; null once the game is over
   * @param running the running clock's countdown, which the page ticks; null once the game is over
   */
  public record Clocks(long budgetSeconds, long proposerLeft, long challengerLeft, String turn, Countdown running) {
    public String proposerText() {
      return Format.duration(proposerLeft);
    }

    public String challengerText() {
      return Format.duration(challengerLeft);
    }

    /** How full each clock is, in percent of the budget (the bars' widths). */
    public long proposerPercent() {
      return budgetSeconds == 0 ? 0 : proposerLeft * 100 / budgetSeconds;
    }

    public long challengerPercent() {
      return budgetSeconds == 0 ? 0 : challengerLeft * 100 / budgetSeconds;
    }
  }
}
