package io.rolluplab.devnet.state;

/**
 * One undoable change to the {@link WorldState}. Reverting a call frame, a transaction or a block
 * undoes the journal's entries newest first, down to a snapshot.
 */
@FunctionalInterface
interface JournalEntry {
  void undo(WorldState state);
}
