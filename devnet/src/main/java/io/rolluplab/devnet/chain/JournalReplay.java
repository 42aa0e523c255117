package io.rolluplab.devnet.chain;

import io.rolluplab.devnet.tx.InvalidTransactionException;
import io.rolluplab.devnet.tx.Transaction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import org.web3j.utils.Numeric;

/**
 * Turns the entries of a {@link ChainJournal} back into a chain: first it folds them into what
 * survived (a revert removes the blocks journaled after its snapshot, the last clock reading
 * wins), then it re-seals those blocks in a fresh {@link Devnet} at their recorded timestamps and
 * checks that each comes out with its recorded hash.
 */
final class JournalReplay {
  private final JournalEntry.Genesis genesis;
  private final List<JournalEntry.Sealed> blocks = new ArrayList<>();
  private ChainClock.Reading clock;

  private JournalReplay(final JournalEntry.Genesis genesis) {
    this.genesis = genesis;
  }

  /**
   * Folds {@code entries}; an empty list is a new chain.
   *
   * @throws IllegalStateException if the journal belongs to another chain id or does not start
   *     with its genesis
   */
  static JournalReplay of(final List<JournalEntry> entries, final long chainId) {
    if (entries.isEmpty()) {
      return new JournalReplay(null);
    }
    if (!(entries.get(0) instanceof JournalEntry.Genesis genesis)) {
      throw new IllegalStateException("the L1 journal does not start with a genesis entry; it is not a devnet journal");
    }
    if (genesis.chainId() != chainId) {
      throw new IllegalStateException("the L1 journal was written by a devnet with chain id " + genesis.chainId()
          + ", this one has " + chainId + "; start with the same chain id or another data directory");
    }
    final JournalReplay replay = new JournalReplay(genesis);
    entries.subList(1, entries.size()).forEach(replay::fold);
    return replay;
  }

  private void fold(final JournalEntry entry) {
    if (entry instanceof JournalEntry.Sealed sealed) {
      blocks.add(sealed);
      clock = sealed.clock();
    } else if (entry instanceof JournalEntry.ClockMoved moved) {
      clock = moved.clock();
    } else if (entry instanceof JournalEntry.Reverted reverted) {
      blocks.removeIf(b -> b.number() >= reverted.blockCount());
      clock = reverted.clock();
    }
  }

  /** The timestamp the genesis block must get; empty for a new chain. */
  OptionalLong genesisTimestamp() {
    return genesis == null ? OptionalLong.empty() : OptionalLong.of(genesis.timestamp());
  }

  /**
   * Re-seals the surviving blocks in {@code devnet}, which must be fresh (genesis only), and
   * restores the clock.
   *
   * @throws IllegalStateException if a block comes out different from the one journaled
   */
  void into(final Devnet devnet) {
    if (genesis == null) {
      return;
    }
    check(0, genesis.hash(), devnet.block(0).orElseThrow());
    for (final JournalEntry.Sealed sealed : blocks) {
      check(sealed.number(), sealed.hash(), devnet.replay(sealed.timestamp(), decode(sealed)));
    }
    if (clock != null) {
      devnet.restoreClock(clock);
    }
  }

  private static List<Transaction> decode(final JournalEntry.Sealed sealed) {
    final List<Transaction> transactions = new ArrayList<>();
    for (final byte[] raw : sealed.transactions()) {
      try {
        transactions.add(Transaction.decode(raw));
      } catch (InvalidTransactionException e) {
        throw new IllegalStateException("the L1 journal holds an undecodable transaction in block " + sealed.number(), e);
      }
    }
    return transactions;
  }

  private static void check(final long number, final byte[] expected, final Block replayed) {
    if (replayed.number() != number || !Arrays.equals(replayed.hash(), expected)) {
      throw new IllegalStateException("replaying the L1 journal gave block " + replayed.number() + " with hash "
          + Numeric.toHexString(replayed.hash()) + ", but block " + number + " was journaled with hash "
          + Numeric.toHexString(expected) + "; the journal was written by a different devnet version or is damaged");
    }
  }
}
