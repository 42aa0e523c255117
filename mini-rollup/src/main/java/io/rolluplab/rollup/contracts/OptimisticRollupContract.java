package io.rolluplab.rollup.contracts;

import static io.rolluplab.rollup.contracts.Abi.ADDRESS;
import static io.rolluplab.rollup.contracts.Abi.BYTES32;
import static io.rolluplab.rollup.contracts.Abi.UINT256;
import static io.rolluplab.rollup.contracts.Abi.UINT64;
import static io.rolluplab.rollup.contracts.ContractEvent.indexed;

import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import org.web3j.abi.TypeReference;

/**
 * {@code OptimisticRollup.sol}: bonded proposers, the challenge window, finalization and rollback.
 * A slashed proposer's bond is credited to the challenger, who takes it with {@link #CLAIM}.
 * It creates its {@code Bridge} and {@code DisputeGame} (read their addresses with {@link #BRIDGE}
 * and {@link #DISPUTE_GAME}).
 */
public final class OptimisticRollupContract {
  /** The fields of {@code OptimisticRollup.Batch}, in order (a static struct is encoded as its fields). */
  private static final TypeReference<?>[] BATCH = {
    BYTES32, BYTES32, BYTES32, ADDRESS, UINT64, UINT64, UINT64, UINT64, UINT64, UINT64, UINT64
  };

  public static final ContractFunction CONSTRUCTOR = ContractFunction.of("constructor(uint256,uint256,uint64,uint256,uint256)");
  public static final ContractFunction REGISTER_PROPOSER = ContractFunction.of("registerProposer()");
  public static final ContractFunction WITHDRAW_BOND = ContractFunction.of("withdrawBond()");
  public static final ContractFunction PROPOSE_BATCH = ContractFunction.of("proposeBatch(bytes,bytes32,uint64)", UINT256);
  public static final ContractFunction FINALIZE = ContractFunction.of("finalize(uint256)");
  public static final ContractFunction POST_BATCH = ContractFunction.of("postBatch(bytes,uint64)", UINT256);
  public static final ContractFunction POST_BATCH_COMMITMENT = ContractFunction.of("postBatchCommitment(bytes32)", UINT256);
  public static final ContractFunction REVEAL_BATCH_DATA = ContractFunction.of("revealBatchData(uint256,bytes,uint64)");
  public static final ContractFunction DROP_UNAVAILABLE_BATCH = ContractFunction.of("dropUnavailableBatch(uint256)");
  public static final ContractFunction PROPOSE_ROOT = ContractFunction.of("proposeRoot(uint256,bytes32)");
  public static final ContractFunction PROPOSED_COUNT = ContractFunction.of("proposedCount()", UINT256);
  public static final ContractFunction OPEN_DISPUTE = ContractFunction.of(
      "openDispute(uint256,uint64)", BYTES32, BYTES32, BYTES32, ADDRESS, UINT64, UINT64, UINT64, UINT64, UINT64,
      UINT64, UINT64, BYTES32);
  public static final ContractFunction UPHOLD_BATCH = ContractFunction.of("upholdBatch(uint256)");
  public static final ContractFunction REJECT_BATCH = ContractFunction.of("rejectBatch(uint256,address)");
  public static final ContractFunction BATCH_OF = ContractFunction.of("batch(uint256)", BATCH);
  public static final ContractFunction BATCH_COUNT = ContractFunction.of("batchCount()", UINT256);
  public static final ContractFunction BOND = ContractFunction.of("bond()", UINT256);
  public static final ContractFunction BOND_OF = ContractFunction.of("bondOf(address)", UINT256);
  public static final ContractFunction BRIDGE = ContractFunction.of("bridge()", ADDRESS);
  public static final ContractFunction CHALLENGE_PERIOD = ContractFunction.of("challengePeriod()", UINT256);
  public static final ContractFunction DISPUTE_GAME = ContractFunction.of("disputeGame()", ADDRESS);
  public static final ContractFunction DISPUTE_GAME_OF = ContractFunction.of("disputeGameOf(uint256)", UINT64);
  public static final ContractFunction FINALIZED_COUNT = ContractFunction.of("finalizedCount()", UINT256);
  public static final ContractFunction FINALIZED_STATE_ROOT = ContractFunction.of("finalizedStateRoot(uint256)", BYTES32);
  public static final ContractFunction NEXT_DEPOSIT = ContractFunction.of("nextDeposit()", UINT64);
  public static final ContractFunction PENDING_BATCHES = ContractFunction.of("pendingBatches(address)", UINT256);
  public static final ContractFunction PRE_STATE_ROOT = ContractFunction.of("preStateRoot(uint256)", BYTES32);
  /** Takes the caller's credited bonds (inherited: {@link PullPaymentsContract}). */
  public static final ContractFunction CLAIM = PullPaymentsContract.CLAIM;
  public static final ContractFunction CLAIMABLE = PullPaymentsContract.CLAIMABLE;

