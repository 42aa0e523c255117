package io.rolluplab.rollup.execution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.l2tx.CompactTransfer;
import io.rolluplab.rollup.l2tx.RecipientInFull;
import io.rolluplab.rollup.state.Account;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.state.CompactProof;
import io.rolluplab.rollup.state.L2State;
import io.rolluplab.rollup.state.Withdrawal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Sign;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.utils.Numeric;

/**
 * Writes the shared test vectors {@code vectors/l2-rules.json}. Reproducible: the keys are the
 * devnet's well-known accounts and web3j signs deterministically (RFC 6979), so the same code
 * writes the same bytes; {@code L2VectorGeneratorTest} checks that the committed file is current.
 *
 * <p>Each case names its expected outcome, and for an applied item the generator computes the
 * expected post-state by plain arithmetic (not with the state machine). It refuses to write a case
 * the Java state machine disagrees with. To regenerate after changing a case:
 * {@code mvn -o test -pl mini-rollup -Dtest=L2VectorGeneratorTest -Dvectors.write=true}.
 */
final class L2VectorGenerator {
  static final long CHAIN_ID = 901;
  static final String FILE = "src/test/resources/vectors/l2-rules.json";

  private static final ECKeyPair ALICE_KEY = DevAccounts.all().get(0).keyPair();
  private static final ECKeyPair BOB_KEY = DevAccounts.all().get(1).keyPair();
  private static final Address ALICE = DevAccounts.all().get(0).address();
  private static final Address BOB = DevAccounts.all().get(1).address();
  private static final Address CAROL = DevAccounts.all().get(2).address();
  private static final Address L1_USER = Address.fromHex("0x00000000000000000000000000000000000a11ce");
  // Neighbours in the state tree (keys are H(address)), found by trying Address.fromLong(1, 2, …)
  // for the first address whose key shares many leading bits with a given key:
  /** Its key shares its first 22 bits with alice's. */
  private static final Address ALICE_NEIGHBOUR = neighbour(346_805, ALICE, 22);
  /** Its key shares its first 23 bits with bob's. */
  private static final Address BOB_NEIGHBOUR = neighbour(2_538_761, BOB, 23);
  /** Its key shares its first 14 bits with bob's (so 14 with bob's neighbour too). */
  private static final Address BOB_FAR_NEIGHBOUR = neighbour(20_715, BOB, 14);
  private static final Address VAULT = L2StateMachine.FEE_VAULT;
  private static final Address WITHDRAW = L2StateMachine.WITHDRAWAL_ADDRESS;
  private static final BigInteger ETH = BigInteger.TEN.pow(18);
  private static final BigInteger GWEI = TxBuilder.GWEI;
  private static final BigInteger MAX_UINT = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
  private static final long PER_BYTE = 16;

  private final List<Case> cases = new ArrayList<>();

  /** The JSON text of all cases. */
  static String generate() throws Exception {
    final L2VectorGenerator g = new L2VectorGenerator();
    g.valid();
    g.deposits();
    g.withdrawals();
    g.treeShapes();
    g.malformed();
    g.invalid();
    g.compact();
    g.recipientByPrefix();
    return g.toJson();
  }

  // ------------------------------------------------------------------ cases

  private void valid() {
    final TxBuilder aliceToBob = TxBuilder.eip1559(CHAIN_ID, 0, BOB.toHex(), ETH);
    add("transfer-1559-to-existing", "EIP-1559 transfer; price = min(cap 2 gwei, base 1 + tip 1) = 2 gwei")
        .fund(ALICE, eth(10)).fund(BOB, eth(1)).body(aliceToBob.signed(ALICE_KEY)).transfer(ALICE, BOB, ETH, gwei(2));
    add("transfer-1559-to-new-account", "the recipient has no leaf yet")
        .fund(ALICE, eth(10)).body(aliceToBob.withTo(CAROL.toArray()).signed(ALICE_KEY)).transfer(ALICE, CAROL, ETH, gwei(2));
    add("transfer-to-self", "allowed: the net effect is the fee and the nonce")
        .fund(ALICE, eth(10)).body(aliceToBob.withTo(ALICE.toArray()).signed(ALICE_KEY)).transfer(ALICE, ALICE, ETH, gwei(2));
    final TxBuilder exact = aliceToBob.withNonce(BigInteger.valueOf(3));
    final byte[] exactBody = exact.signed(ALICE_KEY);
    add("transfer-exact-balance", "value + fee equals the balance: the sender ends at zero balance, nonce 4")
        .account(ALICE, ETH.add(fee(2, exactBody, PER_BYTE)), 3).body(exactBody).transfer(ALICE, BOB, ETH, gwei(2));
    add("transfer-legacy-eip155", "legacy transaction signed with EIP-155 (v = 35 + 2 * 901 + parity); price = gas price")
        .fund(ALICE, eth(10)).body(TxBuilder.legacy(CHAIN_ID, 0, BOB.toHex(), ETH).signed(ALICE_KEY)).transfer(ALICE, BOB, ETH, gwei(1));
    add("transfer-cap-below-base-plus-tip", "cap 3 gwei < base 1 + tip 5: price is the cap")
        .fund(ALICE, eth(10)).body(aliceToBob.withFees(gwei(5), gwei(3)).signed(ALICE_KEY)).transfer(ALICE, BOB, ETH, gwei(3));
    add("transfer-zero-tip", "no tip: price is the base fee")
        .fund(ALICE, eth(10)).body(aliceToBob.withFees(BigInteger.ZERO, gwei(7)).signed(ALICE_KEY)).transfer(ALICE, BOB, ETH, gwei(1));
    add("transfer-huge-tip", "tip 2^256-1 must not overflow base + tip: price is the cap")
        .fund(ALICE, eth(10)).body(aliceToBob.withFees(MAX_UINT, gwei(2)).signed(ALICE_KEY)).transfer(ALICE, BOB, ETH, gwei(2));
    add("transfer-zero-value", "only the fee moves")
        .fund(ALICE, eth(10)).body(TxBuilder.eip1559(CHAIN_ID, 0, BOB.toHex(), BigInteger.ZERO).signed(ALICE_KEY)).transfer(ALICE, BOB, BigInteger.ZERO, gwei(2));
    add("transfer-to-fee-vault", "recipient and fee vault are one leaf, updated twice in order")
        .fund(ALICE, eth(10)).fund(VAULT, eth(1)).body(aliceToBob.withTo(VAULT.toArray()).signed(ALICE_KEY)).transfer(ALICE, VAULT, ETH, gwei(2));
    add("transfer-no-l1-fee", "l1FeePerByte = 0: only the execution fee")
        .feePerByte(0).fund(ALICE, eth(10)).body(aliceToBob.signed(ALICE_KEY)).transfer(ALICE, BOB, ETH, gwei(2));
    add("transfer-high-gas-limit", "gas limit 1,000,000: a transfer still pays 21000 gas")
        .fund(ALICE, eth(10)).body(aliceToBob.withGasLimit(1_000_000).signed(ALICE_KEY)).transfer(ALICE, BOB, ETH, gwei(2));
    add("transfer-high-l1-fee", "l1FeePerByte 10 gwei: the L1 data fee dwarfs the execution fee")
        .feePerByte(10_000_000_000L).fund(ALICE, eth(10)).body(aliceToBob.signed(ALICE_KEY)).transfer(ALICE, BOB, ETH, gwei(2));
  }

