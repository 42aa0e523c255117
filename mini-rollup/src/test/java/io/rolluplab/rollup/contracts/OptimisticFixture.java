package io.rolluplab.rollup.contracts;

import static io.rolluplab.rollup.contracts.L1TestChain.ETHER;

import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.IncludedTransaction;
import io.rolluplab.devnet.chain.Receipt;
import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.l1.EmbeddedL1;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1InclusionProof;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.web3j.abi.TypeEncoder;
import org.web3j.abi.datatypes.Type;
import org.web3j.utils.Numeric;

/**
 * An OptimisticRollup (with its Bridge and DisputeGame) on the devnet, BATCHER its batcher and
 * PROPOSER registered. It remembers every batch the batcher sent and every claim proposed, so a
 * test disputes a claim by its batch index.
 */
class OptimisticFixture extends RollupFixture {
  final Address rollup;
  final Address bridge;
  final Address game;
  /** Where batches go: an address without code, named after the L2 chain id. */
  final Address inbox = OptimisticRollupContract.batchInbox(L2_CHAIN_ID);
  /** Batch i is the batcher's transaction with this nonce plus i. */
  final long firstBatcherNonce;
  /** The batcher's transactions, by batch index. */
  final List<SentBatch> sent = new ArrayList<>();
  /** Each batch's latest proposed claim, with L1's anchor hash: every dispute sends it back. */
  final Map<Long, BatchClaim> proposed = new HashMap<>();
  private final EmbeddedL1 l1 = new EmbeddedL1(chain.devnet);

  /**
   * One transaction of the batcher, which L1 did not run.
   *
   * @param l1Block the block it is in, which a claim may anchor at
   * @param txIndex its position in that block
   */
  record SentBatch(long index, byte[] data, Receipt receipt, long l1Block, int txIndex, long l1Timestamp) {
    Bytes32 dataHash() {
      return Bytes32.wrap(Keccak.hash(data));
    }

    /** A claim that it holds {@code itemCount} items and consumes {@code depositCount} deposits, anchored at its own block. */
    BatchClaim claim(final long itemCount, final long depositCount) {
      return new BatchClaim(dataHash(), itemCount, depositCount, l1Timestamp, l1Block, Bytes32.ZERO);
    }

    /** The honest claim of a batch that counts as empty (L2-RULES.md §2.2). */
    BatchClaim emptyClaim() {
      return claim(0, 0);
    }
  }

  /** The batcher has sent a transaction before the rollup exists, so batch 0 is not its nonce 0. */
  OptimisticFixture() {
    chain.send(BATCHER, DEPLOYER.address(), new byte[0]);
    firstBatcherNonce = chain.devnet.nonce(BATCHER.address());
    rollup = chain.deploy(DEPLOYER, "OptimisticRollup", OptimisticRollupContract.constructorArgs(BOND, CHALLENGE_PERIOD,
        CLOCK_BUDGET, FORCE_INCLUSION_DELAY, L2_CHAIN_ID, REVEAL_PERIOD, BATCHER.address(), firstBatcherNonce));
    bridge = address(rollup, OptimisticRollupContract.BRIDGE);
    game = address(rollup, OptimisticRollupContract.DISPUTE_GAME);
    chain.send(PROPOSER, rollup, BOND, OptimisticRollupContract.REGISTER_PROPOSER.encode());
  }

  Address address(final Address contract, final ContractFunction getter) {
    return Address.fromHex((String) chain.view(contract, getter));
  }

  /** Deposits 1 ETH each for Alice and Bob, sends the batch that consumes them (batch 0) and proposes its root. */
  ExecutedBatch fundAliceAndBob() {
    deposit(bridge, ALICE, ALICE.address(), ETHER);
    deposit(bridge, BOB, BOB.address(), ETHER);
    final ExecutedBatch batch = execute(List.of(BatchItem.deposit(0), BatchItem.deposit(1)));
    propose(batch, batch.postRoot());
    return batch;
  }

  /** The batcher sends {@code batch}'s data, then PROPOSER claims what it holds and {@code claimedRoot}; the proposal's receipt. */
  Receipt propose(final ExecutedBatch batch, final Bytes32 claimedRoot) {
    final SentBatch batchTx = sendBatch(batch.encoded());
    return propose(PROPOSER, batchTx.index(), claimedRoot, claimOf(batchTx, batch));
  }

  /** The batcher's next transaction: {@code data} to the inbox. */
  SentBatch sendBatch(final byte[] data) {
    return sendBatch(data, inbox);
  }

  /** The batcher's next transaction, to {@code to}: still the next batch, which counts as empty if {@code to} is not the inbox. */
  SentBatch sendBatch(final byte[] data, final Address to) {
    final long index = chain.devnet.nonce(BATCHER.address()) - firstBatcherNonce;
    final Receipt receipt = chain.send(BATCHER, to, data);
    final IncludedTransaction tx = chain.devnet.transaction(receipt.transactionHash()).orElseThrow();
    final SentBatch batch = new SentBatch(index, data.clone(), receipt, tx.block().number(), tx.index(),
        tx.block().header().timestamp());
    sent.add(batch);
    return batch;
  }

  /** The honest claim about {@code batchTx}, which carries {@code batch}. */
  static BatchClaim claimOf(final SentBatch batchTx, final ExecutedBatch batch) {
    return batchTx.claim(batch.itemCount(), batch.depositCount());
  }

