package io.rolluplab.rollup.event;

/**
 * One step a rollup role took: a transaction accepted, a block sealed, a batch posted, a root
 * proposed, a bisection move, a withdrawal finalized… Each kind of step is its own record type
 * (declared beside the role that takes it), so code can match on it, and each says in one sentence
 * what happened, so the UI's event feed and the tutorials can show it to people.
 */
public interface RollupEvent {

  /** The role that took the step: "sequencer", "batcher", "proposer", "challenger", "prover", "bridge". */
  String role();

  /** What happened, as one plain English sentence a student can read ("Sealed L2 block 12 with 3 transactions."). */
  String sentence();
}