  private void deposits() {
    final Deposit toNew = new Deposit(0, L1_USER, CAROL, eth(5));
    add("deposit-to-new-account", "credits 5 ETH to an account without a leaf").deposit(toNew);
    add("deposit-to-existing-account", "credits the balance, leaves the nonce at 7")
        .account(BOB, ETH, 7).deposit(new Deposit(1, L1_USER, BOB, eth(2)));
    add("deposit-zero-amount", "valid, and since the account stays empty, the root does not change")
        .fund(ALICE, ETH).deposit(new Deposit(2, L1_USER, CAROL, BigInteger.ZERO));
    add("deposit-large-index", "queue index 2^40")
        .deposit(new Deposit(1L << 40, BOB, ALICE, BigInteger.ONE));
  }

  private void withdrawals() {
    final TxBuilder withdraw = TxBuilder.eip1559(CHAIN_ID, 0, WITHDRAW.toHex(), ETH);
    add("withdrawal-1559", "value leaves L2: a withdrawal leaf for (alice, alice, 1 ETH, nonce 0), no account credited")
        .fund(ALICE, eth(10)).body(withdraw.signed(ALICE_KEY)).withdrawal(ALICE, ETH, gwei(2));
    add("withdrawal-legacy", "the same with a legacy EIP-155 transaction")
        .fund(ALICE, eth(10)).body(TxBuilder.legacy(CHAIN_ID, 0, WITHDRAW.toHex(), ETH).signed(ALICE_KEY)).withdrawal(ALICE, ETH, gwei(1));
    add("withdrawal-second-same-amount", "the same amount again at nonce 1: a different leaf next to the first")
        .account(ALICE, eth(10), 1).withdrawn(new Withdrawal(ALICE, ALICE, ETH, 0))
        .body(withdraw.withNonce(BigInteger.ONE).signed(ALICE_KEY)).withdrawal(ALICE, ETH, gwei(2));
    add("withdrawal-zero-value", "a withdrawal of nothing is still recorded")
        .fund(ALICE, eth(10)).body(TxBuilder.eip1559(CHAIN_ID, 0, WITHDRAW.toHex(), BigInteger.ZERO).signed(ALICE_KEY))
        .withdrawal(ALICE, BigInteger.ZERO, gwei(2));
    final byte[] all = withdraw.signed(BOB_KEY);
    add("withdrawal-whole-balance", "bob withdraws everything the fee leaves")
        .fund(BOB, ETH.add(fee(2, all, PER_BYTE))).body(all).withdrawal(BOB, ETH, gwei(2));
    add("withdrawal-insufficient-balance", "a withdrawal is a transfer: rule 7 applies")
        .fund(ALICE, ETH).body(withdraw.signed(ALICE_KEY)).rejects(Rule.INSUFFICIENT_BALANCE);
  }

