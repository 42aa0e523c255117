package io.rolluplab.devnet.crypto.secp256k1;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.crypto.secp256k1.Secp256k1.RecoverableSignature;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.ECDSASignature;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

/** Recovery and signing against web3j (BouncyCastle) on random keys and messages. */
class Secp256k1Test {
  private static final BigInteger N = Secp256k1.N;
  private final Random random = new Random(256);

  @Test
  void signsTheSameBytesAsWeb3jAndRecoversTheSigner() {
    for (int i = 0; i < 2_000; i++) {
      final ECKeyPair key = ECKeyPair.create(randomScalar());
      final byte[] hash = randomHash();

      final Sign.SignatureData expected = Sign.signMessage(hash, key, false);
      final RecoverableSignature signature = Secp256k1.sign(hash, key.getPrivateKey());

      assertThat(Numeric.toBytesPadded(signature.r(), 32)).isEqualTo(expected.getR());
      assertThat(Numeric.toBytesPadded(signature.s(), 32)).isEqualTo(expected.getS());
      assertThat(signature.recoveryId() + 27).isEqualTo(expected.getV()[0]);
      assertThat(Secp256k1.recoverPublicKey(hash, signature.recoveryId(), signature.r(), signature.s()))
          .isEqualTo(Numeric.toBytesPadded(key.getPublicKey(), 64));
    }
  }

  @Test
  void recoversWhatWeb3jRecoversFromArbitraryRAndS() {
    // random (r, s, parity), high s included: about half the r are no x on the curve
    int noPoint = 0;
    for (int i = 0; i < 3_000; i++) {
      final byte[] hash = randomHash();
      final BigInteger r = randomScalar();
      final BigInteger s = randomScalar();
      final int recoveryId = random.nextInt(2);
      final byte[] expected = web3jRecover(recoveryId, r, s, hash);
      final byte[] actual = Secp256k1.recoverPublicKey(hash, recoveryId, r, s);
      assertThat(actual).as("r %s s %s v %d", r, s, recoveryId).isEqualTo(expected);
      noPoint += actual == null ? 1 : 0;
    }
    assertThat(noPoint).isBetween(1_200, 1_800);
  }

  @Test
  void recoversWhatWeb3jRecoversAtTheEdgesOfRSAndTheHash() {
    // r and s at 1 and n − 1 (the scalars' inverses of 1 and n − 1), hashes at and above n
    final BigInteger[] edges = {BigInteger.ONE, BigInteger.TWO, N.shiftRight(1), N.subtract(BigInteger.TWO), N.subtract(BigInteger.ONE)};
    final BigInteger[] hashes = {BigInteger.ZERO, BigInteger.ONE, N.subtract(BigInteger.ONE), N, BigInteger.TWO.pow(256).subtract(BigInteger.ONE)};
    for (final BigInteger r : edges) {
      for (final BigInteger s : edges) {
        for (final BigInteger e : hashes) {
          final byte[] hash = Numeric.toBytesPadded(e, 32);
          for (int recoveryId = 0; recoveryId < 2; recoveryId++) {
            assertThat(Secp256k1.recoverPublicKey(hash, recoveryId, r, s)).as("r %s s %s e %s v %d", r, s, e, recoveryId)
                .isEqualTo(web3jRecover(recoveryId, r, s, hash));
          }
        }
      }
    }
  }

  @Test
  void aHashOfZeroOrOfNItselfNeedsNoMultipleOfG() {
    final BigInteger r = Secp256k1.sign(randomHash(), BigInteger.TEN).r();
    for (final BigInteger e : new BigInteger[] {BigInteger.ZERO, N, N.add(BigInteger.ONE)}) {
      final byte[] hash = Numeric.toBytesPadded(e, 32);
      assertThat(Secp256k1.recoverPublicKey(hash, 0, r, BigInteger.ONE)).isEqualTo(web3jRecover(0, r, BigInteger.ONE, hash));
    }
  }

  @Test
  void aKeyAtInfinityIsNoSigner() {
    // s·R = e·G when s = e·r⁻¹... simplest: R = G (r = Gx) and s = e, so s·R − e·G = 0
    final byte[] publicKeyOfOne = Secp256k1.publicKey(BigInteger.ONE);
    final BigInteger gx = new BigInteger(1, java.util.Arrays.copyOf(publicKeyOfOne, 32));
    final int gParity = publicKeyOfOne[63] & 1;
    final BigInteger e = BigInteger.valueOf(12345);
    final byte[] hash = Numeric.toBytesPadded(e, 32);

    assertThat(Secp256k1.recoverPublicKey(hash, gParity, gx, e)).isNull();
    assertThat(web3jRecover(gParity, gx, e, hash)).isNull();
  }

  @Test
  void publicKeysAreWeb3js() {
    for (int i = 0; i < 200; i++) {
      final BigInteger privateKey = randomScalar();
      assertThat(Secp256k1.publicKey(privateKey))
          .isEqualTo(Numeric.toBytesPadded(Sign.publicKeyFromPrivate(privateKey), 64));
    }
    assertThat(Secp256k1.publicKey(N.subtract(BigInteger.ONE)))
        .isEqualTo(Numeric.toBytesPadded(Sign.publicKeyFromPrivate(N.subtract(BigInteger.ONE)), 64));
  }

  /** web3j's answer: null for no signer (it throws when r is no x on the curve, returns 0 at infinity). */
  private static byte[] web3jRecover(final int recoveryId, final BigInteger r, final BigInteger s, final byte[] hash) {
    final BigInteger key;
    try {
      key = Sign.recoverFromSignature(recoveryId, new ECDSASignature(r, s), hash);
    } catch (final IllegalArgumentException notOnCurve) {
      return null;
    }
    return key == null || key.signum() == 0 ? null : Numeric.toBytesPadded(key, 64);
  }

  private BigInteger randomScalar() {
    BigInteger k;
    do {
      k = new BigInteger(256, random);
    } while (k.signum() == 0 || k.compareTo(N) >= 0);
    return k;
  }

  private byte[] randomHash() {
    final byte[] hash = new byte[32];
    random.nextBytes(hash);
    return hash;
  }
}
