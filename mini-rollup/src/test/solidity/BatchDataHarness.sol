// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {BatchData} from "mini-rollup/contracts/BatchData.sol";

/// @title BatchDataHarness: BatchData made callable, so a test can hold it to the Java reading
/// @notice Test-only. The challenger reads batches in Java and L1 in Solidity; where they disagree
/// on a batch, an honest party can lose a dispute, so the two are compared byte for byte.
contract BatchDataHarness {
    /// @notice BatchData.read: how many items and deposits L1 finds, or its revert.
    function read(bytes calldata data, uint64 firstDeposit) external pure returns (uint64 itemCount, uint64 depositCount) {
        BatchData.Summary memory s = BatchData.read(data, firstDeposit);
        return (s.itemCount, s.depositCount);
    }

    /// @notice BatchData.item: item `index` as L1 rebuilds it from the columns.
    function item(bytes calldata data, uint256 index) external pure returns (bytes memory) {
        return BatchData.item(data, index);
    }
}
