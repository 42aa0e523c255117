// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IProofVerifier} from "./IProofVerifier.sol";

/// @title MockVerifier: a stand-in for a SNARK verifier. It proves nothing about execution.
/// @notice The "proof" is the registered prover's secp256k1 signature (r ‖ s ‖ v, 65 bytes) over
/// the public-input hash, without any message prefix (L2-RULES.md §4). So this verifier only shows
/// that the prover vouches for the roots. A real verifier checks a SNARK: a short proof that
/// applying the batch's transactions to the pre-state root yields the post-state root, which L1
/// could then trust without trusting anyone.
contract MockVerifier is IProofVerifier {
    /// @notice The only key whose signatures count as proofs.
    address public immutable prover;

    event ProverRegistered(address indexed prover);

    /// @notice A mock proof is 65 bytes.
    error MalformedProof(uint256 length);
    /// @notice The proof was not signed by the prover over this hash (a wrong key, or a wrong root
    /// or batch: the signature then recovers some other address).
    error InvalidProof(address signer, address prover);

    constructor(address prover_) {
        prover = prover_;
        emit ProverRegistered(prover_);
    }

    /// @inheritdoc IProofVerifier
    function verify(bytes32 publicInputHash, bytes calldata proof) external view {
        if (proof.length != 65) revert MalformedProof(proof.length);
        address signer = ecrecover(publicInputHash, uint8(proof[64]), bytes32(proof[:32]), bytes32(proof[32:64]));
        if (signer != prover || signer == address(0)) revert InvalidProof(signer, prover);
    }
}
