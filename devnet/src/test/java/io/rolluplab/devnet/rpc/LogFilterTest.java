package io.rolluplab.devnet.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.Bloom;
import io.rolluplab.devnet.types.Log;
import io.rolluplab.devnet.types.UInt256;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LogFilterTest {
  private static final Address TOKEN = Address.fromLong(0x70);
  private static final UInt256 TRANSFER = UInt256.valueOf(1);
  private static final UInt256 ALICE = UInt256.valueOf(0xA);
  private static final UInt256 BOB = UInt256.valueOf(0xB);
  private static final Log ALICE_TO_BOB = new Log(TOKEN, List.of(TRANSFER, ALICE, BOB), new byte[0]);

  private static List<Set<UInt256>> topics(final Set<UInt256>... positions) {
    return java.util.Arrays.asList(positions);
  }

  @Test
  void matchesTopicsPositionByPositionWithNullAsWildcardAndListsAsOr() {
    assertThat(new LogFilter(Set.of(), topics(Set.of(TRANSFER), null, Set.of(ALICE, BOB))).matches(ALICE_TO_BOB))
        .isTrue();
    assertThat(new LogFilter(Set.of(), topics(null, Set.of(BOB))).matches(ALICE_TO_BOB)).isFalse();
    assertThat(new LogFilter(Set.of(), topics(null, null, null, Set.of(BOB))).matches(ALICE_TO_BOB)).isFalse();
  }

  @Test
  void matchesAnyOfSeveralAddresses() {
    assertThat(new LogFilter(Set.of(Address.ZERO, TOKEN), List.of()).matches(ALICE_TO_BOB)).isTrue();
    assertThat(new LogFilter(Set.of(Address.ZERO), List.of()).matches(ALICE_TO_BOB)).isFalse();
  }

  @Test
  void skipsABlockWhoseBloomLacksTheAddressOrATopic() {
    final Bloom bloom = new Bloom().add(ALICE_TO_BOB);
    final Set<UInt256> unseen = new HashSet<>(Set.of(UInt256.valueOf(0xDEAD)));

    assertThat(new LogFilter(Set.of(TOKEN), topics(Set.of(TRANSFER))).mightMatch(bloom)).isTrue();
    assertThat(new LogFilter(Set.of(Address.ZERO), List.of()).mightMatch(bloom)).isFalse();
    assertThat(new LogFilter(Set.of(), topics(null, unseen)).mightMatch(bloom)).isFalse();
  }
}
