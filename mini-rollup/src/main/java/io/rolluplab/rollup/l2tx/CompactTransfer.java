package io.rolluplab.rollup.l2tx;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.types.Address;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;
import org.web3j.utils.Numeric;

/**
 * The short batch form of a standard transfer (L2-RULES.md §2): what a batch spends L1 calldata on
 * is mostly the signature, so everything else is left out or shortened.
 *
 * <pre>
 * compact  = 0x00     ‖ quantity nonce ‖ address to      ‖ quantity value ‖ bytes32 r ‖ bytes32 (yParity·2^255 + s)
 *          | 0x80 + P ‖ quantity nonce ‖ bytes[P] prefix ‖ quantity value ‖ bytes32 r ‖ bytes32 (yParity·2^255 + s)
 * quantity = uint8 (L·32 + e) ‖ L-byte mantissa m, value m·10^e      (L = 0..6, e = 0..31)
 *          | uint8 0xE0 ‖ uint256 value                              (the full-width fallback)
 * </pre>
 *
 * <p>A <em>standard transfer</em> is an EIP-1559 transaction with this L2's chain id, gas limit
 * 21,000, the standard fees below, no data and no access list. The compact form drops all of those
 * (they are implied), writes the y parity into the top bit of s (EIP-2098: a low s never uses it)
 * and writes amounts as decimal mantissa and exponent, so 1 ETH is 2 bytes. The sender is not
 * written either: as on Ethereum it is recovered from the signature, over the standard signing
 * hash rebuilt from these fields, so the wallet signs as usual and nothing new has to be trusted.
 * About 89 bytes instead of about 116. Any other transaction goes into a batch as it was signed.
 *
 * <p>The second form names a recipient that already has a leaf by the first P bytes of its key
 * {@code H(to)}, like an abbreviated git commit hash: 2 or 3 bytes name one of 100,000 accounts.
 * Which account that is depends on the state before the item ({@link RecipientNames}), so the
 * sequencer writes it when it seals the transfer into a block ({@link #withRecipientPrefix}).
 */
public final class CompactTransfer {
  /** First byte of a compact transfer: no Ethereum transaction type, RLP list or deposit starts so. */
  public static final byte KIND = 0x00;
  /**
   * The first byte of the form with a key prefix of P bytes is this plus P (0x81 to 0x88): 0x80 to
   * 0xBF start an RLP string, which no Ethereum transaction does.
   */
  public static final int PREFIX_KIND = 0x80;
  /**
   * The longest key prefix. Keys are hashes, so leaves part after about log2(n) levels; a leaf more
   * than 64 levels down (a key that shares 64 bits with another, which takes about 2^32 tries to
   * find) is named in full.
   */
  public static final int MAX_PREFIX_BYTES = 8;
  /** The standard tip: 0.001 gwei, what the L2 JSON-RPC suggests ({@code eth_maxPriorityFeePerGas}). */
  public static final BigInteger STANDARD_TIP = BigInteger.valueOf(1_000_000);
  /** The standard fee cap: twice the L2 base fee (1 gwei) plus the tip, as wallets compute it. */
  public static final BigInteger STANDARD_MAX_FEE = BigInteger.valueOf(2_001_000_000);
  /** The gas limit of a standard transfer. */
  public static final BigInteger STANDARD_GAS = BigInteger.valueOf(21_000);

  private static final int SIGNATURE_BYTES = 64;
  private static final int MAX_MANTISSA_BYTES = 6;
  private static final int MAX_EXPONENT = 31;
  private static final int FULL_WIDTH = 0xE0;

  private CompactTransfer() {}

  /** Whether {@code tx} has a compact form on the L2 with chain id {@code l2ChainId}. */
  public static boolean isStandard(final L2Transaction tx, final long l2ChainId) {
    return !tx.legacy() && BigInteger.valueOf(l2ChainId).equals(tx.chainId()) && STANDARD_GAS.equals(tx.gasLimit())
        && STANDARD_TIP.equals(tx.maxPriorityFeePerGas()) && STANDARD_MAX_FEE.equals(tx.maxFeePerGas())
        && tx.yParity().compareTo(BigInteger.ONE) <= 0 && tx.s().bitLength() < 256;
  }

  /**
   * The body a signed transaction takes in a batch: its compact form if it is a standard transfer,
   * else the signed bytes themselves.
   *
   * @param signed the transaction as the wallet signed it; {@code tx} is it decoded
   */
  public static byte[] batchBody(final byte[] signed, final L2Transaction tx, final long l2ChainId) {
    return isStandard(tx, l2ChainId) ? encode(tx) : signed.clone();
  }