  /** Items whose leaves sit in unusual places of the state tree (L2-RULES.md §1): deep, split, absent. */
  private void treeShapes() {
    add("deposit-insert-split-deep", "the new key's path ends at bob's leaf (the only one, depth 0); their keys share 23 "
        + "bits, so the split puts both leaves at depth 24 under 23 single-child levels")
        .fund(BOB, ETH).deposit(new Deposit(3, L1_USER, BOB_NEIGHBOUR, eth(2)));
    add("deposit-update-deep-leaf", "updates a leaf at depth 24: 24 levels, of which only 2 have a non-zero sibling")
        .fund(BOB, ETH).fund(BOB_NEIGHBOUR, ETH).fund(ALICE, ETH).deposit(new Deposit(4, L1_USER, BOB_NEIGHBOUR, eth(2)));
    add("deposit-absent-key-empty-end", "the new key leaves the path that bob and his neighbour share at depth 14: its "
        + "path ends at an empty slot at depth 15 (absence shown without another leaf); the leaf goes there")
        .fund(BOB, ETH).fund(BOB_NEIGHBOUR, ETH).deposit(new Deposit(5, L1_USER, BOB_FAR_NEIGHBOUR, eth(2)));
    add("deposit-absent-key-other-leaf", "the new key's path ends at bob's leaf at depth 1 (absence shown by another "
        + "leaf); their keys share 14 bits, so the split is at depth 14")
        .fund(BOB, ETH).fund(ALICE, ETH).deposit(new Deposit(6, L1_USER, BOB_FAR_NEIGHBOUR, eth(2)));
    final TxBuilder toNeighbour = TxBuilder.eip1559(CHAIN_ID, 0, ALICE_NEIGHBOUR.toHex(), ETH);
    add("transfer-insert-split-deep", "the recipient is new and its key shares 22 bits with the sender's: inserting it "
        + "splits alice's leaf 22 levels down; then the fee vault is inserted too")
        .fund(ALICE, eth(10)).body(toNeighbour.signed(ALICE_KEY)).transfer(ALICE, ALICE_NEIGHBOUR, ETH, gwei(2));
    add("transfer-between-deep-neighbours", "sender and recipient are leaves at depth 23, side by side")
        .fund(ALICE, eth(10)).fund(ALICE_NEIGHBOUR, ETH).fund(VAULT, ETH).fund(BOB, ETH)
        .body(toNeighbour.signed(ALICE_KEY)).transfer(ALICE, ALICE_NEIGHBOUR, ETH, gwei(2));
  }

  /** {@code Address.fromLong(n)}, checked to share the first {@code bits} bits of its key with {@code of}'s. */
  private static Address neighbour(final long n, final Address of, final int bits) {
    final Address a = Address.fromLong(n);
    if (Account.key(a).commonPrefixLength(Account.key(of)) != bits) {
      throw new IllegalStateException(a + " does not share exactly " + bits + " key bits with " + of);
    }
    return a;
  }

  private void malformed() {
    final TxBuilder tx = TxBuilder.eip1559(CHAIN_ID, 0, BOB.toHex(), ETH);
    final byte[] good = tx.signed(ALICE_KEY);
    final TxBuilder.Signature sig = tx.sign(ALICE_KEY);
    malformed("malformed-empty-body", "no bytes at all", new byte[0]);
    malformed("malformed-truncated", "the last byte is missing", java.util.Arrays.copyOf(good, good.length - 1));
    malformed("malformed-trailing-byte", "a byte after the list", java.util.Arrays.copyOf(good, good.length + 1));
    malformed("malformed-type-2930", "EIP-2930 (type 1) is not accepted", typeByte(good, 0x01));
    malformed("malformed-type-blob", "type 3 is not accepted", typeByte(good, 0x03));
    malformed("malformed-deposit-wrong-length", "0x7E with 9 index bytes is no deposit, and no transaction",
        Numeric.hexStringToByteArray("0x7e000000000000000001"));
    malformed("malformed-data", "non-empty data: this L2 only moves value", tx.withData(new byte[] {1}).signed(ALICE_KEY));
    malformed("malformed-access-list", "non-empty access list",
        tx.withAccessList(List.of(new RlpList(RlpString.create(BOB.toArray()), new RlpList()))).signed(ALICE_KEY));
    malformed("malformed-contract-creation", "no recipient: contract creation is not allowed", tx.withTo(null).signed(ALICE_KEY));
    malformed("malformed-short-address", "a 19-byte recipient", tx.withTo(java.util.Arrays.copyOf(BOB.toArray(), 19)).signed(ALICE_KEY));
    malformed("malformed-leading-zero-integer", "value encoded with a leading zero byte (non-canonical)",
        tx.encode(sig, f -> {
          f.set(6, RlpString.create(Numeric.hexStringToByteArray("0x000de0b6b3a7640000")));
          return f;
        }));
    malformed("malformed-wrapped-single-byte", "nonce 5 encoded as 0x8105 instead of 0x05 (non-canonical)",
        wrapFirstByte(TxBuilder.legacy(CHAIN_ID, 5, BOB.toHex(), ETH).signed(ALICE_KEY)));
    malformed("malformed-too-few-fields", "a legacy list without a signature", unsignedLegacy());
    malformed("malformed-integer-too-long", "a 33-byte value",
        tx.encode(sig, f -> {
          f.set(6, RlpString.create(new BigInteger("01" + "00".repeat(32), 16)));
          return f;
        }));
  }

