// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title L2Transaction: reads a signed L2 transaction and recovers its sender (L2-RULES.md §3, rules 1-3)
/// @notice L2 transactions are ordinary signed Ethereum transactions, so any wallet can sign them:
/// EIP-1559 (`0x02 ‖ rlp([chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value,
/// data, accessList, yParity, r, s])`) or legacy EIP-155 (`rlp([nonce, gasPrice, gasLimit, to, value,
/// data, v, r, s])`). This library decodes them strictly, because Java and Solidity must accept
/// exactly the same byte strings: every RLP length and integer in its shortest (canonical) form,
/// integers at most 32 bytes, nothing after the list.
/// A batch carries a standard transfer in its compact form instead (L2-RULES.md §2, `decodeCompact`):
/// the same signature over the same signing hash, with the implied fields left out, and the
/// recipient written in full or named by a key prefix, which L2Rules resolves against the state.
library L2Transaction {
    /// @dev The secp256k1 group order n, and n/2: EIP-2 rejects signatures with s above it, so a
    /// signature cannot be flipped into a second valid one (s -> n - s).
    uint256 private constant SECP256K1N_HALF = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;

    /// @notice First byte of a compact standard transfer.
    bytes1 internal constant COMPACT_KIND = 0x00;
    /// @notice First byte of a compact transfer whose recipient is named by a key prefix of P bytes,
    /// less P (0x81..0x88): 0x80..0xBF start an RLP string, which no Ethereum transaction does.
    uint256 internal constant PREFIX_KIND = 0x80;
    uint256 internal constant MAX_PREFIX_BYTES = 8;
    /// @notice The fields a compact transfer leaves out: a standard transfer's tip (0.001 gwei), fee
    /// cap (2 · the 1 gwei base fee + tip) and gas limit.
    uint256 internal constant STANDARD_TIP = 1_000_000;
    uint256 internal constant STANDARD_MAX_FEE = 2_001_000_000;
    uint256 internal constant STANDARD_GAS = 21000;

    /// @notice The fields of a decoded transaction. For a legacy transaction both fee fields hold
    /// its gas price; `hasChainId` is false for a legacy signature without EIP-155 (v = 27 or 28).
    /// A compact transfer that names its recipient by a key prefix has `prefixLength` P > 0 and
    /// `prefixKey` = prefix ‖ 0…0; `to` and `signingHash` are then zero until it is resolved
    /// (`resolveRecipient`).
    struct Tx {
        bool legacy;
        bool hasChainId;
        uint256 chainId;
        uint256 nonce;
        uint256 maxPriorityFeePerGas;
        uint256 maxFeePerGas;
        uint256 gasLimit;
        address to;
        uint256 value;
        uint256 yParity;
        uint256 r;
        uint256 s;
        bytes32 signingHash;
        uint256 prefixLength;
        uint256 prefixKey;
    }

    /// @dev A read position in the body; `ok` turns false at the first malformed byte and stays false.
    struct Reader {
        uint256 pos;
        bool ok;
    }

    /// @notice Decodes `body` (rule 1, MALFORMED). It is well formed only if it is a compact
    /// transfer, or a type-2 or a legacy transaction in canonical RLP, with empty data, an empty
    /// access list and a 20-byte `to`.
    /// @param l2ChainId the chain id a compact transfer implies
    /// @return wellFormed false for anything else; `t` is then meaningless
    /// @return t the fields and the signing hash (the hash the sender signed)
    function decode(bytes calldata body, uint256 l2ChainId) internal pure returns (bool wellFormed, Tx memory t) {
        if (body.length == 0) return (false, t);
        uint256 kind = uint8(body[0]);
        if (kind == 0 || (kind > PREFIX_KIND && kind <= PREFIX_KIND + MAX_PREFIX_BYTES)) {
            return decodeCompact(body, l2ChainId);
        }
        if (body[0] == 0x02) return decode1559(body);
        if (uint8(body[0]) >= 0xc0) return decodeLegacy(body);
        return (false, t); // an unknown type byte
    }

    /// @notice Recovers the signer (rule 3, BAD_SIGNATURE): address(0) if s is above n/2, the y
    /// parity is not 0 or 1, or the ecrecover precompile finds no signer.
    function recoverSender(Tx memory t) internal pure returns (address) {
        if (t.s > SECP256K1N_HALF || t.yParity > 1) return address(0);
        return ecrecover(t.signingHash, uint8(27 + t.yParity), bytes32(t.r), bytes32(t.s));
    }

    /// @dev 0x02 ‖ rlp([chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value,
    /// data, accessList, yParity, r, s]). The signed payload is the first nine fields, re-wrapped
    /// in a list: canonical encoding makes those bytes a slice of the body.
    function decode1559(bytes calldata body) private pure returns (bool, Tx memory t) {
        Reader memory rd = Reader(1, true);
        uint256 end = enterList(body, rd);
        uint256 fieldsStart = rd.pos;
        t.hasChainId = true;
        t.chainId = readUint(body, rd);
        t.nonce = readUint(body, rd);
        t.maxPriorityFeePerGas = readUint(body, rd);
        t.maxFeePerGas = readUint(body, rd);
        t.gasLimit = readUint(body, rd);
        t.to = readAddress(body, rd);
        t.value = readUint(body, rd);
        readEmpty(body, rd, false); // data
        readEmpty(body, rd, true); // access list
        uint256 fieldsEnd = rd.pos;
        t.yParity = readUint(body, rd);
        t.r = readUint(body, rd);
        t.s = readUint(body, rd);
        if (!rd.ok || rd.pos != end || end != body.length) return (false, t);
        bytes calldata fields = body[fieldsStart:fieldsEnd];
        t.signingHash = keccak256(abi.encodePacked(uint8(0x02), listHeader(fields.length), fields));
        return (true, t);
    }

    /// @dev rlp([nonce, gasPrice, gasLimit, to, value, data, v, r, s]) with v = 35 + 2·chainId + yParity
    /// (EIP-155). The signed payload is rlp([nonce, gasPrice, gasLimit, to, value, data, chainId, 0, 0]).
    function decodeLegacy(bytes calldata body) private pure returns (bool, Tx memory t) {
        Reader memory rd = Reader(0, true);
        uint256 end = enterList(body, rd);
        uint256 fieldsStart = rd.pos;
        t.legacy = true;
        t.nonce = readUint(body, rd);
        t.maxFeePerGas = readUint(body, rd);
        t.maxPriorityFeePerGas = t.maxFeePerGas;
        t.gasLimit = readUint(body, rd);
        t.to = readAddress(body, rd);
        t.value = readUint(body, rd);
        readEmpty(body, rd, false); // data
        uint256 fieldsEnd = rd.pos;
        uint256 v = readUint(body, rd);
        t.r = readUint(body, rd);
        t.s = readUint(body, rd);
        if (!rd.ok || rd.pos != end || end != body.length) return (false, t);
        if (v < 35) return (true, t); // pre-EIP-155 (or nonsense) v: no chain id, rule 2 rejects it
        t.hasChainId = true;
        t.chainId = (v - 35) / 2;
        t.yParity = (v - 35) % 2;
        bytes memory tail = abi.encodePacked(encodeUint(t.chainId), uint16(0x8080)); // chainId, 0, 0
        bytes calldata fields = body[fieldsStart:fieldsEnd];
        t.signingHash = keccak256(abi.encodePacked(listHeader(fields.length + tail.length), fields, tail));
        return (true, t);
    }

    /// @dev 0x00 ‖ quantity nonce ‖ address to ‖ quantity value ‖ bytes32 r ‖ bytes32 (yParity·2^255 + s):
    /// an EIP-1559 transfer with the standard tip, fee cap and gas limit, no data and no access list
    /// and this L2's chain id. Its signing hash is rebuilt from those fields, exactly the payload a
    /// wallet signed for the full transaction. With kind 0x80 + P, a P-byte key prefix stands where
    /// `to` was: the signing hash waits until L2Rules has resolved it.
    function decodeCompact(bytes calldata body, uint256 l2ChainId) private pure returns (bool, Tx memory t) {
        bool ok;
        uint256 pos;
        (ok, t.nonce, pos) = readQuantity(body, 1);
        uint256 kind = uint8(body[0]);
        uint256 recipientBytes = kind == 0 ? 20 : kind - PREFIX_KIND;
        if (!ok || pos + recipientBytes > body.length) return (false, t);
        if (kind == 0) {
            t.to = address(bytes20(body[pos:pos + 20]));
        } else {
            t.prefixLength = recipientBytes;
            t.prefixKey = uint256(bytes32(body[pos:pos + recipientBytes])); // the bytes, then zeros
        }
        (ok, t.value, pos) = readQuantity(body, pos + recipientBytes);
        if (!ok || body.length != pos + 64) return (false, t);
        t.r = uint256(bytes32(body[pos:pos + 32]));
        uint256 sv = uint256(bytes32(body[pos + 32:pos + 64]));
        t.yParity = sv >> 255;
        t.s = sv & ((1 << 255) - 1);
        t.hasChainId = true;
        t.chainId = l2ChainId;
        t.maxPriorityFeePerGas = STANDARD_TIP;
        t.maxFeePerGas = STANDARD_MAX_FEE;
        t.gasLimit = STANDARD_GAS;
        if (kind == 0) t.signingHash = standardSigningHash(t);
        return (true, t);
    }

    /// @notice A compact transfer's recipient, once L2Rules has read which account its key prefix
    /// names: the transaction is then the standard transfer to it, with its signing hash.
    function resolveRecipient(Tx memory t, address to) internal pure {
        t.to = to;
        t.signingHash = standardSigningHash(t);
    }

    /// @dev H(0x02 ‖ rlp([chainId, nonce, tip, cap, gas, to, value, "", []])) of a standard transfer.
    function standardSigningHash(Tx memory t) private pure returns (bytes32) {
        bytes memory fees = abi.encodePacked(
            encodeUint(t.chainId), encodeUint(t.nonce), encodeUint(STANDARD_TIP), encodeUint(STANDARD_MAX_FEE)
        );
        bytes memory fields = abi.encodePacked(
            fees,
            encodeUint(STANDARD_GAS),
            uint8(0x94), // a 20-byte string: the recipient
            t.to,
            encodeUint(t.value),
            uint16(0x80c0) // empty data, empty access list
        );
        return keccak256(abi.encodePacked(uint8(0x02), listHeader(fields.length), fields));
    }

    /// @dev A compact quantity at `pos`: a byte `L·32 + e` and an L-byte mantissa m (L <= 6), worth
    /// m·10^e (below 2^48 · 10^31, so it cannot overflow); or 0xE0 and a full uint256.
    /// @return ok false if it runs past the end, or L = 7 with an exponent
    /// @return value the quantity
    /// @return next where the next field starts
    function readQuantity(bytes calldata b, uint256 pos) private pure returns (bool ok, uint256 value, uint256 next) {
        if (pos >= b.length) return (false, 0, pos);
        uint256 header = uint8(b[pos]);
        uint256 length = header >> 5;
        next = pos + 1;
        if (length == 7) {
            if (header != 0xE0 || next + 32 > b.length) return (false, 0, next);
            return (true, uint256(bytes32(b[next:next + 32])), next + 32);
        }
        if (next + length > b.length) return (false, 0, next);
        if (length > 0) value = uint256(bytes32(b[next:next + length])) >> (256 - 8 * length);
        return (true, value * 10 ** (header & 31), next + length);
    }

    // ------------------------------------------------------------------ strict RLP reading

    /// @dev Reads the header of the item at rd.pos and moves rd.pos to its payload.
    /// Canonical means: a single byte below 0x80 is never wrapped, a length below 56 uses the short
    /// form, a long-form length has no leading zero byte and is at least 56.
    /// @return isList whether the item is a list
    /// @return length the payload length (0 when rd.ok turned false)
    function readHeader(bytes calldata b, Reader memory rd) private pure returns (bool isList, uint256 length) {
        if (!rd.ok || rd.pos >= b.length) return fail(rd);
        uint8 prefix = uint8(b[rd.pos]);
        if (prefix < 0x80) return (false, 1); // the byte is its own payload; pos stays on it
        isList = prefix >= 0xc0;
        uint8 shortBase = isList ? 0xc0 : 0x80;
        rd.pos += 1;
        if (prefix <= shortBase + 55) {
            length = prefix - shortBase;
            if (!isList && length == 1 && (rd.pos >= b.length || uint8(b[rd.pos]) < 0x80)) return fail(rd);
        } else {
            uint256 lengthOfLength = prefix - shortBase - 55;
            if (rd.pos + lengthOfLength > b.length || b[rd.pos] == 0) return fail(rd);
            length = uint256(bytes32(b[rd.pos:rd.pos + lengthOfLength])) >> (256 - 8 * lengthOfLength);
            if (length < 56) return fail(rd);
            rd.pos += lengthOfLength;
        }
        if (length > b.length - rd.pos) return fail(rd);
    }

    function fail(Reader memory rd) private pure returns (bool, uint256) {
        rd.ok = false;
        return (false, 0);
    }

    /// @dev Enters the outer list; returns where it ends.
    function enterList(bytes calldata b, Reader memory rd) private pure returns (uint256 end) {
        (bool isList, uint256 length) = readHeader(b, rd);
        if (!isList) rd.ok = false;
        return rd.pos + length;
    }

    /// @dev A canonical unsigned integer: a string of at most 32 bytes without a leading zero byte.
    function readUint(bytes calldata b, Reader memory rd) private pure returns (uint256 value) {
        bytes calldata payload = readString(b, rd);
        if (payload.length > 32 || (payload.length > 0 && payload[0] == 0)) {
            rd.ok = false;
            return 0;
        }
        if (payload.length > 0) value = uint256(bytes32(payload)) >> (256 - 8 * payload.length);
    }

    /// @dev The recipient: exactly 20 bytes (an empty `to` would create a contract: not on this L2).
    function readAddress(bytes calldata b, Reader memory rd) private pure returns (address) {
        bytes calldata payload = readString(b, rd);
        if (payload.length != 20) {
            rd.ok = false;
            return address(0);
        }
        return address(bytes20(payload));
    }

    /// @dev An empty string (data) or an empty list (access list): L2 transactions carry neither.
    function readEmpty(bytes calldata b, Reader memory rd, bool list) private pure {
        (bool isList, uint256 length) = readHeader(b, rd);
        if (isList != list || length != 0) rd.ok = false;
    }

    /// @dev A string item's payload; a list where a string belongs is malformed.
    function readString(bytes calldata b, Reader memory rd) private pure returns (bytes calldata payload) {
        (bool isList, uint256 length) = readHeader(b, rd);
        if (isList || !rd.ok) {
            rd.ok = false;
            return b[0:0];
        }
        payload = b[rd.pos:rd.pos + length];
        rd.pos += length;
    }

    // ------------------------------------------------------------------ RLP writing (signing payloads)

    /// @dev The header of a list whose payload has `length` bytes.
    function listHeader(uint256 length) private pure returns (bytes memory) {
        if (length < 56) return abi.encodePacked(uint8(0xc0 + length));
        bytes memory len = bigEndian(length);
        return abi.encodePacked(uint8(0xf7 + len.length), len);
    }

    /// @dev A canonical RLP integer (zero is the empty string 0x80).
    function encodeUint(uint256 value) private pure returns (bytes memory) {
        if (value == 0) return hex"80";
        if (value < 0x80) return abi.encodePacked(uint8(value));
        bytes memory digits = bigEndian(value);
        return abi.encodePacked(uint8(0x80 + digits.length), digits);
    }

    /// @dev `value` in big-endian bytes without leading zeros (value > 0).
    function bigEndian(uint256 value) private pure returns (bytes memory out) {
        uint256 n;
        for (uint256 v = value; v != 0; v >>= 8) ++n;
        out = new bytes(n);
        for (uint256 i = n; i > 0; --i) {
            out[i - 1] = bytes1(uint8(value));
            value >>= 8;
        }
    }
}
