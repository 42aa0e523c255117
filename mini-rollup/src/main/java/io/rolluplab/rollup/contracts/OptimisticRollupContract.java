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
import io.rolluplab.rollup.l1.L1InclusionProof;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Type;

/**
 * {@code OptimisticRollup.sol}: batches are the batcher's transactions to an inbox address without
 * code (L2-RULES.md §2.2); bonded proposers claim, in order, what each batch holds and its root
 * ({@link #PROPOSE_ROOT}); claims about the data are disputed with {@link #CHALLENGE_DATA} and
 * answered with an L1 inclusion proof ({@link #ANSWER_DATA_CHALLENGE}), roots in the dispute game.
 * Then the challenge window, finalization, and the withdrawal of lost claims. A slashed proposer's
 * bond is credited to the challenger, who takes it with {@link #CLAIM}. It creates its
 * {@code Bridge} and {@code DisputeGame} (read their addresses with {@link #BRIDGE} and
 * {@link #DISPUTE_GAME}).
 */
public final class OptimisticRollupContract {
  /** The fields of {@code OptimisticRollup.Proposal}, in order (a static struct is encoded as its fields). */
  private static final TypeReference<?>[] PROPOSAL = {BYTES32, BYTES32, ADDRESS, UINT40, UINT40, BOOL, UINT64, UINT64};
  private static final String CLAIM_TUPLE = BatchClaim.TUPLE;

  public static final ContractFunction CONSTRUCTOR =
      ContractFunction.of("constructor(uint256,uint256,uint64,uint256,uint256,uint256,address,uint256)");
  public static final ContractFunction REGISTER_PROPOSER = ContractFunction.of("registerProposer()");
  public static final ContractFunction WITHDRAW_BOND = ContractFunction.of("withdrawBond()");
  public static final ContractFunction PROPOSE_ROOT =
      ContractFunction.of("proposeRoot(uint256,bytes32," + CLAIM_TUPLE + ")");
  public static final ContractFunction FINALIZE = ContractFunction.of("finalize(uint256)");
  public static final ContractFunction CHALLENGE_DATA = ContractFunction.of("challengeData(uint256)");
  public static final ContractFunction ANSWER_DATA_CHALLENGE = ContractFunction.of(
      "answerDataChallenge(uint256," + CLAIM_TUPLE + "," + Abi.INCLUSION_PROOF + ")");
  public static final ContractFunction RESOLVE_DATA_CHALLENGE = ContractFunction.of("resolveDataChallenge(uint256)");
  /** (dataHash, itemCount, depositCount, l1Timestamp, anchorBlock, anchorHash): decode with {@link BatchClaim#decode}. */
  public static final ContractFunction BATCH_CLAIM_OF = ContractFunction.of(
      "batchClaimOf(bytes,address,uint64,uint256)", BatchClaim.FIELDS);
  public static final ContractFunction CHECK_BATCH = ContractFunction.of("checkBatch(bytes,uint64,uint256)", UINT64, UINT64);
  public static final ContractFunction OPEN_DISPUTE = ContractFunction.of("openDispute(uint256,uint64," + CLAIM_TUPLE + ")",
      ADDRESS, BYTES32, BYTES32);
  public static final ContractFunction UPHOLD_BATCH = ContractFunction.of("upholdBatch(uint256)");
  public static final ContractFunction REJECT_BATCH = ContractFunction.of("rejectBatch(uint256,address)");
  /** Decode its result with {@link Proposal#decode}. */
  public static final ContractFunction PROPOSAL_OF = ContractFunction.of("proposal(uint256)", PROPOSAL);
  /** (challenger, deadline): challenger zero if none runs. */
  public static final ContractFunction DATA_CHALLENGE = ContractFunction.of("dataChallenge(uint256)", ADDRESS, UINT40);
  public static final ContractFunction BATCHER = ContractFunction.of("batcher()", ADDRESS);
  public static final ContractFunction BATCH_INBOX = ContractFunction.of("batchInbox()", ADDRESS);
  public static final ContractFunction FIRST_BATCHER_NONCE = ContractFunction.of("firstBatcherNonce()", UINT256);
  public static final ContractFunction BLOCKHASH_WINDOW = ContractFunction.of("BLOCKHASH_WINDOW()", UINT256);
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
  public static final ContractFunction REVEAL_PERIOD = ContractFunction.of("revealPeriod()", UINT256);
  /** Takes the caller's credited bonds (inherited: {@link PullPaymentsContract}). */
  public static final ContractFunction CLAIM = PullPaymentsContract.CLAIM;
  public static final ContractFunction CLAIMABLE = PullPaymentsContract.CLAIMABLE;

