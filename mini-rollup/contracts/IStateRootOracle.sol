// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title IStateRootOracle: the one question the Bridge asks a rollup
/// @notice "Which L2 state root is final for batch i?" The optimistic rollup answers once the
/// challenge window has passed, the zk rollup once the batch's proof is verified and executed. The
/// Bridge pays withdrawals against these roots only, so it works the same for both.
interface IStateRootOracle {
    /// @return root the post-state root of batch `batchIndex` if that batch is final, else zero
    /// (an empty L2 state has root zero too, but it holds no withdrawal, so nothing is lost)
    function finalizedStateRoot(uint256 batchIndex) external view returns (bytes32 root);
}
