// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title A minimal ERC-20 token, the EVM benchmark's storage-heavy workload
/// @notice transfer() reads and writes two balances and emits a Transfer event: the shape of most
///         real mainnet transactions.
contract BenchToken {
    mapping(address => uint256) public balanceOf;
    uint256 public totalSupply;

    event Transfer(address indexed from, address indexed to, uint256 value);

    error InsufficientBalance(uint256 available, uint256 required);

    constructor(uint256 supply) {
        balanceOf[msg.sender] = supply;
        totalSupply = supply;
        emit Transfer(address(0), msg.sender, supply);
    }

    function transfer(address to, uint256 value) external returns (bool) {
        uint256 available = balanceOf[msg.sender];
        if (available < value) revert InsufficientBalance(available, value);
        unchecked {
            balanceOf[msg.sender] = available - value;
        }
        balanceOf[to] += value;
        emit Transfer(msg.sender, to, value);
        return true;
    }
}