  private void invalid() {
    final TxBuilder tx = TxBuilder.eip1559(CHAIN_ID, 0, BOB.toHex(), ETH);
    final TxBuilder.Signature sig = tx.sign(ALICE_KEY);
    add("wrong-chain-id-1559", "signed for chain 1").fund(ALICE, eth(10))
        .body(tx.withChainId(BigInteger.ONE).signed(ALICE_KEY)).rejects(Rule.WRONG_CHAIN_ID);
    add("wrong-chain-id-legacy", "legacy EIP-155 for chain 1").fund(ALICE, eth(10))
        .body(TxBuilder.legacy(1, 0, BOB.toHex(), ETH).signed(ALICE_KEY)).rejects(Rule.WRONG_CHAIN_ID);
    add("wrong-chain-id-legacy-without-eip155", "v = 27/28: replayable on any chain, so refused").fund(ALICE, eth(10))
        .body(TxBuilder.legacy(CHAIN_ID, 0, BOB.toHex(), ETH).withChainId(null).signed(ALICE_KEY)).rejects(Rule.WRONG_CHAIN_ID);
    add("wrong-chain-id-huge", "a chain id of 2^255").fund(ALICE, eth(10))
        .body(tx.withChainId(BigInteger.ONE.shiftLeft(255)).signed(ALICE_KEY)).rejects(Rule.WRONG_CHAIN_ID);
    add("wrong-chain-id-before-nonce", "wrong chain id and wrong nonce: rule 2 is checked first").fund(ALICE, eth(10))
        .body(tx.withChainId(BigInteger.ONE).withNonce(BigInteger.TEN).signed(ALICE_KEY)).rejects(Rule.WRONG_CHAIN_ID);
    add("bad-signature-high-s", "s replaced by n - s (and the parity flipped): valid ECDSA, refused by EIP-2").fund(ALICE, eth(10))
        .body(tx.encode(new TxBuilder.Signature(BigInteger.ONE.subtract(sig.v()), sig.r(), TxBuilder.N.subtract(sig.s()))))
        .rejects(Rule.BAD_SIGNATURE);
    add("bad-signature-y-parity-2", "y parity must be 0 or 1").fund(ALICE, eth(10))
        .body(tx.encode(new TxBuilder.Signature(BigInteger.TWO, sig.r(), sig.s()))).rejects(Rule.BAD_SIGNATURE);
    add("bad-signature-r-zero", "r = 0").fund(ALICE, eth(10))
        .body(tx.encode(new TxBuilder.Signature(sig.v(), BigInteger.ZERO, sig.s()))).rejects(Rule.BAD_SIGNATURE);
    add("bad-signature-s-zero", "s = 0").fund(ALICE, eth(10))
        .body(tx.encode(new TxBuilder.Signature(sig.v(), sig.r(), BigInteger.ZERO))).rejects(Rule.BAD_SIGNATURE);
    add("bad-signature-r-not-on-curve", "r is no point's x coordinate: ecrecover finds no signer").fund(ALICE, eth(10))
        .body(tx.encode(new TxBuilder.Signature(sig.v(), firstX(BigInteger.ONE, false), sig.s()))).rejects(Rule.BAD_SIGNATURE);
    add("bad-signature-r-above-n", "r >= n").fund(ALICE, eth(10))
        .body(tx.encode(new TxBuilder.Signature(sig.v(), TxBuilder.N, sig.s()))).rejects(Rule.BAD_SIGNATURE);
    add("tampered-signature-other-sender", "r moved to the next curve point's x: it still recovers a signer, an unfunded stranger: rule 7 refuses")
        .fund(ALICE, eth(10)).body(tx.encode(new TxBuilder.Signature(sig.v(), firstX(sig.r().add(BigInteger.ONE), true), sig.s())))
        .rejects(Rule.INSUFFICIENT_BALANCE);
    add("gas-limit-too-low", "20999 gas").fund(ALICE, eth(10))
        .body(tx.withGasLimit(20_999).signed(ALICE_KEY)).rejects(Rule.GAS_LIMIT_TOO_LOW);
    add("nonce-gap", "nonce 5, the sender's next is 2").account(ALICE, eth(10), 2)
        .body(tx.withNonce(BigInteger.valueOf(5)).signed(ALICE_KEY)).rejects(Rule.NONCE_MISMATCH);
    add("nonce-replay", "nonce 0 again after it was used: a replay").account(ALICE, eth(10), 1)
        .body(tx.signed(ALICE_KEY)).rejects(Rule.NONCE_MISMATCH);
    add("nonce-beyond-uint64", "nonce 2^64").fund(ALICE, eth(10))
        .body(tx.withNonce(BigInteger.ONE.shiftLeft(64)).signed(ALICE_KEY)).rejects(Rule.NONCE_MISMATCH);
    add("fee-cap-too-low", "cap 0.5 gwei < base fee 1 gwei").fund(ALICE, eth(10))
        .body(tx.withFees(BigInteger.ZERO, GWEI.shiftRight(1)).signed(ALICE_KEY)).rejects(Rule.FEE_CAP_TOO_LOW);
    add("fee-cap-too-low-legacy", "gas price 1 wei").fund(ALICE, eth(10))
        .body(TxBuilder.legacy(CHAIN_ID, 0, BOB.toHex(), ETH).withFees(BigInteger.ONE, BigInteger.ONE).signed(ALICE_KEY))
        .rejects(Rule.FEE_CAP_TOO_LOW);
    add("fee-cap-before-balance", "an empty sender with a low cap: rule 6 is checked before rule 7")
        .body(tx.withFees(BigInteger.ZERO, BigInteger.ONE).signed(ALICE_KEY)).rejects(Rule.FEE_CAP_TOO_LOW);
    final byte[] short1 = tx.signed(ALICE_KEY);
    add("insufficient-balance-one-wei-short", "value + fee - 1")
        .fund(ALICE, ETH.add(fee(2, short1, PER_BYTE)).subtract(BigInteger.ONE)).body(short1).rejects(Rule.INSUFFICIENT_BALANCE);
    final TxBuilder noValue = TxBuilder.eip1559(CHAIN_ID, 0, BOB.toHex(), BigInteger.ZERO);
    final byte[] l1Short = noValue.signed(ALICE_KEY);
    add("insufficient-balance-l1-data-fee", "covers the execution fee but not the L1 data fee")
        .fund(ALICE, fee(2, l1Short, 0)).body(l1Short).rejects(Rule.INSUFFICIENT_BALANCE);
    add("insufficient-balance-value-overflow", "value 2^256-1: value + fee overflows uint256")
        .fund(ALICE, MAX_UINT).body(TxBuilder.eip1559(CHAIN_ID, 0, BOB.toHex(), MAX_UINT).signed(ALICE_KEY))
        .rejects(Rule.INSUFFICIENT_BALANCE);
    add("insufficient-balance-fee-overflow", "cap 2^255 and a huge tip: 21000 * price overflows uint256")
        .fund(ALICE, MAX_UINT).body(noValue.withFees(MAX_UINT, BigInteger.ONE.shiftLeft(255)).signed(ALICE_KEY))
        .rejects(Rule.INSUFFICIENT_BALANCE);
    add("insufficient-balance-empty-sender", "a well-signed transaction from an account that has nothing")
        .fund(BOB, eth(10)).body(tx.signed(ALICE_KEY)).rejects(Rule.INSUFFICIENT_BALANCE);
  }

