package io.rolluplab.rollup.state;

import io.rolluplab.devnet.types.Address;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import org.web3j.utils.Numeric;

/**
 * An L2 account: a balance and a nonce, nothing else (no code, no storage: this L2 only moves
 * value). Its leaf sits at key {@code H(address)}; its value is
 * {@code H(address ‖ uint256 balance ‖ uint64 nonce)}, or zero for the empty account. An account
 * that was ever non-empty never becomes empty again (L2-RULES.md §1.1).
 *
 * @param balance in wei, below 2^256
 * @param nonce the number of transactions the account has sent (a uint64 in the leaf; never
 *     negative here, since no account can send 2^63 transactions)
 */
public record Account(BigInteger balance, long nonce) {
  public static final Account EMPTY = new Account(BigInteger.ZERO, 0);

  public Account {
    if (balance.signum() < 0 || balance.bitLength() > 256) {
      throw new ArithmeticException("a balance is a uint256: " + balance);
    }
    if (nonce < 0) {
      throw new ArithmeticException("negative nonce: " + nonce);
    }
  }

  public boolean isEmpty() {
    return balance.signum() == 0 && nonce == 0;
  }

  /** The key of {@code address}'s leaf: {@code H(address)}, so that keys spread evenly over the tree. */
  public static Bytes32 key(final Address address) {
    return Bytes32.keccak(address.toArray());
  }

  /** The leaf value of this account at {@code address}: zero when empty, so it is no leaf at all. */
  public Bytes32 leafValue(final Address address) {
    if (isEmpty()) {
      return Bytes32.ZERO;
    }
    final ByteBuffer preimage = ByteBuffer.allocate(Address.SIZE + 32 + 8)
        .put(address.toArray())
        .put(Numeric.toBytesPadded(balance, 32))
        .putLong(nonce);
    return Bytes32.keccak(preimage.array());
  }

  public Account withBalance(final BigInteger newBalance) {
    return new Account(newBalance, nonce);
  }
}
