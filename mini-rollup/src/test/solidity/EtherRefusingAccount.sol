// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title EtherRefusingAccount: an account that can act on the rollup but cannot be paid
/// @notice Test-only. A test sends calls through `forward`, so it can register as a proposer,
/// propose a batch or open a challenge like any account. It has no `receive` and no
/// `fallback` function, so a plain ETH payment to it (a call with value and no data) reverts:
/// the rollup's contracts must then revert with `PaymentFailed` instead of pretending they paid,
/// and only in the refuser's own `claim` or `withdrawBond`, never while a dispute ends.
contract EtherRefusingAccount {
    /// @notice Calls `target` with `data` and the ETH sent along, as this account; if that call
    /// reverts, this one reverts with the same data, so the caller sees the target's custom error.
    function forward(address target, bytes calldata data) external payable returns (bytes memory result) {
        bool ok;
        (ok, result) = target.call{value: msg.value}(data);
        if (!ok) {
            assembly {
                revert(add(result, 32), mload(result))
            }
        }
    }
}
