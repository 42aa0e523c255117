package io.rolluplab.rollup.contracts;

import static io.rolluplab.rollup.contracts.Abi.ADDRESS;
import static io.rolluplab.rollup.contracts.Abi.BYTES32;
import static io.rolluplab.rollup.contracts.Abi.UINT256;
import static io.rolluplab.rollup.contracts.Abi.UINT64;
import static io.rolluplab.rollup.contracts.Abi.UINT8;
import static io.rolluplab.rollup.contracts.ContractEvent.indexed;

import io.rolluplab.rollup.execution.Deposit;
import io.rolluplab.rollup.execution.Witness;
import io.rolluplab.rollup.state.Bytes32;
import java.util.List;
import org.web3j.abi.datatypes.DynamicStruct;
import org.web3j.abi.datatypes.StaticStruct;
import org.web3j.abi.datatypes.Type;

/**
 * {@code DisputeGame.sol}: bisection over a batch's items with a chess clock per party, then the
 * one-step proof. Party and status values are the Solidity enums' ordinals: {@link #PROPOSER},
 * {@link #CHALLENGER}. The challenger's bond is credited to the winner, who takes it with {@link #CLAIM}.
 */
public final class DisputeGameContract {
  public static final int PROPOSER = 0;
  public static final int CHALLENGER = 1;

  public static final ContractFunction CHALLENGE = ContractFunction.of("challenge(uint256,bytes32," + BatchClaim.TUPLE + ")",
      UINT64);
  public static final ContractFunction POST_ROOT = ContractFunction.of("postRoot(uint256,bytes32)");
  public static final ContractFunction ONE_STEP_PROOF = ContractFunction.of("oneStepProof(uint256,bytes,bytes,"
      + "((uint256,uint64," + Abi.PROOF + "),(uint256,uint64," + Abi.PROOF + ")," + Abi.PROOF + ","
      + "(uint256,uint64," + Abi.PROOF + "),(address,address,uint256),(address," + Abi.PROOF + ")))");
  public static final ContractFunction TIMEOUT = ContractFunction.of("timeout(uint256)");
  public static final ContractFunction ABANDON = ContractFunction.of("abandon(uint256)");
  /** The fields of {@code DisputeGame.Game}, in order: dataHash, agreedRoot, proposerRoot,
   * challengerRoot, proposerMidRoot, proposer, challenger, batchIndex, itemCount, lo, hi,
   * turnStartedAt, proposerClock, challengerClock, turn, status. */
  public static final ContractFunction GAME = ContractFunction.of("game(uint256)", BYTES32, BYTES32, BYTES32, BYTES32,
      BYTES32, ADDRESS, ADDRESS, UINT64, UINT64, UINT64, UINT64, UINT64, UINT64, UINT64, UINT8, UINT8);
  public static final ContractFunction MIDPOINT = ContractFunction.of("midpoint(uint256)", UINT64);
  public static final ContractFunction CLOCK_DEADLINE = ContractFunction.of("clockDeadline(uint256)", UINT64);
  public static final ContractFunction GAME_COUNT = ContractFunction.of("gameCount()", UINT64);
  public static final ContractFunction BOND = ContractFunction.of("bond()", UINT256);
  public static final ContractFunction CLOCK_BUDGET = ContractFunction.of("clockBudget()", UINT64);
  public static final ContractFunction L2_CHAIN_ID = ContractFunction.of("l2ChainId()", UINT256);
  public static final ContractFunction ROLLUP = ContractFunction.of("rollup()", ADDRESS);
  /** Takes the caller's credited bonds (inherited: {@link PullPaymentsContract}). */
  public static final ContractFunction CLAIM = PullPaymentsContract.CLAIM;
  public static final ContractFunction CLAIMABLE = PullPaymentsContract.CLAIMABLE;

