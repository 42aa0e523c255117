// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title Stores one greeting; the JSON-RPC tests' contract that reverts with a reason string
/// @notice An empty greeting is refused with require(..., "reason"), which reverts with the ABI
///         encoding of Error(string): what clients decode into "execution reverted: <reason>".
contract Greeter {
    string public greeting;

    event GreetingChanged(string greeting);

    function setGreeting(string calldata newGreeting) external {
        require(bytes(newGreeting).length > 0, "greeting must not be empty");
        greeting = newGreeting;
        emit GreetingChanged(newGreeting);
    }
}