  /** (proposer, bond) */
  public static final ContractEvent PROPOSER_REGISTERED = ContractEvent.of("ProposerRegistered", indexed(ADDRESS), UINT256);
  /** (proposer, bond) */
  public static final ContractEvent PROPOSER_BOND_WITHDRAWN = ContractEvent.of("ProposerBondWithdrawn", indexed(ADDRESS), UINT256);
  /** (batchIndex, proposer, postStateRoot, challengeDeadline, firstDeposit, then the claim's six fields) */
  public static final ContractEvent BATCH_PROPOSED = ContractEvent.withStruct(
      "BatchProposed(uint256,address,bytes32,uint64,uint64," + CLAIM_TUPLE + ")",
      indexed(UINT256), indexed(ADDRESS), BYTES32, UINT64, UINT64, BYTES32, UINT32, UINT40, UINT40, UINT40, BYTES32);
  /** (batchIndex, gameId) */
  public static final ContractEvent BATCH_CHALLENGED = ContractEvent.of("BatchChallenged", indexed(UINT256), indexed(UINT256));
  /** (batchIndex, challenger, deadline) */
  public static final ContractEvent DATA_CHALLENGED = ContractEvent.of("DataChallenged", indexed(UINT256),
      indexed(ADDRESS), UINT64);
  /** (batchIndex, claimUpheld, then the true claim's six fields, then the hash of the proof's trie leaf) */
  public static final ContractEvent BATCH_DATA_SHOWN = ContractEvent.withStruct(
      "BatchDataShown(uint256,bool," + CLAIM_TUPLE + ",bytes32)",
      indexed(UINT256), BOOL, BYTES32, UINT32, UINT40, UINT40, UINT40, BYTES32, BYTES32);
  /** (batchIndex) */
  public static final ContractEvent DATA_CHALLENGE_UNANSWERED = ContractEvent.of("DataChallengeUnanswered", indexed(UINT256));
  /** (batchIndex, gameId (0 for a data challenge), challengeDeadline) */
  public static final ContractEvent BATCH_UPHELD = ContractEvent.of("BatchUpheld", indexed(UINT256), indexed(UINT256), UINT64);
  /** (proposer, challenger, bond) */
  public static final ContractEvent PROPOSER_SLASHED = ContractEvent.of("ProposerSlashed", indexed(ADDRESS), indexed(ADDRESS), UINT256);
  /** (batchIndex, proposer): the claim is withdrawn, the batch stays */
  public static final ContractEvent ROOT_ROLLED_BACK = ContractEvent.of("RootRolledBack", indexed(UINT256), indexed(ADDRESS));
  /** (batchIndex, postStateRoot) */
  public static final ContractEvent BATCH_FINALIZED = ContractEvent.of("BatchFinalized", indexed(UINT256), BYTES32);
  /** (recipient, amount, reason: {@link PullPaymentsContract#PROPOSER_SLASHED}) */
  public static final ContractEvent BOND_CREDITED = PullPaymentsContract.BOND_CREDITED;
  /** (recipient, amount) */
  public static final ContractEvent BOND_CLAIMED = PullPaymentsContract.BOND_CLAIMED;

