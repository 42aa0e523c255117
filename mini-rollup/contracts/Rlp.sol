// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title Rlp: reads Ethereum's Recursive Length Prefix encoding from calldata
/// @notice Block headers, transactions and Merkle-Patricia trie nodes are all RLP. Every byte string
/// this library reads was first checked against a hash (a block hash, a node hash), so it does not
/// insist on the shortest encoding: a hash fixes the bytes, and one reading of bytes is all there is.
library Rlp {
    /// @notice The bytes are not RLP: an item's length runs past its end.
    error BadRlp();

    /// @notice Splits the first item off `data`.
    /// @return payload the item's content without its length prefix
    /// @return isList whether the item is a list (its payload is then the concatenated items)
    /// @return rest what follows the item
    function next(bytes calldata data)
        internal
        pure
        returns (bytes calldata payload, bool isList, bytes calldata rest)
    {
        if (data.length == 0) revert BadRlp();
        uint256 prefix = uint8(data[0]);
        uint256 start;
        uint256 length;
        if (prefix < 0x80) { // a single byte is its own encoding
            length = 1;
        } else if (prefix < 0xb8) { // a string of 0-55 bytes
            start = 1;
            length = prefix - 0x80;
        } else if (prefix < 0xc0) { // a longer string: its length's length, then its length
            start = 1 + prefix - 0xb7;
            length = bigEndian(data, 1, start);
        } else if (prefix < 0xf8) { // a list of 0-55 bytes
            isList = true;
            start = 1;
            length = prefix - 0xc0;
        } else {
            isList = true;
            start = 1 + prefix - 0xf7;
            length = bigEndian(data, 1, start);
        }
        if (start + length > data.length) revert BadRlp();
        payload = data[start:start + length];
        rest = data[start + length:];
    }

    /// @notice The payload of the list `data` (which must be one list and nothing more).
    function list(bytes calldata data) internal pure returns (bytes calldata items) {
        bool isList;
        bytes calldata rest;
        (items, isList, rest) = next(data);
        if (!isList || rest.length != 0) revert BadRlp();
    }

    /// @notice Item `index` of the list payload `items`, without its prefix (a string's bytes).
    function at(bytes calldata items, uint256 index) internal pure returns (bytes calldata payload) {
        bytes calldata rest = items;
        for (uint256 i; i < index; ++i) {
            (,, rest) = next(rest);
        }
        (payload,,) = next(rest);
    }

    /// @notice How many items the list payload `items` holds.
    function count(bytes calldata items) internal pure returns (uint256 n) {
        for (bytes calldata rest = items; rest.length != 0; ++n) {
            (,, rest) = next(rest);
        }
    }

    /// @notice A string item's payload read as a big-endian number of at most 32 bytes.
    function toUint(bytes calldata payload) internal pure returns (uint256) {
        if (payload.length > 32) revert BadRlp();
        return bigEndian(payload, 0, payload.length);
    }

    /// @notice A 20-byte string item read as an address; the empty string (a transaction's recipient
    /// when it creates a contract) reads as address zero.
    function toAddress(bytes calldata payload) internal pure returns (address) {
        if (payload.length == 0) return address(0);
        if (payload.length != 20) revert BadRlp();
        return address(uint160(bigEndian(payload, 0, 20)));
    }

    /// @notice The prefix RLP puts before a list whose payload is `length` bytes long.
    function listPrefix(uint256 length) internal pure returns (bytes memory prefix) {
        if (length < 56) return abi.encodePacked(uint8(0xc0 + length));
        uint256 lengthBytes;
        for (uint256 l = length; l != 0; l >>= 8) {
            ++lengthBytes;
        }
        prefix = new bytes(1 + lengthBytes);
        prefix[0] = bytes1(uint8(0xf7 + lengthBytes));
        for (uint256 i = lengthBytes; i != 0; --i) {
            prefix[i] = bytes1(uint8(length));
            length >>= 8;
        }
    }

    /// @dev data[from:to] as a big-endian number (at most 32 bytes).
    function bigEndian(bytes calldata data, uint256 from, uint256 to) private pure returns (uint256 value) {
        if (to > data.length || to - from > 32) revert BadRlp();
        for (uint256 i = from; i < to; ++i) {
            value = value << 8 | uint8(data[i]);
        }
    }
}