  /** Standard transfers in their compact batch form (L2-RULES.md §2): the fee is charged on the compact length. */
  private void compact() {
    final TxBuilder std = standard(0, BOB, ETH);
    final byte[] body = compactOf(std.signed(ALICE_KEY));
    add("compact-transfer", "a standard transfer in 89 bytes: nonce, to, 1 ETH as 1·10^18, r, parity and s")
        .fund(ALICE, eth(10)).fund(BOB, eth(1)).body(body).transfer(ALICE, BOB, ETH, STANDARD_PRICE);
    for (int parity = 0; parity <= 1; parity++) {
      final BigInteger value = valueSignedWithParity(parity, BOB_KEY);
      add("compact-transfer-parity-" + parity, "a signature with y parity " + parity + ": the top bit of the last word")
          .fund(BOB, eth(10)).body(compactOf(standard(0, ALICE, value).signed(BOB_KEY))).transfer(BOB, ALICE, value, STANDARD_PRICE);
    }
    add("compact-withdrawal", "a standard transfer to the withdrawal address")
        .fund(ALICE, eth(10)).body(compactOf(standard(0, WITHDRAW, ETH).signed(ALICE_KEY))).withdrawal(ALICE, ETH, STANDARD_PRICE);
    final BigInteger odd = new BigInteger("123456789012345678");
    add("compact-amount-full-width", "a mantissa of more than 6 bytes: 0xE0 and the whole uint256")
        .fund(ALICE, eth(10)).body(compactOf(standard(0, CAROL, odd).signed(ALICE_KEY))).transfer(ALICE, CAROL, odd, STANDARD_PRICE);
    add("compact-zero-value-nonce-257", "value 0 is the single byte 0x00; nonce 257 a 2-byte mantissa")
        .account(ALICE, eth(10), 257).body(compactOf(standard(257, BOB, BigInteger.ZERO).signed(ALICE_KEY)))
        .transfer(ALICE, BOB, BigInteger.ZERO, STANDARD_PRICE);
    // body = kind ‖ nonce 0 (0x20 00) ‖ to (bytes 3 to 22) ‖ 1 ETH (0x32 01) ‖ the signature (from byte 25)
    final byte[] longer = concat(new byte[] {0x00, 0x00}, slice(body, 3, 23), new byte[] {0x50, 0x00, 0x64},
        slice(body, 25, body.length)); // nonce 0 as the single byte 0x00, to, 1 ETH as 0x0064·10^16, the signature
    add("compact-amount-not-shortest", "1 ETH written as 100·10^16 with a leading zero: accepted, and it pays for its extra byte")
        .fund(ALICE, eth(10)).body(longer).transfer(ALICE, BOB, ETH, STANDARD_PRICE);
    add("compact-wrong-nonce", "the nonce is part of what was signed: nonce 1 where the sender's next is 0")
        .fund(ALICE, eth(10)).body(compactOf(standard(1, BOB, ETH).signed(ALICE_KEY))).rejects(Rule.NONCE_MISMATCH);
    final byte[] tampered = body.clone();
    tampered[24] = 0x0a; // 1 ETH becomes 10 ETH: the signature now recovers a stranger
    add("compact-tampered-value", "value changed after signing: it recovers another, unfunded sender")
        .fund(ALICE, eth(20)).body(tampered).rejects(Rule.INSUFFICIENT_BALANCE);
    final TxBuilder.Signature sig = std.sign(ALICE_KEY);
    final byte[] highS = concat(slice(body, 0, body.length - 32),
        Numeric.toBytesPadded(TxBuilder.N.shiftRight(1).add(BigInteger.ONE).add(sig.v().shiftLeft(255)), 32));
    add("compact-bad-signature-high-s", "s = n/2 + 1 (a high s fits below the parity bit): refused by EIP-2 as in full form")
        .fund(ALICE, eth(10)).body(highS).rejects(Rule.BAD_SIGNATURE);
    malformed("compact-malformed-truncated", "the last signature byte is missing", slice(body, 0, body.length - 1));
    malformed("compact-malformed-trailing-byte", "a byte after the signature", java.util.Arrays.copyOf(body, body.length + 1));
    malformed("compact-malformed-kind-only", "the kind byte alone", new byte[] {0x00});
    malformed("compact-malformed-full-width-exponent", "a full-width value (0xE0) may not carry an exponent",
        concat(slice(body, 0, 23), new byte[] {(byte) 0xE1}, new byte[32], slice(body, 25, body.length)));
  }