  private OptimisticRollupContract() {}

  /**
   * {@code OptimisticRollup.Proposal}: the claim and root proposed for a batch (all zero before its
   * proposal and after the claim was withdrawn).
   *
   * @param claimHash keccak256 of the abi-encoded {@link BatchClaim}
   * @param firstDeposit the first deposit the batch consumes
   * @param disputed whether a data challenge or a game runs against the claim (kept beside the
   *     deadline, so that {@code finalize} reads one slot less)
   * @param disputeGameId the game running against the root, or 0
   */
  public record Proposal(Bytes32 claimHash, Bytes32 postStateRoot, Address proposer, long challengeDeadline,
      long firstDeposit, boolean disputed, long disputeGameId, long disputedSince) {

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
   * The constructor's arguments, to append to the creation code.
   *
   * @param clockBudget seconds each party of a dispute may spend on its moves
   * @param revealPeriod seconds a challenged batch's transaction may take to be shown
   * @param batcher the account whose transactions are the batches
   * @param firstBatcherNonce the nonce of its transaction that is batch 0
   */
  public static byte[] constructorArgs(final BigInteger bond, final long challengePeriod, final long clockBudget,
      final long forceInclusionDelay, final long l2ChainId, final long revealPeriod, final Address batcher,
      final long firstBatcherNonce) {
    return CONSTRUCTOR.encodeArguments(Abi.uint256(bond), Abi.uint256(challengePeriod), Abi.uint64(clockBudget),
        Abi.uint256(forceInclusionDelay), Abi.uint256(l2ChainId), Abi.uint256(revealPeriod), Abi.address(batcher),
        Abi.uint256(firstBatcherNonce));
  }

  /**
   * The inbox address of the rollup of L2 chain {@code l2ChainId}: {@code 0xff}, zeros, and the
   * chain id in the last bytes, as the contract computes it.
   */
  public static Address batchInbox(final long l2ChainId) {
    final byte[] address = new byte[Address.SIZE];
    address[0] = (byte) 0xff;
    for (int i = 0; i < Long.BYTES; i++) {
      address[Address.SIZE - 1 - i] = (byte) (l2ChainId >>> (8 * i));
    }
    return Address.wrap(address);
  }

  /** Claims {@code claim} (its anchor hash is ignored: L1 fills it in) and {@code postStateRoot} for batch {@code batchIndex}. */
  public static byte[] proposeRoot(final long batchIndex, final Bytes32 postStateRoot, final BatchClaim claim) {
    return PROPOSE_ROOT.encode(Abi.uint256(batchIndex), Abi.bytes32(postStateRoot), claim.toAbi());
  }

  public static byte[] challengeData(final long batchIndex) {
    return CHALLENGE_DATA.encode(Abi.uint256(batchIndex));
  }

  /** Shows batch {@code batchIndex}'s transaction for {@code claim} (as proposed, with its anchor hash). */
  public static byte[] answerDataChallenge(final long batchIndex, final BatchClaim claim, final L1InclusionProof proof) {
    return ANSWER_DATA_CHALLENGE.encode(Abi.uint256(batchIndex), claim.toAbi(), Abi.inclusionProof(proof));
  }

  public static byte[] resolveDataChallenge(final long batchIndex) {
    return RESOLVE_DATA_CHALLENGE.encode(Abi.uint256(batchIndex));
  }

  /** Asks whether {@code data} is a valid batch at L1 second {@code l1Timestamp} with deposits from {@code firstDeposit} on. */
  public static byte[] checkBatch(final byte[] data, final long firstDeposit, final long l1Timestamp) {
    return CHECK_BATCH.encode(Abi.bytes(data), Abi.uint64(firstDeposit), Abi.uint256(l1Timestamp));
  }

  public static byte[] finalize(final long batchIndex) {
    return FINALIZE.encode(Abi.uint256(batchIndex));
  }
}