  /**
   * The transaction in a batch body of any form.
   *
   * @param names who a key prefix names, in the state before this item
   * @throws MalformedTransactionException if it is neither a well-formed compact transfer nor a
   *     well-formed signed transaction (rule 1)
   * @throws UnknownRecipientException if its key prefix names no account (rule 1b)
   */
  public static L2Transaction decodeBody(final byte[] body, final long l2ChainId, final RecipientNames names)
      throws MalformedTransactionException, UnknownRecipientException {
    if (!isCompact(body)) {
      return L2Transaction.decode(body);
    }
    final L2Transaction tx = decode(body, l2ChainId);
    if (tx.to() != null) {
      return tx;
    }
    final byte[] prefix = recipientPrefix(body);
    final Address to = names.accountByKeyPrefix(prefix).orElseThrow(() -> new UnknownRecipientException(
        "the key prefix " + Numeric.toHexString(prefix) + " names no account: no leaf's key or several start with"
            + " it, or a withdrawal's"));
    return new L2Transaction(false, tx.chainId(), tx.nonce(), tx.maxPriorityFeePerGas(), tx.maxFeePerGas(),
        tx.gasLimit(), to, tx.value(), tx.yParity(), tx.r(), tx.s());
  }

  /** Whether a batch body is a compact transfer, of either form. */
  public static boolean isCompact(final byte[] body) {
    return body.length > 0 && body[0] == KIND || prefixLength(body) > 0;
  }

  /**
   * The key prefix a well-formed compact transfer names its recipient by, empty if it writes the
   * address in full or is no compact transfer (only call it on a body that decodes: rule 1).
   */
  public static byte[] recipientPrefix(final byte[] body) {
    final int length = prefixLength(body);
    final int at = length == 0 ? 0 : 1 + quantityLength(body[1]);
    return Arrays.copyOfRange(body, at, at + length);
  }

  /**
   * The bytes its wallet signed, for a batch body of any form: a compact form is rebuilt as the
   * signed EIP-1559 transaction it stands for (whose hash is the transaction hash), any other body
   * is those bytes already.
   *
   * @param tx the body decoded ({@link #decodeBody}), its recipient resolved
   */
  public static byte[] signedBytes(final byte[] body, final L2Transaction tx) {
    return isCompact(body) ? tx.encode1559() : body.clone();
  }

  /**
   * A full compact transfer to {@code to} ({@link #encode}) rewritten with the shortest key prefix
   * that names {@code to} (at least 1 byte), or unchanged if none of up to 8 bytes does: {@code to}
   * has no leaf yet.
   *
   * @param names who a prefix names in the state before this item
   */
  public static byte[] withRecipientPrefix(final byte[] compact, final Address to, final RecipientNames names) {
    final byte[] key = Keccak.hash(to.toArray());
    // a prefix that names `to` still names it with more bytes: try the longest first, so an
    // account without a leaf costs one look-up
    if (!names.accountByKeyPrefix(Arrays.copyOf(key, MAX_PREFIX_BYTES)).map(to::equals).orElse(false)) {
      return compact;
    }
    int length = 1;
    while (!names.accountByKeyPrefix(Arrays.copyOf(key, length)).map(to::equals).orElse(false)) {
      length++;
    }
    final int at = 1 + quantityLength(compact[1]);
    final ByteArrayOutputStream out = new ByteArrayOutputStream(compact.length);
    out.write(PREFIX_KIND + length);
    out.write(compact, 1, at - 1);
    out.write(key, 0, length);
    out.write(compact, at + Address.SIZE, compact.length - at - Address.SIZE);
    return out.toByteArray();
  }

  /** P for the form with a P-byte key prefix, else 0. */
  private static int prefixLength(final byte[] body) {
    final int kind = body.length == 0 ? 0 : body[0] & 0xff;
    return kind > PREFIX_KIND && kind <= PREFIX_KIND + MAX_PREFIX_BYTES ? kind - PREFIX_KIND : 0;
  }

  /** The length of a well-formed quantity, from its header byte. */
  private static int quantityLength(final byte header) {
    return 1 + mantissaLength(header & 0xff);
  }

  /**
   * The bytes of mantissa a quantity's head announces: head / 32, and 32 for the full-width head
   * 0xE0. Only for a well-formed head (at most 0xE0); a batch stores the heads of a run's transfers
   * apart from their mantissas and reads them with this rule too.
   */
  public static int mantissaLength(final int head) {
    return head == FULL_WIDTH ? 32 : head >>> 5;
  }

  /** A quantity's value: its mantissa times 10^e, or the mantissa itself after the full-width head. */
  public static BigInteger quantityValue(final int head, final byte[] mantissa) {
    final BigInteger m = new BigInteger(1, mantissa);
    return head == FULL_WIDTH ? m : m.multiply(BigInteger.TEN.pow(head & MAX_EXPONENT));
  }

