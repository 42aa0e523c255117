package io.rolluplab.devnet.evm.precompile.bn254;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class PairingTest {
  private static final BigInteger A = BigInteger.valueOf(123_456_789);
  private static final BigInteger B = new BigInteger("987654321987654321987654321");

  @Test
  void pairingOfGeneratorsIsNotOne() {
    final Fp12 e = Pairing.pairing(G1.GENERATOR, G2.GENERATOR);

    assertThat(e).isNotEqualTo(Fp12.ONE);
  }

  @Test
  void pairingOfGeneratorsHasOrderR() {
    final Fp12 e = Pairing.pairing(G1.GENERATOR, G2.GENERATOR);

    assertThat(e.pow(G1.ORDER)).isEqualTo(Fp12.ONE);
  }

  @Test
  void pairingIsBilinear() {
    final Fp12 left = Pairing.pairing(G1.GENERATOR.multiply(A), G2.GENERATOR.multiply(B));
    final Fp12 right = Pairing.pairing(G1.GENERATOR.multiply(A.multiply(B)), G2.GENERATOR);

    assertThat(left).isEqualTo(right);
  }

  @Test
  void pairingWithNegatedPointIsTheInverse() {
    final Fp12 product =
        Pairing.millerLoop(G1.GENERATOR, G2.GENERATOR)
            .mul(Pairing.millerLoop(G1.GENERATOR.negate(), G2.GENERATOR));

    assertThat(Pairing.finalExponentiation(product)).isEqualTo(Fp12.ONE);
  }

  @Test
  void hardPartOfFinalExponentiationEqualsThePlainPower() {
    final Fp12 f = Pairing.millerLoop(G1.GENERATOR, G2.GENERATOR);
    final Fp12 t = f.conjugate().mul(f.inverse());
    final Fp12 easy = t.frobenius().frobenius().mul(t);
    final BigInteger p = Fp.P;
    final BigInteger hardExponent =
        p.pow(4).subtract(p.pow(2)).add(BigInteger.ONE).divide(G1.ORDER);

    assertThat(Pairing.hardPart(easy)).isEqualTo(easy.pow(hardExponent));
  }

  @Test
  void pairingWithInfinityIsOne() {
    assertThat(Pairing.pairing(CurvePoint.infinity(G1.B), G2.GENERATOR)).isEqualTo(Fp12.ONE);
  }

  /**
   * Measures this thread's CPU time, not wall time, so other processes on a busy machine do not
   * count. The first runs are slow while the JIT compiles, so it tries up to 40 times and stops at
   * the first run under the limit.
   */
  @Test
  void onePairingTakesLessThanFiftyMillisecondsOfCpuTimeOnceWarm() {
    final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    final long limitNanos = 50_000_000;
    long fastestNanos = Long.MAX_VALUE;
    for (int i = 0; i < 40 && fastestNanos >= limitNanos; i++) {
      final long start = threads.getCurrentThreadCpuTime();
      Pairing.pairing(G1.GENERATOR, G2.GENERATOR);
      fastestNanos = Math.min(fastestNanos, threads.getCurrentThreadCpuTime() - start);
    }

    assertThat(fastestNanos).isLessThan(limitNanos);
  }
}
