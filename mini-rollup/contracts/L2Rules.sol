// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {L2State} from "./L2State.sol";
import {L2Transaction} from "./L2Transaction.sol";

/// @notice Where L1 keeps the deposit queue: `depositHash(i) = H(abi.encode(i, l1From, l2To, amount))`.
/// The Bridge's public `depositHash` mapping is this function.
interface IDepositSource {
    function depositHash(uint256 index) external view returns (bytes32);
}

/// @title L2Rules: executes one batch item on L1, the heart of the one-step proof (L2-RULES.md §3)
/// @notice The sequencer and the challenger run the L2 rules in Java; when they disagree about one
/// item, L1 runs the same rules here and decides. L1 does not have the L2 state, only its root, so
/// the caller supplies the few leaves the item touches (their values and Merkle proofs, the
/// `Witness`), and this library checks every one of them before trusting it.
/// @dev An invalid item changes nothing: applyItem then returns the pre-root and the number of the
/// rule it broke. A witness that does not match the roots is not an invalid item but a bad proof,
/// and reverts (L2State.InvalidProof, WrongDeposit).
library L2Rules {
    // Outcome codes: 0 = applied, else the rule that was broken, numbered as in L2-RULES.md §3.
    uint8 internal constant OK = 0;
    uint8 internal constant MALFORMED = 1;
    uint8 internal constant WRONG_CHAIN_ID = 2;
    uint8 internal constant BAD_SIGNATURE = 3;
    uint8 internal constant GAS_LIMIT_TOO_LOW = 4;
    uint8 internal constant NONCE_MISMATCH = 5;
    uint8 internal constant FEE_CAP_TOO_LOW = 6;
    uint8 internal constant INSUFFICIENT_BALANCE = 7;
    /// @dev Rule 1b, checked right after MALFORMED; code 8 so the others keep their codes.
    uint8 internal constant UNKNOWN_RECIPIENT = 8;

    /// @notice The L2 base fee per gas: a constant of the rules (no EIP-1559 adjustment on this L2).
    uint256 internal constant L2_BASE_FEE = 1 gwei;
    /// @notice The gas every transfer pays, whatever its gas limit says.
    uint256 internal constant TRANSFER_GAS = 21000;
    /// @notice Collects every fee (the OP Stack's SequencerFeeVault address).
    address internal constant FEE_VAULT = 0x4200000000000000000000000000000000000011;
    /// @notice Value sent here leaves L2: a withdrawal to the sender's own address on L1.
    address internal constant WITHDRAWAL_ADDRESS = 0x4200000000000000000000000000000000000016;
    /// @notice First byte of a deposit item (`0x7E ‖ uint64 depositIndex`, 9 bytes).
    bytes1 internal constant DEPOSIT_TYPE = 0x7E;

    /// @notice The deposit's L1 queue entry does not match the preimage in the witness.
    error WrongDeposit(uint256 index);
    /// @notice A key prefix names the leaf `leafKey`, and the witness says it is the account's
    /// whose key that is not.
    error NotTheNamedAccount(uint256 leafKey, address account);

    /// @notice What the batch says about every item in it.
    /// @param l2ChainId the rollup's L2 chain id (rule 2)
    /// @param l1FeePerByte the batch header's price of one byte of L1 calldata (the fee's second term)
    /// @param deposits the Bridge, to check a deposit item against its queue entry
    struct Context {
        uint256 l2ChainId;
        uint64 l1FeePerByte;
        IDepositSource deposits;
    }

    /// @notice One account leaf before it is updated, with its proof.
    struct Account {
        uint256 balance;
        uint64 nonce;
        L2State.Proof proof;
    }

    /// @notice The preimage of a deposit queue entry.
    struct Deposit {
        address l1From;
        address l2To;
        uint256 amount;
    }

    /// @notice Which account a compact transfer's key prefix names (L2-RULES.md §2.1): the proof of
    /// K = prefix ‖ 0…0 against the pre-root (K absent), and the account whose leaf it ends at, if
    /// the prefix names one (else any address: L1 reads that it names none from the proof).
    struct RecipientByPrefix {
        address account;
        L2State.Proof proof;
    }

    /// @notice The leaves an item touches, in the order the rules update them; each proof is
    /// against the root left by the update before it (so a transfer to oneself works: the recipient
    /// is the sender after the debit). Fields an item does not need may be left empty.
    /// @param sender transfers (rules 5 and later): the sender's leaf, proven against the pre-root
    /// @param recipient a transfer: `to`'s leaf after the sender's update; a deposit: `l2To`'s leaf
    /// against the pre-root
    /// @param withdrawal a withdrawal: proof that its leaf is still empty after the sender's update
    /// @param feeVault a transfer: the fee vault's leaf after the recipient (or withdrawal) update
    /// @param deposit a deposit: the queue entry's preimage
    /// @param recipientByPrefix a compact transfer that names its recipient by a key prefix
    struct Witness {
        Account sender;
        Account recipient;
        L2State.Proof withdrawal;
        Account feeVault;
        Deposit deposit;
        RecipientByPrefix recipientByPrefix;
    }

    /// @notice Applies one batch item to the state root `preRoot`: S_{i+1} = apply(S_i, item_i).
    /// @param body the item's body as in the batch (`0x7E ‖ index` or a signed transaction)
    /// @return postRoot the state root after the item (== preRoot when the item is invalid)
    /// @return outcome OK, or the code of the first rule the item broke
    function applyItem(bytes32 preRoot, bytes calldata body, Context memory ctx, Witness calldata w)
        internal
        view
        returns (bytes32 postRoot, uint8 outcome)
    {
        if (body.length == 9 && body[0] == DEPOSIT_TYPE) {
            return (applyDeposit(preRoot, uint64(bytes8(body[1:9])), ctx.deposits, w), OK);
        }
        return applyTransfer(preRoot, body, ctx, w);
    }

    /// @notice A deposit credits `amount` to `l2To` (nonce unchanged): no fee, no signature, always valid.
    /// @dev Reverts with WrongDeposit if `w.deposit` is not the preimage of queue entry `index`.
    function applyDeposit(bytes32 preRoot, uint64 index, IDepositSource deposits, Witness calldata w)
        internal
        view
        returns (bytes32)
    {
        Deposit calldata d = w.deposit;
        if (keccak256(abi.encode(uint256(index), d.l1From, d.l2To, d.amount)) != deposits.depositHash(index)) {
            revert WrongDeposit(index);
        }
        return credit(preRoot, d.l2To, d.amount, w.recipient);
    }

    /// @notice A signed transaction: rules 1, 1b and 2-7 in order, then the update of sender,
    /// recipient (or withdrawal leaf) and fee vault.
    function applyTransfer(bytes32 preRoot, bytes calldata body, Context memory ctx, Witness calldata w)
        internal
        pure
        returns (bytes32, uint8)
    {
        (bool wellFormed, L2Transaction.Tx memory t) = L2Transaction.decode(body, ctx.l2ChainId);
        if (!wellFormed) return (preRoot, MALFORMED);
        if (t.prefixLength != 0) {
            (bool named, address to) = namedByPrefix(preRoot, t.prefixKey, t.prefixLength, w.recipientByPrefix);
            if (!named) return (preRoot, UNKNOWN_RECIPIENT);
            L2Transaction.resolveRecipient(t, to);
        }
        if (!t.hasChainId || t.chainId != ctx.l2ChainId) return (preRoot, WRONG_CHAIN_ID);
        address sender = L2Transaction.recoverSender(t);
        if (sender == address(0)) return (preRoot, BAD_SIGNATURE);
        if (t.gasLimit < TRANSFER_GAS) return (preRoot, GAS_LIMIT_TOO_LOW);

        Account calldata s = w.sender;
        if (!L2State.verify(preRoot, L2State.accountKey(sender), L2State.accountLeaf(sender, s.balance, s.nonce), s.proof)) {
            revert L2State.InvalidProof(L2State.accountKey(sender));
        }
        if (t.nonce != s.nonce) return (preRoot, NONCE_MISMATCH);
        if (t.maxFeePerGas < L2_BASE_FEE) return (preRoot, FEE_CAP_TOO_LOW);
        (bool fits, uint256 total) = totalCost(t, body.length, ctx.l1FeePerByte);
        if (!fits || total > s.balance) return (preRoot, INSUFFICIENT_BALANCE);

        // the sender's proof was verified against preRoot above, and the sender has a leaf (rule 7
        // passed with a fee > 0, so its balance is not zero): the new leaf takes its place, along
        // the same path and siblings
        bytes32 root =
            L2State.computeRoot(L2State.accountKey(sender), L2State.accountLeaf(sender, s.balance - total, s.nonce + 1), s.proof);
        if (t.to == WITHDRAWAL_ADDRESS) {
            bytes32 wHash = L2State.withdrawalHash(sender, sender, t.value, s.nonce);
            root = L2State.update(root, uint256(wHash), 0, wHash, w.withdrawal);
        } else {
            root = credit(root, t.to, t.value, w.recipient);
        }
        return (credit(root, FEE_VAULT, total - t.value, w.feeVault), OK);
    }

    /// @notice Which account the key prefix of `prefixLength` bytes in `key` (prefix ‖ 0…0) names
    /// in the state `root` (L2-RULES.md §2.1): the leaf K's path ends at, if it is at most 8·P
    /// levels down, its key starts with the prefix and it is no withdrawal's (whose value is its key).
    /// Reverts with InvalidProof if the proof of K does not verify, with NotTheNamedAccount if the
    /// witness gives another account than that leaf's.
    /// @return named false: the prefix names no account (UNKNOWN_RECIPIENT)
    function namedByPrefix(bytes32 root, uint256 key, uint256 prefixLength, RecipientByPrefix calldata r)
        internal
        pure
        returns (bool named, address account)
    {
        L2State.Proof calldata p = r.proof;
        if (!L2State.verify(root, key, 0, p)) revert L2State.InvalidProof(key);
        uint256 bits = 8 * prefixLength;
        if (
            p.depth > bits || p.otherValue == 0 || (p.otherKey ^ key) >> (256 - bits) != 0
                || p.otherValue == bytes32(p.otherKey)
        ) return (false, address(0));
        if (L2State.accountKey(r.account) != p.otherKey) revert NotTheNamedAccount(p.otherKey, r.account);
        return (true, r.account);
    }

    /// @notice value + fee, where fee = TRANSFER_GAS · price + l1FeePerByte · len(body): the L2
    /// execution fee plus the transaction's share of the batch's L1 calldata cost.
    /// @return fits false if the sum exceeds uint256 (rule 7: an overflow is INSUFFICIENT_BALANCE)
    function totalCost(L2Transaction.Tx memory t, uint256 bodyLength, uint64 l1FeePerByte)
        internal
        pure
        returns (bool fits, uint256 total)
    {
        uint256 price = gasPrice(t);
        if (price > type(uint256).max / TRANSFER_GAS) return (false, 0);
        uint256 executionFee = price * TRANSFER_GAS;
        uint256 l1DataFee = uint256(l1FeePerByte) * bodyLength; // < 2^64 · 2^24: cannot overflow
        unchecked {
            total = t.value + executionFee;
            if (total < t.value) return (false, 0);
            uint256 withData = total + l1DataFee;
            if (withData < total) return (false, 0);
            return (true, withData);
        }
    }

    /// @notice The price per gas of a transaction whose fee cap covers the base fee (rule 6 passed):
    /// min(maxFeePerGas, L2_BASE_FEE + maxPriorityFeePerGas); for a legacy transaction its gas price.
    function gasPrice(L2Transaction.Tx memory t) internal pure returns (uint256) {
        // compared this way round so that a huge priority fee cannot overflow L2_BASE_FEE + tip
        return t.maxPriorityFeePerGas >= t.maxFeePerGas - L2_BASE_FEE
            ? t.maxFeePerGas
            : L2_BASE_FEE + t.maxPriorityFeePerGas;
    }

    /// @notice Adds `amount` to `account`'s balance, checking its old leaf against `root`.
    function credit(bytes32 root, address account, uint256 amount, Account calldata a) internal pure returns (bytes32) {
        return L2State.update(
            root,
            L2State.accountKey(account),
            L2State.accountLeaf(account, a.balance, a.nonce),
            L2State.accountLeaf(account, a.balance + amount, a.nonce),
            a.proof
        );
    }
}