  /** (gameId, batchIndex, proposer, challenger, proposerRoot, challengerRoot, itemCount) */
  public static final ContractEvent GAME_STARTED = ContractEvent.of("GameStarted",
      indexed(UINT256), indexed(UINT256), ADDRESS, ADDRESS, BYTES32, BYTES32, UINT64);
  /** (gameId, party, position, root) */
  public static final ContractEvent ROOT_POSTED = ContractEvent.of("RootPosted", indexed(UINT256), UINT8, UINT64, BYTES32);
  /** (gameId, lo, hi, agreedRoot) */
  public static final ContractEvent INTERVAL_NARROWED = ContractEvent.of("IntervalNarrowed", indexed(UINT256), UINT64, UINT64, BYTES32);
  /** (gameId, itemIndex, preRoot, postRoot, outcome) */
  public static final ContractEvent ONE_STEP_PROVEN = ContractEvent.of("OneStepProven",
      indexed(UINT256), UINT64, BYTES32, BYTES32, UINT8);
  /** (gameId, winner, verdict: 0 one-step proof, 1 timeout, winnerAddress) */
  public static final ContractEvent GAME_RESOLVED = ContractEvent.of("GameResolved", indexed(UINT256), UINT8, UINT8, ADDRESS);
  /** (gameId, batchIndex) */
  public static final ContractEvent GAME_ABANDONED = ContractEvent.of("GameAbandoned", indexed(UINT256), indexed(UINT256));
  /** (recipient, amount, reason: {@link PullPaymentsContract#GAME_WON} or {@link PullPaymentsContract#GAME_ABANDONED}) */
  public static final ContractEvent BOND_CREDITED = PullPaymentsContract.BOND_CREDITED;
  /** (recipient, amount) */
  public static final ContractEvent BOND_CLAIMED = PullPaymentsContract.BOND_CLAIMED;

  private DisputeGameContract() {}

  /** Disputes the root proposed with {@code claim} (as proposed, with its anchor hash) for batch {@code batchIndex}. */
  public static byte[] challenge(final long batchIndex, final Bytes32 challengerRoot, final BatchClaim claim) {
    return CHALLENGE.encode(Abi.uint256(batchIndex), Abi.bytes32(challengerRoot), claim.toAbi());
  }

  public static byte[] postRoot(final long gameId, final Bytes32 root) {
    return POST_ROOT.encode(Abi.uint256(gameId), Abi.bytes32(root));
  }

  /**
   * Re-executes the disputed item (the game's {@code lo}) from the agreed root.
   *
   * @param batchData the disputed batch's data exactly as it was posted: L1 checks its hash and
   *     rebuilds the item from it
   * @param body the item's body, which L1 checks against the one it rebuilds (the rules read a
   *     body from calldata)
   * @param witness the leaves the item touches, as the Java state machine reports them
   */
  public static byte[] oneStepProof(final long gameId, final byte[] batchData, final byte[] body,
      final Witness witness) {
    return ONE_STEP_PROOF.encode(Abi.uint256(gameId), Abi.bytes(batchData), Abi.bytes(body), witness(witness));
  }

  public static byte[] timeout(final long gameId) {
    return TIMEOUT.encode(Abi.uint256(gameId));
  }

  public static byte[] abandon(final long gameId) {
    return ABANDON.encode(Abi.uint256(gameId));
  }

  /** {@code L2Rules.Witness}, field for field; an absent deposit is all zeros. */
  public static DynamicStruct witness(final Witness w) {
    return new DynamicStruct(account(w.sender()), account(w.recipient()), Abi.proof(w.withdrawal()),
        account(w.feeVault()), deposit(w.deposit()), new DynamicStruct(Abi.address(w.recipientByPrefix().account()),
            Abi.proof(w.recipientByPrefix().proof())));
  }

  private static DynamicStruct account(final Witness.AccountWitness a) {
    return new DynamicStruct(Abi.uint256(a.account().balance()), Abi.uint64(a.account().nonce()), Abi.proof(a.proof()));
  }

  private static StaticStruct deposit(final Deposit d) {
    final List<Type> fields = d == null
        ? List.of(Abi.address(io.rolluplab.devnet.types.Address.ZERO), Abi.address(io.rolluplab.devnet.types.Address.ZERO),
            Abi.uint256(0))
        : List.of(Abi.address(d.l1From()), Abi.address(d.l2To()), Abi.uint256(d.amount()));
    return new StaticStruct(fields);
  }
}