  /** (proposer, bond) */
  public static final ContractEvent PROPOSER_REGISTERED = ContractEvent.of("ProposerRegistered", indexed(ADDRESS), UINT256);
  /** (proposer, bond) */
  public static final ContractEvent PROPOSER_BOND_WITHDRAWN = ContractEvent.of("ProposerBondWithdrawn", indexed(ADDRESS), UINT256);
  /** (batchIndex, dataHash, itemCount, l1FeePerByte, firstDeposit, depositCount) */
  public static final ContractEvent BATCH_DATA_ACCEPTED = ContractEvent.of("BatchDataAccepted",
      indexed(UINT256), BYTES32, UINT64, UINT64, UINT64, UINT64);
  /** (batchIndex, dataHash, revealDeadline) */
  public static final ContractEvent BATCH_DATA_WITHHELD = ContractEvent.of("BatchDataWithheld",
      indexed(UINT256), BYTES32, UINT64);
  /** (batchIndex, dataHash) */
  public static final ContractEvent BATCH_DROPPED = ContractEvent.of("BatchDropped", indexed(UINT256), BYTES32);
  /** (batchIndex, proposer) */
  public static final ContractEvent ROOT_ROLLED_BACK = ContractEvent.of("RootRolledBack", indexed(UINT256), indexed(ADDRESS));
  /** (batchIndex, proposer, postStateRoot, challengeDeadline) */
  public static final ContractEvent BATCH_PROPOSED = ContractEvent.of("BatchProposed",
      indexed(UINT256), indexed(ADDRESS), BYTES32, UINT64);
  /** (batchIndex, gameId) */
  public static final ContractEvent BATCH_CHALLENGED = ContractEvent.of("BatchChallenged", indexed(UINT256), indexed(UINT256));
  /** (batchIndex, gameId, challengeDeadline) */
  public static final ContractEvent BATCH_UPHELD = ContractEvent.of("BatchUpheld", indexed(UINT256), indexed(UINT256), UINT64);
  /** (proposer, challenger, bond) */
  public static final ContractEvent PROPOSER_SLASHED = ContractEvent.of("ProposerSlashed", indexed(ADDRESS), indexed(ADDRESS), UINT256);
  /** (batchIndex, proposer) */
  public static final ContractEvent BATCH_ROLLED_BACK = ContractEvent.of("BatchRolledBack", indexed(UINT256), indexed(ADDRESS));
  /** (nextDeposit) */
  public static final ContractEvent DEPOSITS_UNCONSUMED = ContractEvent.of("DepositsUnconsumed", UINT64);
  /** (batchIndex, postStateRoot) */
  public static final ContractEvent BATCH_FINALIZED = ContractEvent.of("BatchFinalized", indexed(UINT256), BYTES32);
  /** (recipient, amount, reason: {@link PullPaymentsContract#PROPOSER_SLASHED}) */
  public static final ContractEvent BOND_CREDITED = PullPaymentsContract.BOND_CREDITED;
  /** (recipient, amount) */
  public static final ContractEvent BOND_CLAIMED = PullPaymentsContract.BOND_CLAIMED;

  private OptimisticRollupContract() {}

  /**
   * The constructor's arguments, to append to the creation code.
   *
   * @param clockBudget seconds each party of a dispute may spend on its moves
   */
  public static byte[] constructorArgs(final BigInteger bond, final long challengePeriod, final long clockBudget,
      final long forceInclusionDelay, final long l2ChainId) {
    return CONSTRUCTOR.encodeArguments(Abi.uint256(bond), Abi.uint256(challengePeriod), Abi.uint64(clockBudget),
        Abi.uint256(forceInclusionDelay), Abi.uint256(l2ChainId));
  }

  public static byte[] proposeBatch(final byte[] batchData, final Bytes32 postStateRoot, final long depositsConsumed) {
    return PROPOSE_BATCH.encode(Abi.bytes(batchData), Abi.bytes32(postStateRoot), Abi.uint64(depositsConsumed));
  }

  public static byte[] postBatch(final byte[] batchData, final long depositsConsumed) {
    return POST_BATCH.encode(Abi.bytes(batchData), Abi.uint64(depositsConsumed));
  }

  public static byte[] postBatchCommitment(final Bytes32 dataHash) {
    return POST_BATCH_COMMITMENT.encode(Abi.bytes32(dataHash));
  }

  public static byte[] revealBatchData(final long batchIndex, final byte[] batchData, final long depositsConsumed) {
    return REVEAL_BATCH_DATA.encode(Abi.uint256(batchIndex), Abi.bytes(batchData), Abi.uint64(depositsConsumed));
  }

  public static byte[] dropUnavailableBatch(final long batchIndex) {
    return DROP_UNAVAILABLE_BATCH.encode(Abi.uint256(batchIndex));
  }

  public static byte[] proposeRoot(final long batchIndex, final Bytes32 postStateRoot) {
    return PROPOSE_ROOT.encode(Abi.uint256(batchIndex), Abi.bytes32(postStateRoot));
  }

  public static byte[] finalize(final long batchIndex) {
    return FINALIZE.encode(Abi.uint256(batchIndex));
  }
}
