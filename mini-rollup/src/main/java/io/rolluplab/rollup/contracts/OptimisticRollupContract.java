package io.rolluplab.rollup.contracts;

import static io.rolluplab.rollup.contracts.Abi.ADDRESS;
import static io.rolluplab.rollup.contracts.Abi.BOOL;
import static io.rolluplab.rollup.contracts.Abi.BYTES32;
import static io.rolluplab.rollup.contracts.Abi.UINT256;
import static io.rolluplab.rollup.contracts.Abi.UINT32;
import static io.rolluplab.rollup.contracts.Abi.UINT40;
import static io.rolluplab.rollup.contracts.Abi.UINT64;
import static io.rolluplab.rollup.contracts.ContractEvent.indexed;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Type;

/**
 * {@code OptimisticRollup.sol}: the batcher posts data ({@link #POST_BATCH}, or only its hash with
 * {@link #POST_BATCH_COMMITMENT}), bonded proposers claim roots in order ({@link #PROPOSE_ROOT}),
 * the challenge window, finalization, and the withdrawal of lost roots. A slashed proposer's bond is
 * credited to the challenger, who takes it with {@link #CLAIM}. It creates its {@code Bridge} and
 * {@code DisputeGame} (read their addresses with {@link #BRIDGE} and {@link #DISPUTE_GAME}).
 */
public final class OptimisticRollupContract {
  /** The fields of {@code OptimisticRollup.Proposal}, in order (a static struct is encoded as its fields). */
  private static final TypeReference<?>[] PROPOSAL = {BYTES32, BYTES32, ADDRESS, UINT40, UINT32, BOOL, UINT64, UINT64};

  public static final ContractFunction CONSTRUCTOR =
      ContractFunction.of("constructor(uint256,uint256,uint64,uint256,uint256,uint256)");
  public static final ContractFunction POST_BATCH = ContractFunction.of("postBatch(bytes,uint64)", UINT256);
  public static final ContractFunction POST_BATCH_COMMITMENT = ContractFunction.of("postBatchCommitment(bytes32)", UINT256);
  public static final ContractFunction REVEAL_BATCH_DATA = ContractFunction.of("revealBatchData(uint256,bytes,uint64)");
  public static final ContractFunction DROP_UNAVAILABLE_BATCH = ContractFunction.of("dropUnavailableBatch(uint256)");
  public static final ContractFunction REGISTER_PROPOSER = ContractFunction.of("registerProposer()");
  public static final ContractFunction WITHDRAW_BOND = ContractFunction.of("withdrawBond()");
  public static final ContractFunction PROPOSE_ROOT = ContractFunction.of("proposeRoot(uint256,bytes32,bytes32,uint32)");
  public static final ContractFunction FINALIZE = ContractFunction.of("finalize(uint256)");
  public static final ContractFunction OPEN_DISPUTE = ContractFunction.of("openDispute(uint256,uint64)",
      BYTES32, BYTES32, ADDRESS, UINT40, UINT32, BOOL, UINT64, UINT64, BYTES32);
  public static final ContractFunction UPHOLD_BATCH = ContractFunction.of("upholdBatch(uint256)");
  public static final ContractFunction REJECT_BATCH = ContractFunction.of("rejectBatch(uint256,address)");
  /** Decode its result with {@link Proposal#decode}. */
  public static final ContractFunction PROPOSAL_OF = ContractFunction.of("proposal(uint256)", PROPOSAL);
  public static final ContractFunction BATCH_COMMITMENT = ContractFunction.of("batchCommitment(bytes32,uint32)", BYTES32);
  public static final ContractFunction BATCH_COUNT = ContractFunction.of("batchCount()", UINT40);
  public static final ContractFunction BATCHER = ContractFunction.of("batcher()", ADDRESS);
  public static final ContractFunction BOND = ContractFunction.of("bond()", UINT256);
  public static final ContractFunction BOND_OF = ContractFunction.of("bondOf(address)", UINT256);
  public static final ContractFunction BRIDGE = ContractFunction.of("bridge()", ADDRESS);
  public static final ContractFunction CHALLENGE_PERIOD = ContractFunction.of("challengePeriod()", UINT256);
  public static final ContractFunction DISPUTE_GAME = ContractFunction.of("disputeGame()", ADDRESS);
  public static final ContractFunction DISPUTE_GAME_OF = ContractFunction.of("disputeGameOf(uint256)", UINT64);
  public static final ContractFunction FINALIZED_COUNT = ContractFunction.of("finalizedCount()", UINT40);
  public static final ContractFunction FINALIZED_STATE_ROOT = ContractFunction.of("finalizedStateRoot(uint256)", BYTES32);
  public static final ContractFunction NEXT_DEPOSIT = ContractFunction.of("nextDeposit()", UINT40);
  public static final ContractFunction DEPOSITS_SAFE_UNTIL = ContractFunction.of("depositsSafeUntil()", UINT40);
  public static final ContractFunction PENDING_BATCHES = ContractFunction.of("pendingBatches(address)", UINT256);
  public static final ContractFunction PRE_STATE_ROOT = ContractFunction.of("preStateRoot(uint256)", BYTES32);
  public static final ContractFunction PROPOSED_COUNT = ContractFunction.of("proposedCount()", UINT40);
  public static final ContractFunction MAX_UNPROPOSED = ContractFunction.of("MAX_UNPROPOSED()", UINT256);
  public static final ContractFunction REVEAL_DEADLINE = ContractFunction.of("revealDeadline()", UINT40);
  public static final ContractFunction REVEAL_PERIOD = ContractFunction.of("revealPeriod()", UINT256);
  /** Takes the caller's credited bonds (inherited: {@link PullPaymentsContract}). */
  public static final ContractFunction CLAIM = PullPaymentsContract.CLAIM;
  public static final ContractFunction CLAIMABLE = PullPaymentsContract.CLAIMABLE;

