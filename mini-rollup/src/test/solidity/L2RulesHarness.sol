// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IDepositSource, L2Rules} from "mini-rollup/contracts/L2Rules.sol";

/// @title L2RulesHarness: L2Rules made callable, for the shared test vectors and gas measurements
/// @notice Test-only. It plays the Bridge's deposit queue itself (setDepositHash), so a vector's
/// deposit can be checked without a real deposit on L1.
contract L2RulesHarness is IDepositSource {
    /// @inheritdoc IDepositSource
    mapping(uint256 index => bytes32) public depositHash;

    function setDepositHash(uint256 index, bytes32 hash) external {
        depositHash[index] = hash;
    }

    /// @notice L2Rules.applyItem, plus the gas it used (without this wrapper's call overhead).
    function applyItem(bytes32 preRoot, bytes calldata body, L2Rules.Context calldata ctx, L2Rules.Witness calldata w)
        external
        view
        returns (bytes32 postRoot, uint8 outcome, uint256 gasUsed)
    {
        uint256 before = gasleft();
        (postRoot, outcome) = L2Rules.applyItem(preRoot, body, ctx, w);
        gasUsed = before - gasleft();
    }
}
