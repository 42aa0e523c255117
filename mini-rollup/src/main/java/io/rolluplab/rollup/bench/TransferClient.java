package io.rolluplab.rollup.bench;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.l2tx.CompactTransfer;
import io.rolluplab.rollup.l2tx.L2Signer;
import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.rollup.sequencer.RejectReason;
import io.rolluplab.rollup.sequencer.TransactionRejectedException;
import java.lang.management.ManagementFactory;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.RawTransaction;

/**
 * The bench's users: {@code senders} accounts that sign standard EIP-1559 transfers (the fees a
 * wallet takes from the L2 JSON-RPC, so batches carry them in their compact form) of 1 wei to each other
 * and hand them to the node as {@code eth_sendRawTransaction} does, each sender in turn, nonce
 * after nonce. A full mempool is back-pressure: the client waits a millisecond and tries again.
 *
 * <p>It signs everything first ({@link #sign}), before the bench starts its clock: users sign in
 * their own wallets, on their own machines, so signing is no work of the rollup's; done on the
 * bench's two cores while the node runs, it took a third of them.
 */
final class TransferClient {
  private final RollupNode node;
  private final long chainId;
  private final List<Credentials> keys = new ArrayList<>();
  private final List<Address> senders = new ArrayList<>();
  private final int transfers;
  /** The signed transfers in sending order; each is let go once submitted. */
  private final byte[][] signed;
  private final AtomicLong submitted = new AtomicLong();
  private long signingNanos;
  private long submittingNanos;
  private volatile long cpuNanos;
  private long poolFullRetries;
  private volatile Exception failure;

  /**
   * @param firstKey the first sender's private key, the others' follow it: a run with keys of its own
   *     signs transactions no earlier run in the process signed, so none of its signatures is found
   *     already checked in the recovery memo the process's nodes share
   */
  TransferClient(final RollupNode node, final long chainId, final int senders, final int transfers,
      final long firstKey) {
    this.node = node;
    this.chainId = chainId;
    this.transfers = transfers;
    this.signed = new byte[transfers][];
    for (int i = 0; i < senders; i++) {
      final Credentials key = Credentials.create(ECKeyPair.create(BigInteger.valueOf(firstKey + i)));
      keys.add(key);
      this.senders.add(Address.fromHex(key.getAddress()));
    }
  }

  List<Address> senders() {
    return senders;
  }

  /** How many transfers sender {@code i} sends in all. */
  long transfersOf(final int i) {
    return transfers / senders.size() + (i < transfers % senders.size() ? 1 : 0);
  }

  /** Signs every transfer, each sender in turn, nonce after nonce; before {@link #run}. */
  void sign() {
    final long start = System.nanoTime();
    for (int i = 0; i < transfers; i++) {
      final int from = i % senders.size();
      signed[i] = sign(keys.get(from), i / senders.size(), senders.get((from + 1) % senders.size()));
    }
    signingNanos = System.nanoTime() - start;
  }

  /** Submits every signed transfer in order; on the client's own thread. */
  void run() {
    final long start = System.nanoTime();
    try {
      for (int i = 0; i < transfers; i++) {
        submit(signed[i]);
        signed[i] = null;
        submitted.incrementAndGet();
      }
    } catch (Exception e) {
      failure = e;
    }
    submittingNanos = System.nanoTime() - start;
    cpuNanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private byte[] sign(final Credentials key, final long nonce, final Address to) {
    final RawTransaction tx = RawTransaction.createEtherTransaction(chainId, BigInteger.valueOf(nonce),
        CompactTransfer.STANDARD_GAS, to.toHex(), BigInteger.ONE, CompactTransfer.STANDARD_TIP,
        CompactTransfer.STANDARD_MAX_FEE);
    return L2Signer.sign(tx, chainId, key.getEcKeyPair());
  }

  private void submit(final byte[] tx) throws TransactionRejectedException, InterruptedException {
    while (true) {
      try {
        node.submit(tx);
        return;
      } catch (TransactionRejectedException e) {
        if (e.reason() != RejectReason.POOL_FULL) {
          throw e;
        }
        poolFullRetries++;
        Thread.sleep(1);
      }
    }
  }

  long submitted() {
    return submitted.get();
  }

  /** Read after {@link #sign}. */
  long signingNanos() {
    return signingNanos;
  }

  /** Read after the client's thread ended. */
  long submittingNanos() {
    return submittingNanos;
  }

  /** The CPU time of the client's thread, set as it ends. */
  long cpuNanos() {
    return cpuNanos;
  }

  long poolFullRetries() {
    return poolFullRetries;
  }

  Exception failure() {
    return failure;
  }
}