  /**
   * Compact transfers that name their recipient by a key prefix (L2-RULES.md §2.1), resolved against
   * the pre-state: each prefix length the tree's depths call for, and every way a prefix can name
   * nobody (rule 1b).
   */
  private void recipientByPrefix() {
    final byte[] toBob = compactOf(standard(0, BOB, ETH).signed(ALICE_KEY));
    add("prefix-1-byte", "bob's leaf is at depth 1: the first byte of his key names him")
        .fund(ALICE, eth(10)).fund(BOB, eth(1)).sealedBody(toBob, BOB, 1).transfer(ALICE, BOB, ETH, STANDARD_PRICE);
    add("prefix-2-bytes", "bob's key shares 14 bits with a neighbour's: his leaf is at depth 15, 2 bytes name him")
        .fund(ALICE, eth(10)).fund(BOB, eth(1)).fund(BOB_FAR_NEIGHBOUR, ETH).sealedBody(toBob, BOB, 2)
        .transfer(ALICE, BOB, ETH, STANDARD_PRICE);
    add("prefix-3-bytes", "bob's key shares 23 bits with a neighbour's: his leaf is at depth 24, 3 bytes name him")
        .fund(ALICE, eth(10)).fund(BOB, eth(1)).fund(BOB_NEIGHBOUR, ETH).sealedBody(toBob, BOB, 3)
        .transfer(ALICE, BOB, ETH, STANDARD_PRICE);
    add("prefix-to-self", "alice names herself by a prefix: the net effect is the fee and the nonce")
        .fund(ALICE, eth(10)).fund(BOB, eth(1))
        .sealedBody(compactOf(standard(0, ALICE, ETH).signed(ALICE_KEY)), ALICE, 1)
        .transfer(ALICE, ALICE, ETH, STANDARD_PRICE);
    add("prefix-names-the-withdrawal-address", "someone deposited to the withdrawal address, so it has a leaf a prefix "
        + "can name (the sequencer never writes this): the transfer is a withdrawal, as in full form")
        .fund(ALICE, eth(10)).fund(WITHDRAW, eth(1))
        .prefixedBody(compactOf(standard(0, WITHDRAW, ETH).signed(ALICE_KEY)), key(WITHDRAW), 1)
        .withdrawal(ALICE, ETH, STANDARD_PRICE);
    add("prefix-unknown-empty-end", "no key starts with the prefix: its path leaves bob's and his neighbour's at a "
        + "single-child level, and ends at an empty slot")
        .fund(ALICE, eth(10)).fund(BOB, eth(1)).fund(BOB_FAR_NEIGHBOUR, ETH)
        .prefixedBody(toBob, c -> c.proof().depth() <= c.bits() && !c.proof().hasOtherLeaf())
        .rejects(Rule.UNKNOWN_RECIPIENT);
    add("prefix-unknown-other-leaf", "the prefix's path ends at a leaf whose key starts otherwise")
        .fund(ALICE, eth(10)).fund(BOB, eth(1))
        .prefixedBody(toBob, c -> c.proof().hasOtherLeaf() && c.proof().otherKey().commonPrefixLength(c.key()) < c.bits())
        .rejects(Rule.UNKNOWN_RECIPIENT);
    add("prefix-unknown-shared", "bob's first byte: his key and his neighbour's share 14 bits, so the prefix names two")
        .fund(ALICE, eth(10)).fund(BOB, eth(1)).fund(BOB_FAR_NEIGHBOUR, ETH).prefixedBody(toBob, key(BOB), 1)
        .rejects(Rule.UNKNOWN_RECIPIENT);
    final Withdrawal earlier = new Withdrawal(BOB, BOB, ETH, 0);
    add("prefix-unknown-withdrawal-leaf", "the prefix is the only one of a withdrawal's leaf: no account to credit")
        .fund(ALICE, eth(10)).fund(BOB, eth(1)).withdrawn(earlier).prefixedBody(toBob, earlier.hash(), 1)
        .rejects(Rule.UNKNOWN_RECIPIENT);
    add("prefix-unknown-before-nonce", "a prefix that names two and a wrong nonce: rule 1b is checked first")
        .fund(ALICE, eth(10)).fund(BOB, eth(1)).fund(BOB_FAR_NEIGHBOUR, ETH)
        .prefixedBody(compactOf(standard(7, BOB, ETH).signed(ALICE_KEY)), key(BOB), 1)
        .rejects(Rule.UNKNOWN_RECIPIENT);
    final byte[] named = concat(new byte[] {(byte) 0x81, 0x00}, slice(key(BOB).toArray(), 0, 1), slice(toBob, 22, toBob.length));
    malformed("prefix-malformed-truncated", "a 1-byte prefix form without its last signature byte",
        slice(named, 0, named.length - 1));
    malformed("prefix-malformed-kind-0x89", "a 9-byte prefix is no form (0x81 to 0x88 are)",
        concat(new byte[] {(byte) 0x89, 0x00}, slice(key(BOB).toArray(), 0, 9), slice(toBob, 22, toBob.length)));
  }

  private static Bytes32 key(final Address a) {
    return Account.key(a);
  }

  private static final BigInteger STANDARD_PRICE = Fee.L2_BASE_FEE.add(CompactTransfer.STANDARD_TIP);

  private static TxBuilder standard(final long nonce, final Address to, final BigInteger value) {
    return TxBuilder.eip1559(CHAIN_ID, nonce, to.toHex(), value)
        .withFees(CompactTransfer.STANDARD_TIP, CompactTransfer.STANDARD_MAX_FEE);
  }

  private static byte[] compactOf(final byte[] signed) {
    final byte[] body = new TransactionRules(CHAIN_ID).batchBody(signed);
    if (body[0] != CompactTransfer.KIND) {
      throw new IllegalStateException("not a standard transfer");
    }
    return body;
  }

  /** The first value from 1 ETH up whose standard nonce-0 transfer to alice, signed by {@code key}, has y parity {@code parity}. */
  private static BigInteger valueSignedWithParity(final int parity, final ECKeyPair key) {
    for (BigInteger value = ETH; ; value = value.add(BigInteger.ONE)) {
      if (standard(0, ALICE, value).sign(key).v().intValue() == parity) {
        return value;
      }
    }
  }

  private static byte[] slice(final byte[] b, final int from, final int to) {
    return java.util.Arrays.copyOfRange(b, from, to);
  }

