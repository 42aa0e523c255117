package io.rolluplab.rollup.state;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.types.Address;
import java.lang.management.ManagementFactory;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.Random;
import org.bouncycastle.crypto.digests.KeccakDigest;

/**
 * A plain benchmark of the state tree (no JMH, not a unit test): time per Keccak-256 of the tree's
 * inputs, per leaf update, heap per leaf, and time per L2 transfer's worth of state work, for trees
 * of a given number of accounts.
 *
 * <p>Run it from the repository root after {@code mvn -o install -DskipTests -pl devnet,mini-rollup -am}
 * and {@code mvn -o test-compile -pl mini-rollup}:
 * <pre>
 *   mvn -o -q -pl mini-rollup dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 *   java -Xmx4g -cp mini-rollup/target/test-classes:mini-rollup/target/classes:$(cat /tmp/cp.txt) \
 *       io.rolluplab.rollup.state.StateTreeBench 1000 100000
 * </pre>
 * Each argument is a number of accounts (default: 1000 and 100000); {@code -Dbench.updates=N} and
 * {@code -Dbench.transfers=N} change how many updates and transfers one round times (20,000 and
 * 10,000), {@code -Dbench.rounds=N} how many rounds run (5): the fastest round counts, the first
 * ones warm up the JIT.
 * It prints first the ns per Keccak-256 of a node's 64 bytes and of a leaf's 65, by {@link Keccak}
 * and by BouncyCastle's {@link KeccakDigest} (one reused digest, as {@code Keccak} used before it
 * was written out). Then, for each number of accounts:
 * <ul>
 *   <li>µs per insert while building the tree, and µs per update of an existing leaf (a random
 *       account gets a new value), each followed by asking for the root (the tree hashes when the
 *       root is asked for), after a warm-up;
 *   <li>the mean depth of a leaf's path, which is the number of hashes an update costs (minus one
 *       for the leaf itself);
 *   <li>heap bytes per leaf: heap in use with the tree minus without, after a full GC, divided by
 *       the number of leaves (the tree's nodes and the keys and values it holds);
 *   <li>µs per transfer: on an {@link L2State}, three accounts each get a proof and a new value,
 *       then the root is asked for: the state work of one execution of an L2 transfer with its
 *       witness (sender, recipient, fee vault). Then the same without the proofs, once with the
 *       root after every transfer and once with it after every {@value #BATCH} transfers: as the
 *       sequencer and the derivations execute, which ask the root once per block or batch.
 * </ul>
 * The figures are CPU times of the bench's one thread, which other processes on the machine inflate
 * less than wall-clock times (they still share its caches and cores): compare runs made side by side.
 */
public final class StateTreeBench {
  private static final int UPDATES = Integer.getInteger("bench.updates", 20_000);
  private static final int TRANSFERS = Integer.getInteger("bench.transfers", 10_000);
  private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
  /** Transfers per root asked, as in one of the rollup bench's batches. */
  private static final int BATCH = 100;
  /** Takes the last hash, so that the JIT cannot drop the hashing as unused. */
  private static volatile byte sink;

  private StateTreeBench() {}

  public static void main(final String[] args) {
    final int[] sizes = args.length == 0 ? new int[] {1_000, 100_000} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    warmUp();
    hashFigures();
    for (final int n : sizes) {
      treeFigures(n);
      transferFigures(n);
    }
  }

  /** ns of CPU per Keccak-256 of a pair of node hashes (64 bytes) and of a leaf (65), the fastest of the rounds. */
  private static void hashFigures() {
    final KeccakDigest digest = new KeccakDigest(256);
    final byte[] tag = {0x01};
    final int hashes = 200_000;
    final double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
    byte[] left = Keccak.hash(new byte[] {1});
    final byte[] right = Keccak.hash(new byte[] {2});
    for (int round = 0; round < ROUNDS + 2; round++) {
      long t = cpuNanos();
      for (int i = 0; i < hashes; i++) {
        left = Keccak.hashConcat(left, right);
      }
      best[0] = Math.min(best[0], (double) (cpuNanos() - t) / hashes);
      t = cpuNanos();
      for (int i = 0; i < hashes; i++) {
        left = Keccak.hashConcat(tag, left, right);
      }
      best[1] = Math.min(best[1], (double) (cpuNanos() - t) / hashes);
      t = cpuNanos();
      for (int i = 0; i < hashes; i++) {
        left = digestOf(digest, new byte[0], left, right);
      }
      best[2] = Math.min(best[2], (double) (cpuNanos() - t) / hashes);
      t = cpuNanos();
      for (int i = 0; i < hashes; i++) {
        left = digestOf(digest, tag, left, right);
      }
      best[3] = Math.min(best[3], (double) (cpuNanos() - t) / hashes);
    }
    System.out.printf("Keccak-256 of 64 bytes (a node): %.0f ns, of 65 (a leaf): %.0f ns; BouncyCastle's KeccakDigest "
        + "on the array joined: %.0f and %.0f ns (CPU time)%n", best[0], best[1], best[2], best[3]);
    sink = left[0];
  }

