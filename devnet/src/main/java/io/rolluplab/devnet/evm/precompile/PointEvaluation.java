package io.rolluplab.devnet.evm.precompile;

import ethereum.ckzg4844.CKZG4844JNI;
import ethereum.ckzg4844.CKZGException;
import java.math.BigInteger;
import java.util.Arrays;
import org.web3j.utils.Numeric;

/**
 * 0x0a: verifies a KZG proof that the blob behind a versioned hash evaluates to y at point z
 * (EIP-4844, Cancun). Rollups use it to prove that their data was posted in a blob: the contract
 * only sees the blob's versioned hash, never the blob.
 *
 * <p>Input: exactly 192 bytes: versioned hash (32), z (32), y (32), commitment (48), proof (48).
 * The versioned hash must be 0x01 followed by the last 31 bytes of sha256(commitment). Output: the
 * number of field elements per blob and the BLS12-381 scalar modulus, two 32-byte words, so that
 * callers can check which parameters the proof was made for.
 */
public final class PointEvaluation implements Precompile {
  private static final int INPUT_SIZE = 192;
  private static final byte VERSION_KZG = 0x01;
  private static final byte[] OUTPUT = output();

  @Override
  public String name() {
    return "pointevaluation";
  }

  @Override
  public long gasCost(final byte[] input) {
    return 50_000;
  }

  @Override
  public PrecompileResult run(final byte[] input) {
    if (input.length != INPUT_SIZE) {
      return PrecompileResult.failure("point evaluation input must be exactly 192 bytes");
    }
    final byte[] versionedHash = Arrays.copyOfRange(input, 0, 32);
    final byte[] z = Arrays.copyOfRange(input, 32, 64);
    final byte[] y = Arrays.copyOfRange(input, 64, 96);
    final byte[] commitment = Arrays.copyOfRange(input, 96, 144);
    final byte[] proof = Arrays.copyOfRange(input, 144, 192);
    if (!Arrays.equals(versionedHash, versionedHash(commitment))) {
      return PrecompileResult.failure("versioned hash does not match the commitment");
    }
    KzgTrustedSetup.ensureLoaded();
    try {
      if (!CKZG4844JNI.verifyKzgProof(commitment, z, y, proof)) {
        return PrecompileResult.failure("KZG proof does not verify");
      }
    } catch (final CKZGException malformed) {
      return PrecompileResult.failure("malformed KZG input: " + malformed.getErrorMessage());
    }
    return PrecompileResult.ok(OUTPUT.clone());
  }

  /** kzg_to_versioned_hash: the version byte 0x01, then sha256(commitment) without its first byte. */
  public static byte[] versionedHash(final byte[] commitment) {
    final byte[] hash = Sha256.hash(commitment);
    hash[0] = VERSION_KZG;
    return hash;
  }

  private static byte[] output() {
    final byte[] out = new byte[64];
    final BigInteger fieldElements = BigInteger.valueOf(CKZG4844JNI.FIELD_ELEMENTS_PER_BLOB);
    System.arraycopy(Numeric.toBytesPadded(fieldElements, 32), 0, out, 0, 32);
    System.arraycopy(Numeric.toBytesPadded(CKZG4844JNI.BLS_MODULUS, 32), 0, out, 32, 32);
    return out;
  }
}
