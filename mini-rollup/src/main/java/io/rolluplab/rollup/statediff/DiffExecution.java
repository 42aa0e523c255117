package io.rolluplab.rollup.statediff;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.execution.DepositSource;
import io.rolluplab.rollup.execution.ItemOutcome;
import io.rolluplab.rollup.execution.L2StateMachine;
import io.rolluplab.rollup.state.Account;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.state.L2State;
import io.rolluplab.rollup.statediff.StateDiff.NewAccount;
import io.rolluplab.rollup.statediff.StateDiff.UpdatedAccount;
import io.rolluplab.rollup.statediff.StateDiff.WithdrawalEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A zk batch's transactions executed from the state before it (L2-RULES.md §3), with the state
 * diff they make (§5): the batcher posts that diff, and the prover executes the same transactions
 * again, with every Merkle proof, and checks that they make the diff L1 committed.
 *
 * @param outcomes one per item, with the leaves it touched and their proofs (the witness) if asked for
 * @param diff the leaves the batch changed, at their final values
 * @param postRoot the state root after the last item
 */
public record DiffExecution(List<ItemOutcome> outcomes, StateDiff diff, Bytes32 postRoot) {

  public DiffExecution {
    outcomes = List.copyOf(outcomes);
  }

  /**
   * Executes {@code items} on a copy of {@code before} (which stays as it is).
   *
   * @param index the account table as it stood before the batch
   * @param witnessed whether to record each item's witness (a Merkle proof per touched leaf): the
   *     prover needs it, the batcher only the diff
   */
  public static DiffExecution run(final L2State before, final AccountIndex index, final long l2ChainId,
      final DepositSource deposits, final BatchData items, final boolean witnessed) {
    final L2StateMachine machine = new L2StateMachine(before.copy(), l2ChainId, deposits);
    final List<ItemOutcome> outcomes = new ArrayList<>();
    final Set<Address> touched = new LinkedHashSet<>();
    for (final BatchItem item : items.items()) {
      final ItemOutcome outcome = witnessed ? machine.apply(item, items.l1FeePerByte())
          : machine.applyWithoutWitness(item, items.l1FeePerByte());
      outcomes.add(outcome);
      if (outcome.applied()) {
        touched.addAll(touchedBy(item, outcome, deposits));
      }
    }
    final L2State after = machine.state();
    final List<NewAccount> created = new ArrayList<>();
    final List<UpdatedAccount> updated = new ArrayList<>();
    final List<Address> newAddresses = new ArrayList<>();
    for (final Address address : touched) {
      final Account value = after.account(address);
      final OptionalInt known = index.indexOf(address);
      if (known.isEmpty()) {
        created.add(new NewAccount(address, value));
        newAddresses.add(address);
      } else {
        final Account old = before.account(address);
        if (!value.equals(old)) {
          updated.add(new UpdatedAccount(known.getAsInt(), value.nonce() - old.nonce(),
              value.balance().subtract(old.balance())));
        }
      }
    }
    updated.sort(Comparator.comparingLong(UpdatedAccount::index));
    final List<WithdrawalEntry> withdrawals = new ArrayList<>();
    for (final ItemOutcome outcome : outcomes) {
      if (outcome.withdrawal() != null) {
        final Address owner = outcome.withdrawal().l2Sender();
        final OptionalInt known = index.indexOf(owner);
        final long ownerIndex = known.isPresent() ? known.getAsInt() : index.size() + newAddresses.indexOf(owner);
        withdrawals.add(new WithdrawalEntry(ownerIndex, outcome.withdrawal().l2Nonce(), outcome.withdrawal().amount()));
      }
    }
    return new DiffExecution(outcomes, new StateDiff(created, updated, withdrawals), after.root());
  }

  /** The accounts an applied item wrote: a deposit's recipient; a transfer's sender, recipient and the fee vault. */
  private static List<Address> touchedBy(final BatchItem item, final ItemOutcome outcome,
      final DepositSource deposits) {
    if (item.isDeposit()) {
      return List.of(deposits.deposit(item.depositIndex()).l2To());
    }
    if (outcome.withdrawal() != null) {
      return List.of(outcome.sender(), L2StateMachine.FEE_VAULT);
    }
    return List.of(outcome.sender(), outcome.tx().to(), L2StateMachine.FEE_VAULT);
  }
}