  /** (batchIndex, dataHash, itemCount, l1FeePerByte, firstDeposit, depositCount); ZkRollup emits it too */
  public static final ContractEvent BATCH_DATA_ACCEPTED = ContractEvent.of("BatchDataAccepted",
      indexed(UINT256), BYTES32, UINT64, UINT64, UINT64, UINT64);
  /** (batchIndex, dataHash, revealDeadline) */
  public static final ContractEvent BATCH_DATA_WITHHELD = ContractEvent.of("BatchDataWithheld", indexed(UINT256), BYTES32, UINT64);
  /** (batchIndex, dataHash) */
  public static final ContractEvent BATCH_DROPPED = ContractEvent.of("BatchDropped", indexed(UINT256), BYTES32);
  /** (proposer, bond) */
  public static final ContractEvent PROPOSER_REGISTERED = ContractEvent.of("ProposerRegistered", indexed(ADDRESS), UINT256);
  /** (proposer, bond) */
  public static final ContractEvent PROPOSER_BOND_WITHDRAWN = ContractEvent.of("ProposerBondWithdrawn", indexed(ADDRESS), UINT256);
  /** (batchIndex, proposer, postStateRoot, challengeDeadline) */
  public static final ContractEvent BATCH_PROPOSED = ContractEvent.of("BatchProposed",
      indexed(UINT256), indexed(ADDRESS), BYTES32, UINT64);
  /** (batchIndex, gameId) */
  public static final ContractEvent BATCH_CHALLENGED = ContractEvent.of("BatchChallenged", indexed(UINT256), indexed(UINT256));
  /** (batchIndex, gameId, challengeDeadline) */
  public static final ContractEvent BATCH_UPHELD = ContractEvent.of("BatchUpheld", indexed(UINT256), indexed(UINT256), UINT64);
  /** (proposer, challenger, bond) */
  public static final ContractEvent PROPOSER_SLASHED = ContractEvent.of("ProposerSlashed", indexed(ADDRESS), indexed(ADDRESS), UINT256);
  /** (batchIndex, proposer): the root is withdrawn, the batch's data stays */
  public static final ContractEvent ROOT_ROLLED_BACK = ContractEvent.of("RootRolledBack", indexed(UINT256), indexed(ADDRESS));
  /** (batchIndex, postStateRoot) */
  public static final ContractEvent BATCH_FINALIZED = ContractEvent.of("BatchFinalized", indexed(UINT256), BYTES32);
  /** (recipient, amount, reason: {@link PullPaymentsContract#PROPOSER_SLASHED}) */
  public static final ContractEvent BOND_CREDITED = PullPaymentsContract.BOND_CREDITED;
  /** (recipient, amount) */
  public static final ContractEvent BOND_CLAIMED = PullPaymentsContract.BOND_CLAIMED;

