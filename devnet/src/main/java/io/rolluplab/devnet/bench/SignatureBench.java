package io.rolluplab.devnet.bench;

import io.rolluplab.devnet.crypto.secp256k1.Secp256k1;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Random;
import org.web3j.crypto.ECDSASignature;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Sign;

/**
 * Microseconds per secp256k1 signature recovery and per signature, web3j (BouncyCastle) against
 * the project's own {@link Secp256k1}, on the same random keys and hashes. Each is warmed up first
 * (so the JIT has compiled it), then timed over several rounds; median and best are printed. The
 * time is the thread's CPU time, which other processes on a busy machine disturb much less than
 * the wall clock.
 */
public final class SignatureBench {
  private static final int PER_ROUND = 1_000;
  private static final int WARM_UP_ROUNDS = 5;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final PrintStream out;
  private final ECKeyPair[] keys = new ECKeyPair[PER_ROUND];
  private final byte[][] hashes = new byte[PER_ROUND][];
  private final Sign.SignatureData[] signatures = new Sign.SignatureData[PER_ROUND];
  /** Keeps each result alive so that the JIT cannot skip the work. */
  private int checksum;

  public SignatureBench(final PrintStream out) {
    this.out = out;
    final Random random = new Random(1);
    for (int i = 0; i < PER_ROUND; i++) {
      keys[i] = ECKeyPair.create(new BigInteger(250, random).add(BigInteger.ONE));
      hashes[i] = new byte[32];
      random.nextBytes(hashes[i]);
      signatures[i] = Sign.signMessage(hashes[i], keys[i], false);
    }
  }

  /** Times each of the four operations over {@code rounds} rounds of 1,000 and prints the figures. */
  public void run(final int rounds) {
    out.println("secp256k1 benchmark (" + PER_ROUND + " operations per round, after " + WARM_UP_ROUNDS + " warm-up rounds)");
    report("recover, web3j (BouncyCastle)", time(rounds, this::recoverWeb3j));
    report("recover, Secp256k1", time(rounds, this::recoverOwn));
    report("sign, web3j Sign.signMessage", time(rounds, i -> checksum += Sign.signMessage(hashes[i], keys[i], false).getV()[0]));
    report("sign, Secp256k1", time(rounds, i -> checksum += Secp256k1.sign(hashes[i], keys[i].getPrivateKey()).recoveryId()));
  }

  private void recoverWeb3j(final int i) {
    final Sign.SignatureData signature = signatures[i];
    final ECDSASignature rs = new ECDSASignature(new BigInteger(1, signature.getR()), new BigInteger(1, signature.getS()));
    checksum += Sign.recoverFromSignature(signature.getV()[0] - 27, rs, hashes[i]).intValue();
  }

  private void recoverOwn(final int i) {
    final Sign.SignatureData signature = signatures[i];
    checksum += Secp256k1.recoverPublicKey(hashes[i], signature.getV()[0] - 27,
        new BigInteger(1, signature.getR()), new BigInteger(1, signature.getS()))[63];
  }

  /** Microseconds per operation in each timed round. */
  private double[] time(final int rounds, final java.util.function.IntConsumer operation) {
    final double[] micros = new double[rounds];
    for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
      final long start = THREADS.getCurrentThreadCpuTime();
      for (int i = 0; i < PER_ROUND; i++) {
        operation.accept(i);
      }
      if (round >= 0) {
        micros[round] = (THREADS.getCurrentThreadCpuTime() - start) / 1e3 / PER_ROUND;
      }
    }
    return micros;
  }

  private void report(final String operation, final double[] micros) {
    final double[] sorted = micros.clone();
    Arrays.sort(sorted);
    out.printf("%-40s median %7.1f µs CPU  best %7.1f µs  (%d rounds)%n", operation, sorted[sorted.length / 2], sorted[0], sorted.length);
  }

  public static void main(final String[] args) {
    final SignatureBench bench = new SignatureBench(System.out);
    bench.run(args.length > 0 ? Integer.parseInt(args[0]) : 10);
    System.out.println("(checksum " + bench.checksum + ")");
  }
}
