package io.rolluplab.devnet.evm;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.UInt256;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;

/** Where a new contract lands: derived from its creator, so anyone can predict it. */
public final class ContractAddress {
  private ContractAddress() {}

  /** CREATE and creation transactions: keccak256(rlp([sender, nonce]))[12:]. */
  public static Address forCreate(final Address sender, final long nonce) {
    final byte[] rlp = RlpEncoder.encode(new RlpList(List.of(
        RlpString.create(sender.toArray()),
        RlpString.create(new BigInteger(Long.toUnsignedString(nonce))))));
    return lastTwentyBytes(Keccak.hash(rlp));
  }

  /** CREATE2 (EIP-1014): keccak256(0xff ‖ sender ‖ salt ‖ keccak256(initcode))[12:]. */
  public static Address forCreate2(final Address sender, final UInt256 salt, final byte[] initcode) {
    final byte[] preimage = new byte[1 + 20 + 32 + 32];
    preimage[0] = (byte) 0xFF;
    System.arraycopy(sender.toArray(), 0, preimage, 1, 20);
    System.arraycopy(salt.toBytes(), 0, preimage, 21, 32);
    System.arraycopy(Keccak.hash(initcode), 0, preimage, 53, 32);
    return lastTwentyBytes(Keccak.hash(preimage));
  }

  private static Address lastTwentyBytes(final byte[] hash) {
    return Address.wrap(Arrays.copyOfRange(hash, 12, 32));
  }
}
