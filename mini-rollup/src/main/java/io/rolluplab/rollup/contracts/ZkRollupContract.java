package io.rolluplab.rollup.contracts;

import static io.rolluplab.rollup.contracts.Abi.ADDRESS;
import static io.rolluplab.rollup.contracts.Abi.BYTES32;
import static io.rolluplab.rollup.contracts.Abi.UINT256;
import static io.rolluplab.rollup.contracts.Abi.UINT40;
import static io.rolluplab.rollup.contracts.Abi.UINT64;
import static io.rolluplab.rollup.contracts.ContractEvent.indexed;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.state.Bytes32;

/** {@code ZkRollup.sol}: commit a state diff, prove (checked by the verifier) and execute, batch by batch; revert the unproven. */
public final class ZkRollupContract {
  public static final ContractFunction CONSTRUCTOR = ContractFunction.of("constructor(address,address,uint256)");
  public static final ContractFunction COMMIT_BATCH = ContractFunction.of("commitBatch(bytes,uint64)", UINT256);
  public static final ContractFunction PROVE_BATCH = ContractFunction.of("proveBatch(uint256,bytes32,bytes32,uint64,bytes)");
  public static final ContractFunction EXECUTE_BATCH = ContractFunction.of("executeBatch(uint256)");
  public static final ContractFunction REVERT_BATCHES = ContractFunction.of("revertBatches()");
  /** The proven post-state root of a batch, zero until proven. */
  public static final ContractFunction STATE_ROOT = ContractFunction.of("stateRoot(uint256)", BYTES32);
  public static final ContractFunction COMMITMENT = ContractFunction.of("commitment(bytes32,uint64)", BYTES32);
  public static final ContractFunction BATCH_COUNT = ContractFunction.of("batchCount()", UINT40);
  public static final ContractFunction BRIDGE = ContractFunction.of("bridge()", ADDRESS);
  public static final ContractFunction EXECUTED_COUNT = ContractFunction.of("executedCount()", UINT40);
  public static final ContractFunction PROVEN_COUNT = ContractFunction.of("provenCount()", UINT40);
  public static final ContractFunction PROVEN_DEPOSITS = ContractFunction.of("provenDeposits()", UINT40);
  public static final ContractFunction MAX_UNEXECUTED = ContractFunction.of("MAX_UNEXECUTED()", UINT256);
  public static final ContractFunction FINALIZED_STATE_ROOT = ContractFunction.of("finalizedStateRoot(uint256)", BYTES32);
  public static final ContractFunction NEXT_DEPOSIT = ContractFunction.of("nextDeposit()", UINT40);
  public static final ContractFunction DEPOSITS_SAFE_UNTIL = ContractFunction.of("depositsSafeUntil()", UINT40);
  public static final ContractFunction PUBLIC_INPUT_HASH =
      ContractFunction.of("publicInputHash(bytes32,bytes32,bytes32,bytes32)", BYTES32);
  public static final ContractFunction SEQUENCER = ContractFunction.of("sequencer()", ADDRESS);
  public static final ContractFunction VERIFIER = ContractFunction.of("verifier()", ADDRESS);

  /** (batchIndex, diffHash, firstDeposit, depositCount) */
  public static final ContractEvent BATCH_COMMITTED =
      ContractEvent.of("BatchCommitted", indexed(UINT256), BYTES32, UINT64, UINT64);
  /** (batchIndex, postStateRoot, publicInputHash) */
  public static final ContractEvent BATCH_PROVEN = ContractEvent.of("BatchProven", indexed(UINT256), BYTES32, BYTES32);
  /** (batchIndex, postStateRoot) */
  public static final ContractEvent BATCH_EXECUTED = ContractEvent.of("BatchExecuted", indexed(UINT256), BYTES32);
  /** (firstBatch, endBatch) */
  public static final ContractEvent BATCHES_REVERTED = ContractEvent.of("BatchesReverted", UINT256, UINT256);

  private ZkRollupContract() {}

  public static byte[] constructorArgs(final Address verifier, final Address sequencer, final long forceInclusionDelay) {
    return CONSTRUCTOR.encodeArguments(Abi.address(verifier), Abi.address(sequencer), Abi.uint256(forceInclusionDelay));
  }

  /** @param stateDiff the encoded {@link io.rolluplab.rollup.statediff.StateDiff} */
  public static byte[] commitBatch(final byte[] stateDiff, final long depositsConsumed) {
    return COMMIT_BATCH.encode(Abi.bytes(stateDiff), Abi.uint64(depositsConsumed));
  }

  /**
   * @param diffHash the hash of the batch's committed state diff, which L1 checks against its commitment
   * @param depositsAfter the deposit queue position after the batch, checked likewise
   * @param proof the mock proof: the prover's 65-byte signature r ‖ s ‖ v over the public-input hash
   */
  public static byte[] proveBatch(final long batchIndex, final Bytes32 postStateRoot, final Bytes32 diffHash,
      final long depositsAfter, final byte[] proof) {
    return PROVE_BATCH.encode(Abi.uint256(batchIndex), Abi.bytes32(postStateRoot), Abi.bytes32(diffHash),
        Abi.uint64(depositsAfter), Abi.bytes(proof));
  }

  public static byte[] executeBatch(final long batchIndex) {
    return EXECUTE_BATCH.encode(Abi.uint256(batchIndex));
  }

  public static byte[] revertBatches() {
    return REVERT_BATCHES.encode();
  }
}
