package io.rolluplab.rollup.contracts;

import static io.rolluplab.rollup.contracts.Abi.ADDRESS;
import static io.rolluplab.rollup.contracts.Abi.BYTES32;
import static io.rolluplab.rollup.contracts.Abi.UINT256;
import static io.rolluplab.rollup.contracts.Abi.UINT64;
import static io.rolluplab.rollup.contracts.ContractEvent.indexed;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.state.Bytes32;

/** {@code ZkRollup.sol}: commit, prove (checked by the verifier) and execute, batch by batch. */
public final class ZkRollupContract {
  public static final ContractFunction CONSTRUCTOR = ContractFunction.of("constructor(address,address,uint256)");
  public static final ContractFunction COMMIT_BATCH = ContractFunction.of("commitBatch(bytes,uint64)", UINT256);
  public static final ContractFunction PROVE_BATCH = ContractFunction.of("proveBatch(uint256,bytes32,bytes)");
  public static final ContractFunction EXECUTE_BATCH = ContractFunction.of("executeBatch(uint256)");
  /** dataHash, depositQueueHash, postStateRoot */
  public static final ContractFunction BATCH_OF = ContractFunction.of("batch(uint256)", BYTES32, BYTES32, BYTES32);
  public static final ContractFunction BATCH_COUNT = ContractFunction.of("batchCount()", UINT256);
  public static final ContractFunction BRIDGE = ContractFunction.of("bridge()", ADDRESS);
  public static final ContractFunction EXECUTED_COUNT = ContractFunction.of("executedCount()", UINT256);
  public static final ContractFunction PROVEN_COUNT = ContractFunction.of("provenCount()", UINT256);
  public static final ContractFunction FINALIZED_STATE_ROOT = ContractFunction.of("finalizedStateRoot(uint256)", BYTES32);
  public static final ContractFunction NEXT_DEPOSIT = ContractFunction.of("nextDeposit()", UINT64);
  public static final ContractFunction PUBLIC_INPUT_HASH =
      ContractFunction.of("publicInputHash(bytes32,bytes32,bytes32,bytes32)", BYTES32);
  public static final ContractFunction SEQUENCER = ContractFunction.of("sequencer()", ADDRESS);
  public static final ContractFunction VERIFIER = ContractFunction.of("verifier()", ADDRESS);

  /** (batchIndex, dataHash, itemCount, l1FeePerByte, firstDeposit, depositCount) */
  public static final ContractEvent BATCH_DATA_ACCEPTED = OptimisticRollupContract.BATCH_DATA_ACCEPTED;
  /** (batchIndex, committer, depositQueueHash) */
  public static final ContractEvent BATCH_COMMITTED = ContractEvent.of("BatchCommitted", indexed(UINT256), indexed(ADDRESS), BYTES32);
  /** (batchIndex, postStateRoot, publicInputHash) */
  public static final ContractEvent BATCH_PROVEN = ContractEvent.of("BatchProven", indexed(UINT256), BYTES32, BYTES32);
  /** (batchIndex, postStateRoot) */
  public static final ContractEvent BATCH_EXECUTED = ContractEvent.of("BatchExecuted", indexed(UINT256), BYTES32);

  private ZkRollupContract() {}

  public static byte[] constructorArgs(final Address verifier, final Address sequencer, final long forceInclusionDelay) {
    return CONSTRUCTOR.encodeArguments(Abi.address(verifier), Abi.address(sequencer), Abi.uint256(forceInclusionDelay));
  }

  public static byte[] commitBatch(final byte[] batchData, final long depositsConsumed) {
    return COMMIT_BATCH.encode(Abi.bytes(batchData), Abi.uint64(depositsConsumed));
  }

  /** @param proof the mock proof: the prover's 65-byte signature r ‖ s ‖ v over the public-input hash */
  public static byte[] proveBatch(final long batchIndex, final Bytes32 postStateRoot, final byte[] proof) {
    return PROVE_BATCH.encode(Abi.uint256(batchIndex), Abi.bytes32(postStateRoot), Abi.bytes(proof));
  }

  public static byte[] executeBatch(final long batchIndex) {
    return EXECUTE_BATCH.encode(Abi.uint256(batchIndex));
  }
}