  /** As {@code Keccak} hashed before it was written out: the parts joined into one array, then one reused digest. */
  private static byte[] digestOf(final KeccakDigest digest, final byte[] prefix, final byte[] left, final byte[] right) {
    final byte[] joined = new byte[prefix.length + left.length + right.length];
    System.arraycopy(prefix, 0, joined, 0, prefix.length);
    System.arraycopy(left, 0, joined, prefix.length, left.length);
    System.arraycopy(right, 0, joined, prefix.length + left.length, right.length);
    digest.update(joined, 0, joined.length);
    final byte[] out = new byte[32];
    digest.doFinal(out, 0);
    return out;
  }

  private static long cpuNanos() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  /** Runs the code once on a small tree, so that the JIT has compiled it before anything is timed. */
  private static void warmUp() {
    final SparseMerkleTree tree = new SparseMerkleTree();
    for (int i = 0; i < 2_000; i++) {
      tree.put(Account.key(address(-1 - i)), value(i, 0));
      tree.root();
      tree.proof(Account.key(address(-1 - i / 2)));
    }
  }

  private static void treeFigures(final int n) {
    final long heapBefore = usedHeap();
    final long start = cpuNanos();
    SparseMerkleTree tree = new SparseMerkleTree();
    for (int i = 0; i < n; i++) {
      tree.put(Account.key(address(i)), value(i, 0));
      tree.root();
    }
    final double insertMicros = (cpuNanos() - start) / 1e3 / n;
    final long heapAfter = usedHeap();
    final double bytesPerLeaf = (double) (heapAfter - heapBefore) / n;

    final Random random = new Random(42);
    double best = Double.MAX_VALUE;
    for (int round = 1; round <= ROUNDS; round++) {
      final long t = cpuNanos();
      for (int u = 0; u < UPDATES; u++) {
        final int i = random.nextInt(n);
        tree.put(Account.key(address(i)), value(i, round * UPDATES + u + 1));
        tree.root();
      }
      best = Math.min(best, (cpuNanos() - t) / 1e3 / UPDATES);
    }
    long depths = 0;
    for (int i = 0; i < 1_000; i++) {
      depths += tree.proof(Account.key(address(random.nextInt(n)))).depth();
    }
    System.out.printf("%,9d leaves: %8.1f µs per insert, %8.1f µs per update, %s heap bytes per leaf, "
            + "mean path depth %.1f (root %s)%n",
        n, insertMicros, best, n < 10_000 ? "(too few leaves to measure)" : String.format("%,.0f", bytesPerLeaf),
        depths / 1_000.0, tree.root().toHex().substring(0, 10));
    tree = null;
  }

  private static void transferFigures(final int n) {
    final L2State state = new L2State();
    for (int i = 0; i < n; i++) {
      state.setAccount(address(i), new Account(BigInteger.valueOf(1_000_000_000L), 0));
    }
    state.commit();
    System.out.printf("%,9d accounts: µs of state work per L2 transfer (3 leaf updates): %.1f with 3 proofs and the root"
            + " after each, %.1f without proofs and the root after each, %.1f without proofs and the root after %d%n",
        n, transferMicros(state, n, true, 1), transferMicros(state, n, false, 1), transferMicros(state, n, false, BATCH),
        BATCH);
  }

  /** The fastest round's µs per transfer, with the proofs if {@code proved} and the root after every {@code perRoot} transfers. */
  private static double transferMicros(final L2State state, final int n, final boolean proved, final int perRoot) {
    final Random random = new Random(7);
    double best = Double.MAX_VALUE;
    for (int round = 1; round <= ROUNDS; round++) {
      final long t = cpuNanos();
      for (int x = 1; x <= TRANSFERS; x++) {
        final Address from = address(random.nextInt(n));
        final Address to = address(random.nextInt(n));
        final Address vault = address(0);
        touch(state, from, -2, proved);
        touch(state, to, 1, proved);
        touch(state, vault, 1, proved);
        if (x % perRoot == 0) {
          state.root();
        }
        state.commit();
      }
      best = Math.min(best, (cpuNanos() - t) / 1e3 / TRANSFERS);
    }
    return best;
  }

  /** What the state machine does per account: read the proof (for the witness) if {@code proved}, then write. */
  private static void touch(final L2State state, final Address a, final long delta, final boolean proved) {
    final Account before = state.account(a);
    if (proved) {
      state.accountProof(a);
    }
    state.setAccount(a, new Account(before.balance().add(BigInteger.valueOf(delta)), before.nonce() + (delta < 0 ? 1 : 0)));
  }

  private static Address address(final int i) {
    return Address.wrap(java.util.Arrays.copyOf(Keccak.hash(ByteBuffer.allocate(4).putInt(i).array()), Address.SIZE));
  }

  private static Bytes32 value(final int i, final int version) {
    return Bytes32.wrap(Keccak.hash(ByteBuffer.allocate(8).putInt(i).putInt(version).array()));
  }

  private static long usedHeap() {
    final Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