  private static byte[] concat(final byte[]... parts) {
    final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (final byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  // ------------------------------------------------------------------ helpers for bodies

  private void malformed(final String name, final String description, final byte[] body) {
    add(name, description).fund(ALICE, eth(10)).body(body).rejects(Rule.MALFORMED);
  }

  private static byte[] typeByte(final byte[] typed, final int type) {
    final byte[] b = typed.clone();
    b[0] = (byte) type;
    return b;
  }

  /** A legacy body {@code f8 LL 05 …} rewritten as {@code f8 LL+1 81 05 …}. */
  private static byte[] wrapFirstByte(final byte[] legacy) {
    if ((legacy[0] & 0xff) != 0xf8 || legacy[2] != 0x05) {
      throw new IllegalStateException("expected a long-form list starting with nonce 5");
    }
    final byte[] b = new byte[legacy.length + 1];
    b[0] = legacy[0];
    b[1] = (byte) (legacy[1] + 1);
    b[2] = (byte) 0x81;
    System.arraycopy(legacy, 2, b, 3, legacy.length - 2);
    return b;
  }

  private static byte[] unsignedLegacy() {
    return org.web3j.rlp.RlpEncoder.encode(new RlpList(RlpString.create(BigInteger.ZERO), RlpString.create(GWEI),
        RlpString.create(BigInteger.valueOf(21_000)), RlpString.create(BOB.toArray()), RlpString.create(ETH),
        RlpString.create(new byte[0])));
  }

  /** The first x from {@code from} up that is ({@code onCurve}) or is not a curve point's x: r^3 + 7 a square mod p or not. */
  private static BigInteger firstX(final BigInteger from, final boolean onCurve) {
    final BigInteger p = Sign.CURVE_PARAMS.getCurve().getField().getCharacteristic();
    final BigInteger half = p.subtract(BigInteger.ONE).shiftRight(1);
    BigInteger x = from;
    while (x.pow(3).add(BigInteger.valueOf(7)).modPow(half, p).equals(BigInteger.ONE) != onCurve) {
      x = x.add(BigInteger.ONE);
    }
    return x;
  }

  /** 21000 · price (in gwei) + perByte · len(body), the fee of rule 7. */
  private static BigInteger fee(final long priceGwei, final byte[] body, final long perByte) {
    return gwei(priceGwei).multiply(BigInteger.valueOf(21_000)).add(BigInteger.valueOf(perByte * body.length));
  }

  private static BigInteger eth(final long n) {
    return ETH.multiply(BigInteger.valueOf(n));
  }

  private static BigInteger gwei(final long n) {
    return GWEI.multiply(BigInteger.valueOf(n));
  }

  private Case add(final String name, final String description) {
    final Case c = new Case(name, description);
    cases.add(c);
    return c;
  }

  /** A prefix's key {@code prefix ‖ 0…0}, its length in bits, and its proof in a pre-state. */
  private record PrefixProof(Bytes32 key, int bits, CompactProof proof) {}

  // ------------------------------------------------------------------ one case and its expected result

  /** A case under construction: pre-state, item, and the expected outcome computed by hand. */
  private static final class Case {
    final String name;
    final String description;
    long l1FeePerByte = PER_BYTE;
    final Map<Address, Account> pre = new LinkedHashMap<>();
    final List<Withdrawal> preWithdrawals = new ArrayList<>();
    Deposit deposit;
    byte[] body;
    String outcome;
    Map<Address, Account> post;
    List<Withdrawal> postWithdrawals;
    BigInteger executionFee = BigInteger.ZERO;
    BigInteger l1DataFee = BigInteger.ZERO;

    Case(final String name, final String description) {
      this.name = name;
      this.description = description;
    }

    Case feePerByte(final long perByte) {
      l1FeePerByte = perByte;
      return this;
    }

    Case fund(final Address a, final BigInteger balance) {
      return account(a, balance, 0);
    }

    Case account(final Address a, final BigInteger balance, final long nonce) {
      pre.put(a, new Account(balance, nonce));
      return this;
    }

    Case withdrawn(final Withdrawal w) {
      preWithdrawals.add(w);
      return this;
    }

    Case body(final byte[] b) {
      body = b;
      return this;
    }

    /**
     * The body the sequencer seals a full compact transfer to {@code to} as, in the pre-state:
     * checked to name {@code to} by a prefix of {@code expectedLength} bytes.
     */
    Case sealedBody(final byte[] compact, final Address to, final int expectedLength) {
      final byte[] sealed = new TransactionRules(CHAIN_ID).sealedBody(compact, RecipientInFull.decode(compact, CHAIN_ID),
          preState()::accountByKeyPrefix);
      if (CompactTransfer.recipientPrefix(sealed).length != expectedLength) {
        throw new IllegalStateException(name + ": the sequencer names " + to + " by "
            + CompactTransfer.recipientPrefix(sealed).length + " bytes, not " + expectedLength);
      }
      return body(sealed);
    }

    /**
     * A full compact transfer (nonce below 256: the 2-byte quantity {@code 0x20 ‖ nonce}) with its
     * {@code to} replaced by the first bytes of {@code key}.
     */
    Case prefixedBody(final byte[] compact, final Bytes32 key, final int length) {
      return body(concat(new byte[] {(byte) (CompactTransfer.PREFIX_KIND + length), compact[1], compact[2]},
          slice(key.toArray(), 0, length), slice(compact, 23, compact.length)));
    }

    /** As {@link #prefixedBody}, with the first 1- or 2-byte prefix (in counting order) whose proof in the pre-state passes {@code wanted}. */
    Case prefixedBody(final byte[] compact, final Predicate<PrefixProof> wanted) {
      final L2State state = preState();
      for (int n = 0; n < 1 << 16; n++) {
        final byte[] prefix = n < 256 ? new byte[] {(byte) n} : new byte[] {(byte) (n >> 8), (byte) n};
        final PrefixProof candidate = new PrefixProof(L2State.prefixKey(prefix), prefix.length * 8, state.keyPrefixProof(prefix));
        if (wanted.test(candidate)) {
          return prefixedBody(compact, candidate.key(), prefix.length);
        }
      }
      throw new IllegalStateException(name + ": no prefix of 1 or 2 bytes has such a proof");
    }

    private L2State preState() {
      final L2State state = new L2State();
      pre.forEach(state::setAccount);
      preWithdrawals.forEach(state::addWithdrawal);
      return state;
    }

    Case rejects(final Rule rule) {
      outcome = rule.name();
      return this;
    }

    /** Expects the deposit to credit its amount. */
    Case deposit(final Deposit d) {
      deposit = d;
      body = BatchItem.deposit(d.index()).body();
      applied();
      credit(d.l2To(), d.amount());
      return this;
    }

    /** Expects rule 8: sender pays value + fee, {@code to} gets value, the vault gets the fee. */
    Case transfer(final Address from, final Address to, final BigInteger value, final BigInteger price) {
      debit(from, value, price);
      credit(to, value);
      credit(VAULT, executionFee.add(l1DataFee));
      return this;
    }

    /** Expects rule 8 for a withdrawal: a leaf instead of a credit. */
    Case withdrawal(final Address from, final BigInteger value, final BigInteger price) {
      final long nonce = pre.getOrDefault(from, Account.EMPTY).nonce();
      debit(from, value, price);
      postWithdrawals.add(new Withdrawal(from, from, value, nonce));
      credit(VAULT, executionFee.add(l1DataFee));
      return this;
    }

    private void applied() {
      outcome = "OK";
      post = new LinkedHashMap<>(pre);
      postWithdrawals = new ArrayList<>(preWithdrawals);
    }

    private void debit(final Address from, final BigInteger value, final BigInteger price) {
      applied();
      executionFee = price.multiply(BigInteger.valueOf(21_000));
      l1DataFee = BigInteger.valueOf(l1FeePerByte).multiply(BigInteger.valueOf(body.length));
      final Account a = post.get(from);
      post.put(from, new Account(a.balance().subtract(value).subtract(executionFee).subtract(l1DataFee), a.nonce() + 1));
    }

    private void credit(final Address to, final BigInteger amount) {
      final Account a = post.getOrDefault(to, Account.EMPTY);
      post.put(to, a.withBalance(a.balance().add(amount)));
    }
  }

  // ------------------------------------------------------------------ JSON

  private String toJson() throws Exception {
    final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    final ObjectNode root = json.createObjectNode();
    root.put("comment", "Shared L2 rule vectors (mini-rollup/L2-RULES.md). Generated by L2VectorGenerator; do not edit by hand.");
    root.put("l2ChainId", CHAIN_ID);
    final ArrayNode out = root.putArray("cases");
    for (final Case c : cases) {
      final ObjectNode n = out.addObject();
      n.put("name", c.name);
      n.put("description", c.description);
      n.put("l1FeePerByte", Long.toUnsignedString(c.l1FeePerByte));
      n.set("preState", state(json, c.pre, c.preWithdrawals));
      if (c.deposit != null) {
        final ObjectNode d = n.putObject("deposit");
        d.put("index", Long.toUnsignedString(c.deposit.index()));
        d.put("l1From", c.deposit.l1From().toHex());
        d.put("l2To", c.deposit.l2To().toHex());
        d.put("amount", c.deposit.amount().toString());
        d.put("hash", c.deposit.hash().toHex());
      }
      n.put("body", Numeric.toHexString(c.body));
      final L2State preState = L2Vector.toState(n.get("preState"));
      final boolean ok = c.outcome.equals("OK");
      final ObjectNode e = n.putObject("expected");
      e.put("outcome", c.outcome);
      e.put("code", ok ? 0 : Rule.valueOf(c.outcome).code());
      e.put("preRoot", preState.root().toHex());
      final JsonNode postState = ok ? state(json, c.post, c.postWithdrawals) : null;
      e.put("postRoot", (ok ? L2Vector.toState(postState) : preState).root().toHex());
      e.put("executionFee", c.executionFee.toString());
      e.put("l1DataFee", c.l1DataFee.toString());
      e.set("postState", postState);
      checkAgainstStateMachine(c, preState, e);
    }
    return json.writeValueAsString(root) + "\n";
  }

  private static JsonNode state(final ObjectMapper json, final Map<Address, Account> accounts, final List<Withdrawal> withdrawals) {
    final ObjectNode s = json.createObjectNode();
    final ArrayNode a = s.putArray("accounts");
    accounts.forEach((address, account) -> {
      if (!account.isEmpty()) {
        a.addObject().put("address", address.toHex()).put("balance", account.balance().toString()).put("nonce", account.nonce());
      }
    });
    final ArrayNode w = s.putArray("withdrawals");
    for (final Withdrawal x : withdrawals) {
      w.addObject().put("l2Sender", x.l2Sender().toHex()).put("l1Recipient", x.l1Recipient().toHex())
          .put("amount", x.amount().toString()).put("l2Nonce", x.l2Nonce()).put("hash", x.hash().toHex());
    }
    return s;
  }

  /** A vector the Java side does not pass is a bug in one of them: refuse to write it. */
  private static void checkAgainstStateMachine(final Case c, final L2State preState, final ObjectNode expected) {
    final L2StateMachine machine = new L2StateMachine(preState, CHAIN_ID, index -> c.deposit);
    final ItemOutcome outcome = machine.apply(new BatchItem(c.body), c.l1FeePerByte);
    final String got = outcome.applied() ? "OK" : outcome.brokenRule().name();
    if (!got.equals(c.outcome) || !outcome.postRoot().toHex().equals(expected.get("postRoot").asText())) {
      throw new IllegalStateException(c.name + ": expected " + c.outcome + ", the state machine says " + outcome.reason());
    }
  }
}
