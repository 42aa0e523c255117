package io.rolluplab.devnet.evm.precompile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.web3j.utils.Numeric;

class KzgTrustedSetupTest {
  /** sha256 of the mainnet setup as published with c-kzg-4844 (see fetch-trusted-setup.sh). */
  private static final String MAINNET_SHA256 =
      "0xd39b9f2d047cc9dca2de58f264b6a09448ccd34db967881a6713eacacf0f26b7";

  @Test
  void bundledSetupIsTheMainnetCeremonyOutput() throws IOException {
    try (InputStream in = KzgTrustedSetup.class.getResourceAsStream(KzgTrustedSetup.RESOURCE)) {
      assertThat(in).isNotNull();

      assertThat(Numeric.toHexString(Sha256.hash(in.readAllBytes()))).isEqualTo(MAINNET_SHA256);
    }
  }

  @Test
  void loadingTwiceIsHarmless() {
    KzgTrustedSetup.ensureLoaded();
    KzgTrustedSetup.ensureLoaded();

    assertThat(new PointEvaluation().run(new byte[192]).reason()).contains("versioned hash");
  }
}
