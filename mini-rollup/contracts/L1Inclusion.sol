// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {MerkleTrie} from "./MerkleTrie.sol";
import {Rlp} from "./Rlp.sol";

/// @title L1Inclusion: proves to a contract that a transaction is in an L1 block
/// @notice A contract sees only its own call, never the chain's other transactions. What it can see
/// is a block hash (`blockhash`, for the last 256 blocks), and a block hash commits to everything:
/// 1. the hash is keccak256 of the block's header, which names its parent by hash, so a chain of
///    headers leads back from a known hash to any earlier block;
/// 2. the header's `transactionsRoot` is the root of a Merkle-Patricia trie of the block's signed
///    transactions (MerkleTrie);
/// 3. a signed transaction names its sender by its signature (`ecrecover`).
/// This is how the OP Stack's fault proof learns a batch that was sent to an address without code:
/// from the L1 block hash down to the transaction's bytes.
library L1Inclusion {
    /// @notice What L1 knows of a proven transaction: its hash (its id on every node), sender, nonce,
    /// recipient and block. Its call data is returned beside it.
    struct Included {
        bytes32 hash;
        address sender;
        uint256 nonce;
        address to;
        uint256 blockNumber;
        uint256 blockTimestamp;
    }

    /// @notice The way from a known block hash to one transaction.
    /// @param headers the RLP block headers from the known block back to the transaction's block,
    /// each the parent of the one before it (one header when the transaction is in the known block)
    /// @param transactionIndex the transaction's position in its block
    /// @param trieNodes the nodes of the transaction trie from its root to the transaction
    struct Proof {
        bytes[] headers;
        uint256 transactionIndex;
        bytes[] trieNodes;
    }

    /// @notice Header `header` does not hash to what the known block hash (the first) or its
    /// child's parent hash (the others) says.
    error HeaderMismatch(uint256 header);
    /// @notice The proof has no header.
    error NoHeader();
    /// @notice The transaction's first byte names a type this library cannot read (EIP-2718).
    error UnsupportedTransactionType(uint256 txType);
    /// @notice The signature recovers to no address.
    error BadSignature();

    uint256 private constant PARENT_HASH = 0;
    uint256 private constant TRANSACTIONS_ROOT = 4;
    uint256 private constant NUMBER = 8;
    uint256 private constant TIMESTAMP = 11;

    /// @notice Checks `proof` against `knownBlockHash` and reads the transaction it leads to.
    /// @return t the transaction's sender, nonce, recipient and block
    /// @return data the transaction's call data
    function transaction(bytes32 knownBlockHash, Proof calldata proof)
        internal
        pure
        returns (Included memory t, bytes calldata data)
    {
        uint256 last = proof.headers.length;
        if (last == 0) revert NoHeader();
        --last;
        bytes32 expected = knownBlockHash;
        for (uint256 h; h <= last; ++h) {
            if (keccak256(proof.headers[h]) != expected) revert HeaderMismatch(h);
            if (h != last) expected = bytes32(Rlp.at(Rlp.list(proof.headers[h]), PARENT_HASH));
        }
        bytes calldata header = Rlp.list(proof.headers[last]);
        t.blockNumber = Rlp.toUint(Rlp.at(header, NUMBER));
        t.blockTimestamp = Rlp.toUint(Rlp.at(header, TIMESTAMP));
        bytes calldata signed = MerkleTrie.get(
            bytes32(Rlp.at(header, TRANSACTIONS_ROOT)), trieKey(proof.transactionIndex), proof.trieNodes
        );
        t.hash = keccak256(signed);
        data = read(signed, t);
    }

    /// @notice The key a block's transaction trie stores transaction `index` under: RLP(index).
    function trieKey(uint256 index) internal pure returns (bytes memory) {
        if (index == 0) return hex"80";
        if (index < 0x80) return abi.encodePacked(uint8(index));
        if (index < 0x100) return abi.encodePacked(uint8(0x81), uint8(index));
        return abi.encodePacked(uint8(0x82), uint16(index)); // a block holds fewer than 65,536 transactions
    }

    /// @dev Reads a signed transaction, fills `t`'s sender, nonce and recipient, returns its data.
    /// Typed transactions (EIP-2718) are `type ‖ RLP([chainId, nonce, …, yParity, r, s])` and sign
    /// `type ‖ RLP(every field but the last three)`; where the nonce, recipient and data sit depends
    /// on the type. A legacy transaction is a bare RLP list whose `v` says how it was signed.
    function read(bytes calldata signed, Included memory t) private pure returns (bytes calldata data) {
        uint256 txType = uint8(signed[0]);
        if (txType >= 0xc0) return readLegacy(signed, t);
        uint256 toField;
        if (txType == 1) toField = 4; // EIP-2930: chainId, nonce, gasPrice, gas, to, value, data, accessList
        else if (txType == 2 || txType == 3) toField = 5; // EIP-1559 and EIP-4844: maxPriorityFee, maxFee
        else revert UnsupportedTransactionType(txType);
        bytes calldata fields = Rlp.list(signed[1:]);
        t.nonce = Rlp.toUint(Rlp.at(fields, 1));
        t.to = Rlp.toAddress(Rlp.at(fields, toField));
        data = Rlp.at(fields, toField + 2);
        (bytes calldata signedFields, bytes calldata signature) = splitSignature(fields);
        bytes32 digest = keccak256(abi.encodePacked(uint8(txType), Rlp.listPrefix(signedFields.length), signedFields));
        t.sender = recover(digest, 27 + Rlp.toUint(Rlp.at(signature, 0)), signature);
    }

    /// @dev A legacy transaction: RLP([nonce, gasPrice, gas, to, value, data, v, r, s]). With
    /// EIP-155, v = 35 + 2·chainId + parity and the signed list ends with (chainId, 0, 0); before it,
    /// v = 27 + parity and the list ends with the data.
    function readLegacy(bytes calldata signed, Included memory t) private pure returns (bytes calldata data) {
        bytes calldata fields = Rlp.list(signed);
        t.nonce = Rlp.toUint(Rlp.at(fields, 0));
        t.to = Rlp.toAddress(Rlp.at(fields, 3));
        data = Rlp.at(fields, 5);
        (bytes calldata signedFields, bytes calldata signature) = splitSignature(fields);
        uint256 v = Rlp.toUint(Rlp.at(signature, 0));
        bytes memory replay; // EIP-155's (chainId, 0, 0)
        if (v >= 35) {
            uint256 chainId = (v - 35) / 2;
            replay = abi.encodePacked(encodeUint(chainId), hex"8080");
            v = 27 + (v - 35) % 2;
        }
        bytes32 digest = keccak256(abi.encodePacked(Rlp.listPrefix(signedFields.length + replay.length), signedFields, replay));
        t.sender = recover(digest, v, signature);
    }

    /// @dev A transaction's fields without the last three (v or yParity, r, s), and those three.
    function splitSignature(bytes calldata fields)
        private
        pure
        returns (bytes calldata signedFields, bytes calldata signature)
    {
        uint256 count = Rlp.count(fields);
        bytes calldata tail = fields;
        for (uint256 i; i + 3 < count; ++i) {
            (,, tail) = Rlp.next(tail);
        }
        signedFields = fields[:fields.length - tail.length];
        signature = tail;
    }

    /// @dev ecrecover of `digest` with the (v, r, s) whose r and s are the items after v in `signature`.
    function recover(bytes32 digest, uint256 v, bytes calldata signature) private pure returns (address signer) {
        (, , bytes calldata rs) = Rlp.next(signature);
        (bytes calldata r, , bytes calldata sRest) = Rlp.next(rs);
        (bytes calldata s, , ) = Rlp.next(sRest);
        signer = ecrecover(digest, uint8(v), bytes32(Rlp.toUint(r)), bytes32(Rlp.toUint(s)));
        if (signer == address(0)) revert BadSignature();
    }

    /// @dev RLP of a number: one byte below 0x80, else 0x80 + length and the big-endian bytes.
    function encodeUint(uint256 value) private pure returns (bytes memory) {
        if (value == 0) return hex"80";
        if (value < 0x80) return abi.encodePacked(uint8(value));
        uint256 length;
        for (uint256 v = value; v != 0; v >>= 8) {
            ++length;
        }
        bytes memory out = new bytes(1 + length);
        out[0] = bytes1(uint8(0x80 + length));
        for (uint256 i = length; i != 0; --i) {
            out[i] = bytes1(uint8(value));
            value >>= 8;
        }
        return out;
    }
}
