// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title IProofVerifier: checks a validity proof of one batch
/// @notice A real zk rollup plugs a SNARK verifier in here: it checks that someone executed the
/// batch correctly, knowing only the public inputs (L2-RULES.md §4) folded into one hash.
interface IProofVerifier {
    /// @notice Returns if `proof` proves the statement `publicInputHash`, and reverts otherwise.
    function verify(bytes32 publicInputHash, bytes calldata proof) external view;
}