  /** The compact form of a standard transfer ({@link #isStandard}). */
  static byte[] encode(final L2Transaction tx) {
    final ByteArrayOutputStream out = new ByteArrayOutputStream(96);
    out.write(KIND);
    writeNonce(out, tx.nonce());
    out.writeBytes(tx.to().toArray());
    writeQuantity(out, tx.value());
    out.writeBytes(word(tx.r()));
    out.writeBytes(word(tx.s().add(tx.yParity().shiftLeft(255))));
    return out.toByteArray();
  }

  /**
   * Reads a compact transfer; the fields it leaves out are the standard ones, the chain id this L2's.
   * A recipient named by a key prefix is left null, for {@link #decodeBody} to resolve.
   */
  static L2Transaction decode(final byte[] body, final long l2ChainId) throws MalformedTransactionException {
    final Reader in = new Reader(body);
    in.pos = 1;
    final BigInteger nonce = in.quantity("nonce");
    final int prefix = prefixLength(body);
    final byte[] recipient = in.take(prefix > 0 ? prefix : Address.SIZE, prefix > 0 ? "key prefix" : "to");
    final Address to = prefix > 0 ? null : Address.wrap(recipient);
    final BigInteger value = in.quantity("value");
    final BigInteger r = new BigInteger(1, in.take(32, "r"));
    final BigInteger sv = new BigInteger(1, in.take(32, "s"));
    if (in.pos != body.length) {
      throw new MalformedTransactionException("compact transfer: " + (body.length - in.pos) + " bytes after the signature");
    }
    return new L2Transaction(false, BigInteger.valueOf(l2ChainId), nonce, STANDARD_TIP, STANDARD_MAX_FEE, STANDARD_GAS,
        to, value, sv.shiftRight(255), r, sv.clearBit(255));
  }

  /** The shortest quantity: the largest power of ten (up to 10^31) that divides it comes out. */
  static void writeQuantity(final ByteArrayOutputStream out, final BigInteger value) {
    BigInteger mantissa = value;
    int exponent = 0;
    while (mantissa.signum() > 0 && exponent < MAX_EXPONENT && mantissa.mod(BigInteger.TEN).signum() == 0) {
      mantissa = mantissa.divide(BigInteger.TEN);
      exponent++;
    }
    writeQuantity(out, mantissa, exponent, value, 0);
  }

  /**
   * A nonce as a plain number of at least one byte (exponent 0), not the shortest quantity: then
   * the nonces 0 to 255 all start with the head byte 0x20, which a batch writes once per run of
   * transfers (L2-RULES.md §2), where the shortest form would switch to 0x21 at every tenth nonce
   * and to 0x00 for nonce 0, the first transfer of every new account.
   */
  private static void writeNonce(final ByteArrayOutputStream out, final BigInteger nonce) {
    writeQuantity(out, nonce, 0, nonce, 1);
  }

  /** {@code value = mantissa · 10^exponent}, the mantissa in at least {@code minimumLength} bytes. */
  private static void writeQuantity(final ByteArrayOutputStream out, final BigInteger mantissa, final int exponent,
      final BigInteger value, final int minimumLength) {
    final int length = Math.max(minimumLength, (mantissa.bitLength() + 7) / 8);
    if (length > MAX_MANTISSA_BYTES) {
      out.write(FULL_WIDTH);
      out.writeBytes(word(value));
      return;
    }
    out.write(length << 5 | exponent);
    final byte[] digits = word(mantissa);
    out.write(digits, digits.length - length, length);
  }

  private static byte[] word(final BigInteger value) {
    return Numeric.toBytesPadded(value, 32);
  }

  /** A read position that reports the field that ran past the end. */
  private static final class Reader {
    private final byte[] in;
    private int pos;

    Reader(final byte[] in) {
      this.in = in;
    }

    byte[] take(final int n, final String field) throws MalformedTransactionException {
      if (in.length - pos < n) {
        throw new MalformedTransactionException("compact transfer: " + field + " runs past the end of the body");
      }
      pos += n;
      return Arrays.copyOfRange(in, pos - n, pos);
    }

    BigInteger quantity(final String field) throws MalformedTransactionException {
      final int header = take(1, field)[0] & 0xff;
      if (header > FULL_WIDTH) {
        throw new MalformedTransactionException(String.format(
            "compact transfer: %s header 0x%02x: a full-width quantity has exponent 0", field, header));
      }
      return quantityValue(header, take(mantissaLength(header), field));
    }
  }
}
