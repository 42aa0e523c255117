package io.rolluplab.rollup.execution;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.l2tx.L2Transaction;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.state.Withdrawal;
import java.util.Optional;

/**
 * What applying one batch item did.
 *
 * @param brokenRule the first rule the item broke, null if it was applied
 * @param reason a human sentence: what happened, or why nothing did
 * @param sender a transaction's recovered sender, null for deposits and before rule 3
 * @param tx the transaction an item stands for, its recipient resolved (L2-RULES.md §2.1); null for
 *     deposits and items that break rule 1 or 1b
 * @param fee what the transaction paid ({@link Fee#NONE} for deposits and rejected items)
 * @param withdrawal the withdrawal it recorded, else null
 * @param preRoot the state root before the item; null, as {@code postRoot} and {@code witness}, when
 *     executed {@link L2StateMachine#applyWithoutWitness without a witness}
 * @param postRoot the state root after the item; equal to {@code preRoot} when a rule was broken
 * @param witness the touched leaves with proofs against those roots, for a one-step proof on L1
 */
public record ItemOutcome(
    Rule brokenRule,
    String reason,
    Address sender,
    L2Transaction tx,
    Fee fee,
    Withdrawal withdrawal,
    Bytes32 preRoot,
    Bytes32 postRoot,
    Witness witness) {

  public boolean applied() {
    return brokenRule == null;
  }

  public Optional<Rule> rule() {
    return Optional.ofNullable(brokenRule);
  }

  /** The Solidity library's outcome code: 0 applied, else {@link Rule#code()}. */
  public int code() {
    return applied() ? 0 : brokenRule.code();
  }
}
