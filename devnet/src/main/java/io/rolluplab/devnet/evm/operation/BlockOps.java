package io.rolluplab.devnet.evm.operation;

import io.rolluplab.devnet.evm.frame.Frame;
import io.rolluplab.devnet.types.UInt256;
import java.util.List;

/** 0x40–0x4a: what code can see of the block it runs in. */
final class BlockOps {
  private BlockOps() {}

  /** BLOCKHASH(n): the hash of one of the 256 most recent blocks before this one, else 0. */
  static void blockHash(final Frame f) {
    final long number = f.stack.popLongSaturated();
    final long current = f.env.block().number();
    if (number >= current || number < current - 256) {
      f.stack.pushZero();
      return;
    }
    final byte[] hash = f.env.block().blockHashes().apply(number);
    if (hash == null) {
      f.stack.pushZero();
    } else {
      f.stack.pushBytes(hash, 0, 32);
    }
  }

  static void coinbase(final Frame f) {
    f.stack.push(f.env.block().coinbase());
  }

  static void timestamp(final Frame f) {
    f.stack.push(f.env.block().timestamp());
  }

  static void number(final Frame f) {
    f.stack.push(f.env.block().number());
  }

  /** PREVRANDAO (EIP-4399), the former DIFFICULTY: the beacon chain's randomness. */
  static void prevRandao(final Frame f) {
    f.stack.push(f.env.block().prevRandao());
  }

  static void gasLimit(final Frame f) {
    f.stack.push(f.env.block().gasLimit());
  }

  /** CHAINID (EIP-1344). */
  static void chainId(final Frame f) {
    f.stack.push(f.env.block().chainId());
  }

  /** BASEFEE (EIP-3198). */
  static void baseFee(final Frame f) {
    f.stack.push(UInt256.fromBigInteger(f.env.block().baseFee()));
  }

  /** BLOBHASH (EIP-4844): the i-th versioned blob hash of this transaction, else 0. */
  static void blobHash(final Frame f) {
    final long index = f.stack.popLongSaturated();
    final List<UInt256> hashes = f.env.blobHashes();
    if (index < hashes.size()) {
      f.stack.push(hashes.get((int) index));
    } else {
      f.stack.pushZero();
    }
  }

  /** BLOBBASEFEE (EIP-7516). */
  static void blobBaseFee(final Frame f) {
    f.stack.push(UInt256.fromBigInteger(f.env.block().blobBaseFee()));
  }
}
