package io.rolluplab.rollup.contracts;

import static io.rolluplab.rollup.contracts.Abi.ADDRESS;
import static io.rolluplab.rollup.contracts.Abi.UINT256;
import static io.rolluplab.rollup.contracts.Abi.UINT8;
import static io.rolluplab.rollup.contracts.ContractEvent.indexed;

/**
 * {@code PullPayments.sol}, the base that {@code OptimisticRollup} and {@code DisputeGame} share
 * (both bindings re-export these constants): ending a game only credits bonds ({@link
 * #BOND_CREDITED}), and each winner takes its ETH later with {@link #CLAIM}, so a winner that
 * refuses ETH cannot keep a game from ending. Reason values are the Solidity enum's ordinals.
 */
public final class PullPaymentsContract {
  /** The challenger's bond, to whichever party won the game. */
  public static final int GAME_WON = 0;
  /** The challenger's bond, back to it: another game rolled its batch back. */
  public static final int GAME_ABANDONED = 1;
  /** The proposer's bond, to the challenger who proved its batch wrong. */
  public static final int PROPOSER_SLASHED = 2;
  /** {@code CreditReason.DataChallengeWon}: a data challenger's bond, back to it. */
  public static final int DATA_CHALLENGE_WON = 3;
  /** {@code CreditReason.DataChallengeLost}: a data challenger's bond, to the proposer whose claim was shown. */
  public static final int DATA_CHALLENGE_LOST = 4;
  /** {@code CreditReason.DataChallengeVoided}: a data challenger's bond, back to it: another dispute withdrew the claim. */
  public static final int DATA_CHALLENGE_VOIDED = 5;

  public static final ContractFunction CLAIM = ContractFunction.of("claim()");
  public static final ContractFunction CLAIMABLE = ContractFunction.of("claimable(address)", UINT256);

  /** (recipient, amount, reason) */
  public static final ContractEvent BOND_CREDITED = ContractEvent.of("BondCredited", indexed(ADDRESS), UINT256, UINT8);
  /** (recipient, amount) */
  public static final ContractEvent BOND_CLAIMED = ContractEvent.of("BondClaimed", indexed(ADDRESS), UINT256);

  private PullPaymentsContract() {}
}
