// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title Keccak loop, the EVM benchmark's compute-heavy workload
/// @notice Hashes a running value n times: almost every gas unit goes to KECCAK256, stack and
///         memory instructions, with no storage access and no memory growth inside the loop.
contract KeccakLoop {
    /// @param n how many times to hash (200,000 iterations burn about 24 Mgas)
    /// @return h the final hash, so the optimizer cannot drop the loop
    function run(uint256 n) external pure returns (bytes32 h) {
        for (uint256 i = 0; i < n; i++) {
            // hash (h, i) in the 64-byte scratch space, so memory does not grow with n
            assembly {
                mstore(0x00, h)
                mstore(0x20, i)
                h := keccak256(0x00, 0x40)
            }
        }
    }
}
