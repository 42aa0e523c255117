// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IProofVerifier} from "./IProofVerifier.sol";
import {IStateRootOracle} from "./IStateRootOracle.sol";
import {DepositConsumer} from "./DepositConsumer.sol";

/// @title ZkRollup: batches become final when a proof of their execution checks out
/// @notice Three phases per batch, in order, as zkSync and Polygon zkEVM run them on L1:
/// 1. `commitBatch`: the sequencer posts the batch's state differences (L2-RULES.md §5): the final
///    value of every leaf the batch changed, not its transactions. L1 does not read them: it keeps
///    their hash and the deposit queue position the batch consumes up to.
/// 2. `proveBatch`: anyone submits the post-state root with a proof; the verifier checks it against
///    the public inputs (pre-root, post-root, diff hash, deposit queue hash; L2-RULES.md §4).
/// 3. `executeBatch`: the proven root becomes final at once; the Bridge pays withdrawals against it.
/// There is no challenge window: a wrong root cannot be proven. A batch that cannot be proven at all
/// (its transactions break a rule) is taken back by the sequencer with `revertBatches`, as zkSync's
/// operator does, and its transactions are committed again without the bad one.
/// @dev Censorship: only the sequencer may commit, but once a deposit is overdue anyone may, and
/// every batch must then consume it (DepositConsumer), so the sequencer cannot hold a deposit back forever.
/// Storage is laid out for the commit, which runs for every batch: the counters share one slot with
/// `nextDeposit`, and a commitment goes into a ring of `MAX_UNEXECUTED` slots that are written again
/// and again (5,000 gas) rather than into a new slot per batch (22,100); the constructor fills the
/// ring so that even its first lap pays 5,000.
contract ZkRollup is DepositConsumer {
    /// @notice How many committed batches may wait for their execution at once.
    uint256 public constant MAX_UNEXECUTED = 32;

    /// @notice Checks the proofs (here a MockVerifier).
    IProofVerifier public immutable verifier;
    /// @notice Who commits (and reverts) batches while no deposit is overdue.
    address public immutable sequencer;

    /// @notice Batches [0, batchCount) are committed.
    /// (These counters share one slot with DepositConsumer's `nextDeposit` and `depositsSafeUntil`.)
    uint40 public batchCount;
    /// @notice Batches [0, provenCount) are proven.
    uint40 public provenCount;
    /// @notice Batches [0, executedCount) are final.
    uint40 public executedCount;
    /// @notice The deposits the proven batches consumed: where `revertBatches` puts `nextDeposit` back.
    uint40 public provenDeposits;
    /// @dev commitment(diffHash, depositsAfter) of batch i in slot i % MAX_UNEXECUTED, for the batches
    /// between executedCount and batchCount.
    bytes32[MAX_UNEXECUTED] private commitments;
    mapping(uint256 batchIndex => bytes32) private provenRoots;

    /// @notice Batch `batchIndex` is committed: its state diff (in this transaction's calldata) hashes
    /// to `diffHash`, and it consumes deposits [firstDeposit, firstDeposit + depositCount).
    event BatchCommitted(uint256 indexed batchIndex, bytes32 diffHash, uint64 firstDeposit, uint64 depositCount);
    event BatchProven(uint256 indexed batchIndex, bytes32 postStateRoot, bytes32 publicInputHash);
    event BatchExecuted(uint256 indexed batchIndex, bytes32 postStateRoot);
    /// @notice Batches [firstBatch, endBatch) were taken back before any proof; their deposits are unconsumed.
    event BatchesReverted(uint256 firstBatch, uint256 endBatch);

    error NotSequencer(address caller);
    error UnknownBatch(uint256 batchIndex);
    /// @notice Batches are proven in order (each starts from the previous one's root): `expected` is next.
    error NotNextToProve(uint256 batchIndex, uint256 expected);
    /// @notice Batches are executed in order, after their proof: `expected` is next.
    error NotNextToExecute(uint256 batchIndex, uint256 expected);
    error NotProven(uint256 batchIndex);
    /// @notice `maxUnexecuted` batches wait for execution already: prove and execute some first.
    error TooManyUnexecuted(uint256 maxUnexecuted);
    /// @notice The diff hash and deposit position given are not what batch `batchIndex` committed.
    error NotCommitted(uint256 batchIndex, bytes32 diffHash, uint64 depositsAfter);
    /// @notice Every committed batch is proven: there is nothing to revert.
    error NothingToRevert();

    /// @param forceInclusionDelay seconds a deposit may wait before every batch must consume it
    constructor(IProofVerifier verifier_, address sequencer_, uint256 forceInclusionDelay)
        DepositConsumer(forceInclusionDelay)
    {
        verifier = verifier_;
        sequencer = sequencer_;
        for (uint256 i; i < MAX_UNEXECUTED; ++i) {
            commitments[i] = bytes32(uint256(1)); // no batch's commitment: only makes the slot non-zero
        }
    }

    /// @notice Phase 1: posts a batch's state differences (L2-RULES.md §5), which L1 only hashes.
    /// @param depositsConsumed how many deposits of the queue the batch credits (the proof checks it)
    /// @return batchIndex the new batch's index
    function commitBatch(bytes calldata stateDiff, uint64 depositsConsumed) external returns (uint256 batchIndex) {
        if (msg.sender != sequencer && !bridge.isOverdue(nextDeposit)) revert NotSequencer(msg.sender);
        batchIndex = batchCount;
        if (batchIndex - executedCount >= MAX_UNEXECUTED) revert TooManyUnexecuted(MAX_UNEXECUTED);
        uint64 first = nextDeposit;
        uint64 depositsAfter = consumeDeposits(depositsConsumed, block.timestamp);
        bytes32 diffHash = keccak256(stateDiff);
        commitments[batchIndex % MAX_UNEXECUTED] = commitment(diffHash, depositsAfter);
        batchCount = uint40(batchIndex + 1);
        emit BatchCommitted(batchIndex, diffHash, first, depositsConsumed);
    }

    /// @notice Phase 2: proves the next batch's post-state root.
    /// @param diffHash the hash of the batch's committed state diff (checked against its commitment)
    /// @param depositsAfter the deposit queue position after the batch (checked likewise)
    function proveBatch(
        uint256 batchIndex,
        bytes32 postStateRoot,
        bytes32 diffHash,
        uint64 depositsAfter,
        bytes calldata proof
    ) external {
        if (batchIndex != provenCount) revert NotNextToProve(batchIndex, provenCount);
        if (batchIndex >= batchCount) revert UnknownBatch(batchIndex);
        if (commitments[batchIndex % MAX_UNEXECUTED] != commitment(diffHash, depositsAfter)) {
            revert NotCommitted(batchIndex, diffHash, depositsAfter);
        }
        bytes32 preRoot = batchIndex == 0 ? bytes32(0) : provenRoots[batchIndex - 1];
        bytes32 inputs = publicInputHash(preRoot, postStateRoot, diffHash, bridge.queueHash(depositsAfter));
        verifier.verify(inputs, proof);
        provenRoots[batchIndex] = postStateRoot;
        provenCount = uint40(batchIndex + 1);
        provenDeposits = uint40(depositsAfter); // checked against the commitment, which consumeDeposits wrote
        emit BatchProven(batchIndex, postStateRoot, inputs);
    }

    /// @notice Phase 3: makes the next proven batch final.
    function executeBatch(uint256 batchIndex) external {
        if (batchIndex != executedCount) revert NotNextToExecute(batchIndex, executedCount);
        if (batchIndex >= provenCount) revert NotProven(batchIndex);
        executedCount = uint40(batchIndex + 1);
        emit BatchExecuted(batchIndex, provenRoots[batchIndex]);
    }

    /// @notice Takes back every committed batch that is not proven (zkSync's `revertBatches` down to
    /// the last proven batch): a batch no proof can exist for would otherwise stop the chain, since
    /// batches are proven in order. Their deposits go back to the queue; the sequencer commits the
    /// transactions again, without the one that broke a rule.
    function revertBatches() external {
        if (msg.sender != sequencer) revert NotSequencer(msg.sender);
        uint40 first = provenCount;
        if (batchCount == first) revert NothingToRevert();
        emit BatchesReverted(first, batchCount);
        batchCount = first;
        unconsumeDeposits(provenDeposits);
    }

    /// @notice The proven post-state root of batch `batchIndex`, zero until it is proven.
    function stateRoot(uint256 batchIndex) external view returns (bytes32) {
        return batchIndex < provenCount ? provenRoots[batchIndex] : bytes32(0);
    }

    /// @notice What L1 keeps of a committed batch: its diff hash and the deposit position after it.
    function commitment(bytes32 diffHash, uint64 depositsAfter) public pure returns (bytes32) {
        return keccak256(abi.encode(diffHash, depositsAfter));
    }

    /// @notice The statement a proof proves (L2-RULES.md §4).
    function publicInputHash(bytes32 preStateRoot, bytes32 postStateRoot, bytes32 diffHash, bytes32 depositQueueHash)
        public
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(preStateRoot, postStateRoot, diffHash, depositQueueHash));
    }

    /// @inheritdoc IStateRootOracle
    function finalizedStateRoot(uint256 batchIndex) external view override returns (bytes32) {
        return batchIndex < executedCount ? provenRoots[batchIndex] : bytes32(0);
    }
}
