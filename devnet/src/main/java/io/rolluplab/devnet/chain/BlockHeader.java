package io.rolluplab.devnet.chain;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.types.Address;
import java.math.BigInteger;
import java.util.List;
import org.web3j.rlp.RlpDecoder;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.rlp.RlpType;
import org.web3j.utils.Numeric;

/**
 * A Cancun block header: the 20 fields a block's hash commits to, in the order of their RLP list.
 *
 * <p>Since the Merge some fields are constants (difficulty 0, nonce 0, the hash of an empty ommers
 * list) and {@code mixHash} carries the beacon chain's RANDAO value (PREVRANDAO). They keep their
 * places because the hash covers them: change the order or the encoding of one field and the hash
 * no longer matches any other client's.
 *
 * @param mixHash the PREVRANDAO value contracts read
 * @param nonce always 8 bytes
 */
public record BlockHeader(
    byte[] parentHash,
    byte[] ommersHash,
    Address coinbase,
    byte[] stateRoot,
    byte[] transactionsRoot,
    byte[] receiptsRoot,
    byte[] logsBloom,
    BigInteger difficulty,
    long number,
    long gasLimit,
    long gasUsed,
    long timestamp,
    byte[] extraData,
    byte[] mixHash,
    byte[] nonce,
    BigInteger baseFeePerGas,
    byte[] withdrawalsRoot,
    long blobGasUsed,
    long excessBlobGas,
    byte[] parentBeaconBlockRoot) {

  /** keccak256(RLP([])): no block has ommers since the Merge. */
  public static final byte[] EMPTY_OMMERS_HASH =
      Numeric.hexStringToByteArray("0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347");
  /** The post-Merge block nonce: eight zero bytes. */
  public static final byte[] ZERO_NONCE = new byte[8];
  private static final int FIELD_COUNT = 20;

  /** The block's id: keccak256 of the RLP-encoded header. */
  public byte[] hash() {
    return Keccak.hash(encode());
  }

  /** RLP of the 20-field list; integers are minimal big-endian, zero is the empty string. */
  public byte[] encode() {
    return RlpEncoder.encode(new RlpList(
        RlpString.create(parentHash),
        RlpString.create(ommersHash),
        RlpString.create(coinbase.toArray()),
        RlpString.create(stateRoot),
        RlpString.create(transactionsRoot),
        RlpString.create(receiptsRoot),
        RlpString.create(logsBloom),
        RlpString.create(difficulty),
        RlpString.create(number),
        RlpString.create(gasLimit),
        RlpString.create(gasUsed),
        RlpString.create(timestamp),
        RlpString.create(extraData),
        RlpString.create(mixHash),
        RlpString.create(nonce),
        RlpString.create(baseFeePerGas),
        RlpString.create(withdrawalsRoot),
        RlpString.create(blobGasUsed),
        RlpString.create(excessBlobGas),
        RlpString.create(parentBeaconBlockRoot)));
  }

  /**
   * Reads a header back from its RLP.
   *
   * @throws IllegalArgumentException if the bytes are not a 20-field Cancun header
   */
  public static BlockHeader decode(final byte[] rlp) {
    final List<RlpType> outer = RlpDecoder.decode(rlp).getValues();
    if (outer.size() != 1 || !(outer.get(0) instanceof RlpList list) || list.getValues().size() != FIELD_COUNT) {
      throw new IllegalArgumentException(
          "not a Cancun block header: expected one RLP list of " + FIELD_COUNT + " fields; "
              + "headers of other forks have a different number of fields");
    }
    final Fields f = new Fields(list.getValues());
    return new BlockHeader(
        f.bytes(), f.bytes(), Address.wrap(f.bytes()), f.bytes(), f.bytes(), f.bytes(), f.bytes(),
        f.big(), f.number(), f.number(), f.number(), f.number(), f.bytes(), f.bytes(), f.bytes(),
        f.big(), f.bytes(), f.number(), f.number(), f.bytes());
  }

  /** Reads the list's fields in order, so {@link #decode} lists them as the spec does. */
  private static final class Fields {
    private final List<RlpType> values;
    private int next;

    Fields(final List<RlpType> values) {
      this.values = values;
    }

    byte[] bytes() {
      return ((RlpString) values.get(next++)).getBytes();
    }

    BigInteger big() {
      return new BigInteger(1, bytes());
    }

    long number() {
      return big().longValueExact();
    }
  }
}
