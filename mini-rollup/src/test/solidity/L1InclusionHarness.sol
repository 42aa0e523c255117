// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {L1Inclusion} from "mini-rollup/contracts/L1Inclusion.sol";

/// @title L1InclusionHarness: L1Inclusion made callable, so a test can prove real devnet transactions
/// @notice Test-only.
contract L1InclusionHarness {
    /// @notice L1Inclusion.transaction against block `knownBlock`'s hash, as the chain gives it.
    function transaction(uint256 knownBlock, L1Inclusion.Proof calldata proof)
        external
        view
        returns (address sender, uint256 nonce, address to, uint256 blockNumber, uint256 blockTimestamp, bytes memory data)
    {
        L1Inclusion.Included memory t;
        (t, data) = L1Inclusion.transaction(blockhash(knownBlock), proof);
        return (t.sender, t.nonce, t.to, t.blockNumber, t.blockTimestamp, data);
    }
}
