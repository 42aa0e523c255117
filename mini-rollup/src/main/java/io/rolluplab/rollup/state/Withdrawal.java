package io.rolluplab.rollup.state;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.UInt256;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import org.web3j.utils.Numeric;

/**
 * Value leaving L2: recorded as a leaf of the state tree, so the state root commits to it and L1
 * can pay it out against a finalized root with a Merkle proof (as the OP Stack records withdrawals
 * in a contract's storage).
 *
 * @param l2Nonce the sender's nonce before the withdrawal: it makes two otherwise equal withdrawals
 *     distinct leaves, and so each can be paid once
 */
public record Withdrawal(Address l2Sender, Address l1Recipient, BigInteger amount, long l2Nonce) {

  /**
   * {@code H(abi.encode(l2Sender, l1Recipient, amount, l2Nonce))}: the withdrawal's id, and both
   * the key and the value of its leaf.
   */
  public Bytes32 hash() {
    final ByteBuffer encoded = ByteBuffer.allocate(4 * 32)
        .put(word(l2Sender))
        .put(word(l1Recipient))
        .put(Numeric.toBytesPadded(amount, 32))
        .put(Numeric.toBytesPadded(BigInteger.valueOf(l2Nonce), 32));
    return Bytes32.wrap(Keccak.hash(encoded.array()));
  }

  private static byte[] word(final Address address) {
    return UInt256.fromBytes(address.toArray()).toBytes();
  }
}
