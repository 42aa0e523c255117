package io.rolluplab.rollup.sequencer;

/**
 * Whether the sequencer seals blocks and takes transactions. Each transition is a method, so an
 * impossible one (resuming a stopped sequencer) fails loudly instead of being silently ignored.
 */
public enum SequencerState {
  /** Takes transactions and deposits, seals a block whenever one is due. */
  RUNNING,
  /** Takes transactions and deposits but seals nothing: step mode, or to watch the mempool fill. */
  PAUSED,
  /** Takes nothing and seals nothing any more. */
  STOPPED;

  public SequencerState pause() {
    return move(RUNNING, PAUSED, "pause");
  }

  public SequencerState resume() {
    return move(PAUSED, RUNNING, "resume");
  }

  public SequencerState stop() {
    if (this == STOPPED) {
      throw new IllegalStateException("cannot stop the sequencer: it is already STOPPED");
    }
    return STOPPED;
  }

  public boolean seals() {
    return this == RUNNING;
  }

  public boolean accepts() {
    return this != STOPPED;
  }

  private SequencerState move(final SequencerState from, final SequencerState to, final String action) {
    if (this != from) {
      throw new IllegalStateException("cannot " + action + " the sequencer: it is " + this + ", not " + from);
    }
    return to;
  }
}
