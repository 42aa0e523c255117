package io.rolluplab.rollup.statediff;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.state.Account;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.state.L2State;
import io.rolluplab.rollup.state.Withdrawal;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * What a zk batch posts on L1 (L2-RULES.md §5): the final value of every leaf it changed.
 *
 * <pre>
 * stateDiff      = uint24 n ‖ newAccount × n ‖ uint24 m ‖ updatedAccount × m ‖ uint24 w ‖ withdrawal × w
 * newAccount     = address ‖ compactUint nonce ‖ amount balance       (gets the next account index)
 * updatedAccount = uint32 accountIndex ‖ compactUint nonceIncrease ‖ change balanceChange
 * withdrawal     = uint32 accountIndex ‖ compactUint l2Nonce ‖ amount value  (to the sender's own L1 address)
 * </pre>
 *
 * New accounts come in the order the batch first touched them, updated ones by index, withdrawals
 * in transaction order, so one execution has exactly one diff. A known account's entry gives how
 * its nonce and balance moved rather than their new values: anyone who follows the diffs knows the
 * old ones, and the moves are shorter (a nonce goes up by 1, a balance by a fee in whole gwei).
 */
public record StateDiff(List<NewAccount> newAccounts, List<UpdatedAccount> updatedAccounts,
    List<WithdrawalEntry> withdrawals) {
  private static final int COUNT_BYTES = 3;
  private static final int NONCE_BYTES = Long.BYTES;

  /** An account that gets its index here. */
  public record NewAccount(Address address, Account account) {}

  /** An account with an index, and how its nonce and balance moved (a balance change is signed). */
  public record UpdatedAccount(long index, long nonceIncrease, BigInteger balanceChange) {

    /** The account after the change to {@code before}. */
    public Account applyTo(final Account before) {
      final BigInteger balance = before.balance().add(balanceChange);
      if (balance.signum() < 0 || nonceIncrease < 0) {
        throw new IllegalArgumentException("account index " + index + " holds " + before.balance() + " wei and nonce "
            + before.nonce() + ": it cannot change by " + balanceChange + " wei and " + nonceIncrease);
      }
      return new Account(balance, Math.addExact(before.nonce(), nonceIncrease));
    }
  }

  /** A withdrawal leaf: {@code Withdrawal(a, a, amount, l2Nonce)} for the account {@code a} at {@code accountIndex}. */
  public record WithdrawalEntry(long accountIndex, long l2Nonce, BigInteger amount) {}

  public StateDiff {
    newAccounts = List.copyOf(newAccounts);
    updatedAccounts = List.copyOf(updatedAccounts);
    withdrawals = List.copyOf(withdrawals);
  }

  public byte[] encode() {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeCount(out, newAccounts.size());
    for (final NewAccount entry : newAccounts) {
      out.writeBytes(entry.address().toArray());
      writeAccount(out, entry.account());
    }
    writeCount(out, updatedAccounts.size());
    for (final UpdatedAccount entry : updatedAccounts) {
      out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt((int) entry.index()).array());
      CompactNumbers.writeUint(out, BigInteger.valueOf(entry.nonceIncrease()));
      CompactNumbers.writeChange(out, entry.balanceChange());
    }
    writeCount(out, withdrawals.size());
    for (final WithdrawalEntry entry : withdrawals) {
      out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt((int) entry.accountIndex()).array());
      CompactNumbers.writeUint(out, BigInteger.valueOf(entry.l2Nonce()));
      CompactNumbers.writeAmount(out, entry.amount());
    }
    return out.toByteArray();
  }

  /** {@code H(encode())}: what L1 keeps and the proof's public inputs bind. */
  public Bytes32 hash() {
    return Bytes32.wrap(Keccak.hash(encode()));
  }

  /**
   * Parses a diff.
   *
   * @throws IllegalArgumentException if the bytes end early, run on past the withdrawals, or hold a
   *     number not in its one encoding
   */
  public static StateDiff decode(final byte[] data) {
    final ByteBuffer in = ByteBuffer.wrap(data);
    try {
      final List<NewAccount> created = new ArrayList<>();
      for (int i = readCount(in); i > 0; i--) {
        final byte[] address = new byte[Address.SIZE];
        in.get(address);
        created.add(new NewAccount(Address.wrap(address), readAccount(in)));
      }
      final List<UpdatedAccount> updated = new ArrayList<>();
      for (int i = readCount(in); i > 0; i--) {
        final long index = Integer.toUnsignedLong(in.getInt());
        updated.add(new UpdatedAccount(index, readNonce(in), CompactNumbers.readChange(in)));
      }
      final List<WithdrawalEntry> withdrawn = new ArrayList<>();
      for (int i = readCount(in); i > 0; i--) {
        final long index = Integer.toUnsignedLong(in.getInt());
        withdrawn.add(new WithdrawalEntry(index, CompactNumbers.readUint(in, NONCE_BYTES).longValue(),
            CompactNumbers.readAmount(in)));
      }
      if (in.hasRemaining()) {
        throw new IllegalArgumentException(in.remaining() + " bytes after the last withdrawal of the state diff");
      }
      return new StateDiff(created, updated, withdrawn);
    } catch (BufferUnderflowException e) {
      throw new IllegalArgumentException("the state diff ends early (" + data.length + " bytes)", e);
    }
  }

  /**
   * Writes every leaf of the diff into {@code state}, giving the new accounts their indexes in
   * {@code index}: how a node that reads only L1 follows the chain.
   *
   * @return the withdrawal leaves written, in order
   * @throws IllegalArgumentException if the diff names an unknown index, introduces a known address
   *     again, or empties an account (nothing is written then)
   */
  public List<Withdrawal> applyTo(final L2State state, final AccountIndex index) {
    final int mark = state.mark();
    final int indexed = index.size();
    try {
      for (final NewAccount entry : newAccounts) {
        index.add(entry.address());
        state.setAccount(entry.address(), entry.account());
      }
      for (final UpdatedAccount entry : updatedAccounts) {
        final Address address = index.address(entry.index());
        state.setAccount(address, entry.applyTo(state.account(address)));
      }
      final List<Withdrawal> written = new ArrayList<>();
      for (final WithdrawalEntry entry : withdrawals) {
        final Address owner = index.address(entry.accountIndex());
        final Withdrawal withdrawal = new Withdrawal(owner, owner, entry.amount(), entry.l2Nonce());
        state.addWithdrawal(withdrawal);
        written.add(withdrawal);
      }
      state.commit();
      return written;
    } catch (RuntimeException e) {
      state.revertTo(mark);
      index.truncate(indexed);
      throw e;
    }
  }

  private static void writeCount(final ByteArrayOutputStream out, final int count) {
    if (count >= 1 << (8 * COUNT_BYTES)) {
      throw new IllegalArgumentException("a state diff lists at most 2^24 - 1 entries of a kind, got " + count);
    }
    out.write(count >>> 16);
    out.write(count >>> 8);
    out.write(count);
  }

  private static int readCount(final ByteBuffer in) {
    return (in.get() & 0xff) << 16 | (in.get() & 0xff) << 8 | in.get() & 0xff;
  }

  private static void writeAccount(final ByteArrayOutputStream out, final Account account) {
    CompactNumbers.writeUint(out, BigInteger.valueOf(account.nonce()));
    CompactNumbers.writeAmount(out, account.balance());
  }

  private static Account readAccount(final ByteBuffer in) {
    final long nonce = readNonce(in);
    return new Account(CompactNumbers.readAmount(in), nonce);
  }

  private static long readNonce(final ByteBuffer in) {
    final BigInteger nonce = CompactNumbers.readUint(in, NONCE_BYTES);
    if (nonce.bitLength() > 63) {
      throw new IllegalArgumentException("a nonce of " + nonce + " at byte " + in.position() + " is beyond 2^63");
    }
    return nonce.longValueExact();
  }
}
