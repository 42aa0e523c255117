package io.rolluplab.rollup.contracts;

import static io.rolluplab.rollup.contracts.L1TestChain.ETHER;

import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.Receipt;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.util.List;

/** An OptimisticRollup (with its Bridge and DisputeGame) on the devnet, DEPLOYER its batcher, PROPOSER registered. */
class OptimisticFixture extends RollupFixture {
  final Address rollup;
  final Address bridge;
  final Address game;
  /** The batches posted, by index: a proposal opens its batch's commitment with their data hash and item count. */
  final java.util.Map<Long, ExecutedBatch> posted = new java.util.HashMap<>();

  OptimisticFixture() {
    rollup = chain.deploy(DEPLOYER, "OptimisticRollup", OptimisticRollupContract.constructorArgs(
        BOND, CHALLENGE_PERIOD, CLOCK_BUDGET, FORCE_INCLUSION_DELAY, L2_CHAIN_ID, REVEAL_PERIOD));
    bridge = address(rollup, OptimisticRollupContract.BRIDGE);
    game = address(rollup, OptimisticRollupContract.DISPUTE_GAME);
    chain.send(PROPOSER, rollup, BOND, OptimisticRollupContract.REGISTER_PROPOSER.encode());
  }

  Address address(final Address contract, final ContractFunction getter) {
    return Address.fromHex((String) chain.view(contract, getter));
  }

  /** Deposits 1 ETH each for Alice and Bob, posts the batch that consumes them (batch 0) and proposes its root. */
  ExecutedBatch fundAliceAndBob() {
    deposit(bridge, ALICE, ALICE.address(), ETHER);
    deposit(bridge, BOB, BOB.address(), ETHER);
    final ExecutedBatch batch = execute(List.of(BatchItem.deposit(0), BatchItem.deposit(1)));
    propose(batch, batch.postRoot());
    return batch;
  }

  /** The batcher posts {@code batch}'s data, then PROPOSER claims {@code claimedRoot} for it; the proposal's receipt. */
  Receipt propose(final ExecutedBatch batch, final Bytes32 claimedRoot) {
    final long index = batchCount().longValueExact();
    post(batch);
    return proposeRoot(PROPOSER, index, claimedRoot);
  }

  /** The batcher posts {@code batch}'s data. */
  Receipt post(final ExecutedBatch batch) {
    posted.put(batchCount().longValueExact(), batch);
    return chain.send(DEPLOYER, rollup, OptimisticRollupContract.postBatch(batch.encoded(), batch.depositCount()));
  }

  Receipt proposeRoot(final DevAccount proposer, final long index, final Bytes32 root) {
    return chain.send(proposer, rollup, proposeRootCall(index, root));
  }

  /** The call that claims {@code root} for batch {@code index}, with the data hash and item count it was posted with (zeros if it was not). */
  byte[] proposeRootCall(final long index, final Bytes32 root) {
    final ExecutedBatch batch = posted.get(index);
    return batch == null ? OptimisticRollupContract.proposeRoot(index, root, Bytes32.ZERO, 0)
        : OptimisticRollupContract.proposeRoot(index, root, batch.dataHash(), batch.itemCount());
  }

  /** Lets the challenge window of the latest batch pass and finalizes batch {@code index}. */
  Receipt finalizeAfterWindow(final long index) {
    chain.nextBlockAfter(CHALLENGE_PERIOD + 1);
    return chain.send(OUTSIDER, rollup, OptimisticRollupContract.finalize(index));
  }

  OptimisticRollupContract.Proposal proposal(final long index) {
    return OptimisticRollupContract.Proposal.decode(chain.call(rollup, OptimisticRollupContract.PROPOSAL_OF, Abi.uint256(index)));
  }

  /** Whether the data of the last batch is on L1 (not withheld). */
  boolean lastBatchDataAvailable() {
    return chain.viewUint(rollup, OptimisticRollupContract.REVEAL_DEADLINE).signum() == 0;
  }

  BigInteger batchCount() {
    return chain.viewUint(rollup, OptimisticRollupContract.BATCH_COUNT);
  }

  BigInteger proposedCount() {
    return chain.viewUint(rollup, OptimisticRollupContract.PROPOSED_COUNT);
  }

  Receipt challenge(final DevAccount challenger, final long batchIndex, final Bytes32 claimedRoot) {
    return chain.send(challenger, game, BOND, DisputeGameContract.challenge(batchIndex, claimedRoot));
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
