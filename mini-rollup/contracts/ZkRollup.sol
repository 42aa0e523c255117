// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {BatchData} from "./BatchData.sol";
import {IProofVerifier} from "./IProofVerifier.sol";
import {IStateRootOracle} from "./IStateRootOracle.sol";
import {RollupInbox} from "./RollupInbox.sol";

/// @title ZkRollup: batches become final when a proof of their execution checks out
/// @notice Three phases per batch, in order, as zkSync and Polygon zkEVM run them on L1:
/// 1. `commitBatch`: the sequencer posts the batch data; L1 reads it (RollupInbox) and fixes the
///    deposit queue hash it consumes up to.
/// 2. `proveBatch`: anyone submits the post-state root with a proof; the verifier checks it against
///    the public inputs (pre-root, post-root, data hash, deposit queue hash; L2-RULES.md §4).
/// 3. `executeBatch`: the proven root becomes final at once; the Bridge pays withdrawals against it.
/// There is no challenge window and no rollback: a wrong root cannot be proven.
/// @dev Censorship: only the sequencer may commit, but once a deposit is overdue anyone may, and
/// every batch must then consume it (RollupInbox), so the sequencer cannot hold a deposit back forever.
contract ZkRollup is RollupInbox {
    /// @notice A committed batch.
    /// @param depositQueueHash the Bridge's queue hash after the last deposit the batch consumes
    /// @param postStateRoot zero until proven
    struct Batch {
        bytes32 dataHash;
        bytes32 depositQueueHash;
        bytes32 postStateRoot;
    }

    /// @notice Checks the proofs (here a MockVerifier).
    IProofVerifier public immutable verifier;
    /// @notice Who commits batches while no deposit is overdue.
    address public immutable sequencer;

    Batch[] private batches;
    /// @notice Batches [0, provenCount) are proven.
    uint256 public provenCount;
    /// @notice Batches [0, executedCount) are final.
    uint256 public executedCount;

    event BatchCommitted(uint256 indexed batchIndex, address indexed committer, bytes32 depositQueueHash);
    event BatchProven(uint256 indexed batchIndex, bytes32 postStateRoot, bytes32 publicInputHash);
    event BatchExecuted(uint256 indexed batchIndex, bytes32 postStateRoot);

    error NotSequencer(address caller);
    error UnknownBatch(uint256 batchIndex);
    /// @notice Batches are proven in order (each starts from the previous one's root): `expected` is next.
    error NotNextToProve(uint256 batchIndex, uint256 expected);
    /// @notice Batches are executed in order, after their proof: `expected` is next.
    error NotNextToExecute(uint256 batchIndex, uint256 expected);
    error NotProven(uint256 batchIndex);

    /// @param forceInclusionDelay seconds a deposit may wait before every batch must consume it
    constructor(IProofVerifier verifier_, address sequencer_, uint256 forceInclusionDelay)
        RollupInbox(forceInclusionDelay)
    {
        verifier = verifier_;
        sequencer = sequencer_;
    }

    /// @notice Phase 1: posts a batch (L2-RULES.md §2).
    /// @param depositsConsumed how many deposit items the batch holds (checked against the data)
    /// @return batchIndex the new batch's index
    function commitBatch(bytes calldata batchData, uint64 depositsConsumed) external returns (uint256 batchIndex) {
        if (msg.sender != sequencer && !bridge.isOverdue(nextDeposit)) revert NotSequencer(msg.sender);
        batchIndex = batches.length;
        BatchData.Summary memory s = acceptBatchData(batchIndex, batchData, depositsConsumed);
        bytes32 queueHash = bridge.queueHash(nextDeposit);
        batches.push(Batch(s.dataHash, queueHash, 0));
        emit BatchCommitted(batchIndex, msg.sender, queueHash);
    }

    /// @notice Phase 2: proves the next batch's post-state root.
    function proveBatch(uint256 batchIndex, bytes32 postStateRoot, bytes calldata proof) external {
        if (batchIndex != provenCount) revert NotNextToProve(batchIndex, provenCount);
        if (batchIndex >= batches.length) revert UnknownBatch(batchIndex);
        Batch storage b = batches[batchIndex];
        bytes32 preRoot = batchIndex == 0 ? bytes32(0) : batches[batchIndex - 1].postStateRoot;
        bytes32 inputs = publicInputHash(preRoot, postStateRoot, b.dataHash, b.depositQueueHash);
        verifier.verify(inputs, proof);
        b.postStateRoot = postStateRoot;
        provenCount++;
        emit BatchProven(batchIndex, postStateRoot, inputs);
    }

    /// @notice Phase 3: makes the next proven batch final.
    function executeBatch(uint256 batchIndex) external {
        if (batchIndex != executedCount) revert NotNextToExecute(batchIndex, executedCount);
        if (batchIndex >= provenCount) revert NotProven(batchIndex);
        executedCount++;
        emit BatchExecuted(batchIndex, batches[batchIndex].postStateRoot);
    }

    function batch(uint256 batchIndex) external view returns (Batch memory) {
        if (batchIndex >= batches.length) revert UnknownBatch(batchIndex);
        return batches[batchIndex];
    }

    function batchCount() external view returns (uint256) {
        return batches.length;
    }

    /// @notice The statement a proof proves (L2-RULES.md §4).
    function publicInputHash(bytes32 preStateRoot, bytes32 postStateRoot, bytes32 dataHash, bytes32 depositQueueHash)
        public
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(preStateRoot, postStateRoot, dataHash, depositQueueHash));
    }

    /// @inheritdoc IStateRootOracle
    function finalizedStateRoot(uint256 batchIndex) external view override returns (bytes32) {
        return batchIndex < executedCount ? batches[batchIndex].postStateRoot : bytes32(0);
    }
}