  /** {@code proposer} claims {@code claim} and {@code root} for batch {@code index}; the claim as proposed is remembered. */
  Receipt propose(final DevAccount proposer, final long index, final Bytes32 root, final BatchClaim claim) {
    return remember(chain.send(proposer, rollup, OptimisticRollupContract.proposeRoot(index, root, claim)));
  }

  /** Remembers the claim a proposal's receipt says was proposed; the receipt. */
  Receipt remember(final Receipt proposal) {
    final List<Type> event = OptimisticRollupContract.BATCH_PROPOSED.findIn(proposal.logs()).orElseThrow();
    proposed.put(((BigInteger) event.get(0).getValue()).longValueExact(), BatchClaim.decode(event, 5));
    return proposal;
  }

  /** Lets the challenge window of the latest batch pass and finalizes batch {@code index}. */
  Receipt finalizeAfterWindow(final long index) {
    chain.nextBlockAfter(CHALLENGE_PERIOD + 1);
    return chain.send(OUTSIDER, rollup, OptimisticRollupContract.finalize(index));
  }

  OptimisticRollupContract.Proposal proposal(final long index) {
    return OptimisticRollupContract.Proposal.decode(chain.call(rollup, OptimisticRollupContract.PROPOSAL_OF, Abi.uint256(index)));
  }

  BigInteger proposedCount() {
    return chain.viewUint(rollup, OptimisticRollupContract.PROPOSED_COUNT);
  }

  BigInteger nextDeposit() {
    return chain.viewUint(rollup, OptimisticRollupContract.NEXT_DEPOSIT);
  }

  /** Opens a game against batch {@code batchIndex}'s root, with the claim as proposed. */
  Receipt challenge(final DevAccount challenger, final long batchIndex, final Bytes32 claimedRoot) {
    return chain.send(challenger, game, BOND, DisputeGameContract.challenge(batchIndex, claimedRoot, proposed.get(batchIndex)));
  }

  /** Disputes what batch {@code batchIndex}'s claim says the batch holds. */
  Receipt challengeData(final DevAccount challenger, final long batchIndex) {
    return chain.send(challenger, rollup, BOND, OptimisticRollupContract.challengeData(batchIndex));
  }

  /** The answer to batch {@code batchIndex}'s data challenge: the batcher's transaction, proven from the claim's anchor. */
  byte[] answerCall(final long batchIndex) {
    final BatchClaim claim = proposed.get(batchIndex);
    return OptimisticRollupContract.answerDataChallenge(batchIndex, claim,
        proofOf(sent.get((int) batchIndex), claim.anchorBlock()));
  }

  /** OUTSIDER answers batch {@code batchIndex}'s data challenge with its transaction. */
  Receipt answer(final long batchIndex) {
    return chain.send(OUTSIDER, rollup, answerCall(batchIndex));
  }

  /** The proof of {@code batchTx} from the hash of block {@code anchorBlock}. */
  L1InclusionProof proofOf(final SentBatch batchTx, final long anchorBlock) {
    return proofOf(batchTx.l1Block(), batchTx.txIndex(), anchorBlock);
  }

  /** The proof of transaction {@code txIndex} of block {@code block} from the hash of block {@code anchorBlock}. */
  L1InclusionProof proofOf(final long block, final int txIndex, final long anchorBlock) {
    try {
      return L1InclusionProof.of(l1, anchorBlock, block, txIndex);
    } catch (L1Exception e) {
      throw new AssertionError("the embedded L1 has every block", e);
    }
  }

  /** keccak256 of the ABI-encoded claim: what a proposal keeps of it. */
  static Bytes32 hashOf(final BatchClaim claim) {
    return Bytes32.wrap(Keccak.hash(Numeric.hexStringToByteArray(TypeEncoder.encode(claim.toAbi()))));
  }

  /** The wei {@code contract} (the rollup or the game) has credited to {@code recipient}. */
  BigInteger claimable(final Address contract, final Address recipient) {
    return chain.viewUint(contract, PullPaymentsContract.CLAIMABLE, Abi.address(recipient));
  }

  /** A claim's receipt and the wei it brought its sender, not counting the gas the sender paid. */
  record Claimed(Receipt receipt, BigInteger received) {}

  /** {@code claimant} takes what {@code contract} has credited to it. */
  Claimed claim(final DevAccount claimant, final Address contract) {
    final BigInteger before = chain.balance(claimant.address());
    final Receipt receipt = chain.send(claimant, contract, PullPaymentsContract.CLAIM.encode());
    final BigInteger gasFee = receipt.effectiveGasPrice().multiply(BigInteger.valueOf(receipt.gasUsed()));
    return new Claimed(receipt, chain.balance(claimant.address()).subtract(before).add(gasFee));
  }

  /** One {@code BondCredited} log: {@code by} (the rollup or the game) owes {@code amount} to {@code recipient}. */
  record Credit(Address by, Address recipient, BigInteger amount, int reason) {}

  /** Every bond credit in {@code receipt}, in the order the contracts made them. */
  static List<Credit> credits(final Receipt receipt) {
    return receipt.logs().stream()
        .flatMap(log -> PullPaymentsContract.BOND_CREDITED.decode(log).stream()
            .map(v -> new Credit(log.address(), Address.fromHex((String) v.get(0).getValue()),
                (BigInteger) v.get(1).getValue(), ((BigInteger) v.get(2).getValue()).intValueExact())))
        .toList();
  }
}
