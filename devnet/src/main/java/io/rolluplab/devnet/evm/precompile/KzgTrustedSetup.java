package io.rolluplab.devnet.evm.precompile;

import ethereum.ckzg4844.CKZG4844JNI;

/**
 * Loads the EIP-4844 mainnet trusted setup into c-kzg once, on first use. The native library keeps
 * a single global setup and refuses a second load, so everyone in the devnet that verifies KZG
 * proofs goes through {@link #ensureLoaded()}.
 *
 * <p>The setup is public output of the KZG ceremony, shipped as the classpath resource {@value
 * #RESOURCE} (see {@code devnet/scripts/fetch-trusted-setup.sh}).
 */
public final class KzgTrustedSetup {
  public static final String RESOURCE = "/kzg/trusted_setup.txt";

  private static boolean loaded;

  private KzgTrustedSetup() {}

  /** Loads the native library and the setup unless that has already happened. */
  public static synchronized void ensureLoaded() {
    if (loaded) {
      return;
    }
    CKZG4844JNI.loadNativeLibrary();
    // precompute = 0: no extra tables; they only speed up PeerDAS cell proofs, which we don't use.
    CKZG4844JNI.loadTrustedSetupFromResource(RESOURCE, KzgTrustedSetup.class, 0);
    loaded = true;
  }
}