  private OptimisticRollupContract() {}

  /**
   * {@code OptimisticRollup.Proposal}: the root claimed for a batch, and the data hash and item count
   * its first proposal copied from the batch's commitment (all zero before; zero root and {@link
   * Address#ZERO} proposer after the root was withdrawn).
   *
   * @param disputed whether a game runs against the root (kept beside the deadline, so that
   *     {@code finalize} reads one slot less)
   * @param disputeGameId the game running against the root, or 0
   */
  public record Proposal(Bytes32 dataHash, Bytes32 postStateRoot, Address proposer, long challengeDeadline,
      long itemCount, boolean disputed, long disputeGameId, long disputedSince) {

    /** What {@link #PROPOSAL_OF} returned. */
    public static Proposal decode(final List<Type> fields) {
      return new Proposal(bytes32(fields.get(0)), bytes32(fields.get(1)),
          Address.fromHex((String) fields.get(2).getValue()), uint(fields.get(3)), uint(fields.get(4)),
          (Boolean) fields.get(5).getValue(), uint(fields.get(6)), uint(fields.get(7)));
    }

    private static Bytes32 bytes32(final Type<?> value) {
      return Bytes32.wrap((byte[]) value.getValue());
    }

    /** A uint64 as a Java long (unsigned: compare with {@link Long#compareUnsigned}). */
    private static long uint(final Type<?> value) {
      return ((BigInteger) value.getValue()).longValue();
    }
  }

  /**
   * The constructor's arguments, to append to the creation code; the deployer becomes the batcher.
   *
   * @param clockBudget seconds each party of a dispute may spend on its moves
   * @param revealPeriod seconds withheld batch data may stay unrevealed before anyone may drop the batch
   */
  public static byte[] constructorArgs(final BigInteger bond, final long challengePeriod, final long clockBudget,
      final long forceInclusionDelay, final long l2ChainId, final long revealPeriod) {
    return CONSTRUCTOR.encodeArguments(Abi.uint256(bond), Abi.uint256(challengePeriod), Abi.uint64(clockBudget),
        Abi.uint256(forceInclusionDelay), Abi.uint256(l2ChainId), Abi.uint256(revealPeriod));
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

  /**
   * Claims {@code postStateRoot} for batch {@code batchIndex}.
   *
   * @param dataHash the batch's data hash and {@code itemCount} its item count, as its
   *     {@code BatchDataAccepted} event says: they open the batch's commitment
   */
  public static byte[] proposeRoot(final long batchIndex, final Bytes32 postStateRoot, final Bytes32 dataHash,
      final long itemCount) {
    return PROPOSE_ROOT.encode(Abi.uint256(batchIndex), Abi.bytes32(postStateRoot), Abi.bytes32(dataHash),
        Abi.uint32(itemCount));
  }

  public static byte[] finalize(final long batchIndex) {
    return FINALIZE.encode(Abi.uint256(batchIndex));
  }
}
