package io.rolluplab.tutorials;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnswerMatcherTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Optional<String> mismatch(final String expected, final String actual) throws Exception {
    return AnswerMatcher.mismatch(JSON.readTree(expected), JSON.readTree(actual));
  }

  @Test
  void anObjectMatchesWhenItHasTheShownKeysWithMatchingValues() throws Exception {
    assertThat(mismatch("{\"result\":\"0xa455\"}", "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0xa455\"}")).isEmpty();
    assertThat(mismatch("{\"result\":\"0xa455\"}", "{\"result\":\"0xa456\"}"))
        .hasValue("$.result: expected \"0xa455\", got \"0xa456\"");
    assertThat(mismatch("{\"result\":{\"status\":\"PAID\"}}", "{\"error\":{\"code\":-32000}}"))
        .hasValue("$.result: missing (expected {\"status\":\"PAID\"})");
  }

  @Test
  void anEllipsisStandsForAnyTextAndAloneForAnyValue() throws Exception {
    assertThat(mismatch("{\"hash\":\"0x…\",\"n\":\"…\"}", "{\"hash\":\"0xabc\",\"n\":7}")).isEmpty();
    assertThat(mismatch("{\"s\":\"L1 refused … DepositOverdue…\"}", "{\"s\":\"L1 refused batch 3: DepositOverdue(1)\"}"))
        .isEmpty();
    assertThat(mismatch("{\"hash\":\"0x…\"}", "{\"hash\":null}")).hasValueSatisfying(m -> assertThat(m)
        .contains("$.hash"));
  }

  @Test
  void anArrayMatchesWhenEachShownElementMatchesALaterElementInOrder() throws Exception {
    final String events = "[{\"type\":\"A\"},{\"type\":\"B\"},{\"type\":\"C\"}]";
    assertThat(mismatch("[{\"type\":\"A\"},{\"type\":\"C\"}]", events)).isEmpty();
    assertThat(mismatch("[{\"type\":\"C\"},{\"type\":\"A\"}]", events)).isPresent();
    assertThat(mismatch("[{\"type\":\"A\"},{\"type\":\"A\"}]", events)).as("two shown need two found").isPresent();
  }

  @Test
  void numbersBooleansAndNullMustBeEqual() throws Exception {
    assertThat(mismatch("{\"on\":true,\"n\":1,\"x\":null}", "{\"on\":true,\"n\":1,\"x\":null}")).isEmpty();
    assertThat(mismatch("{\"on\":true}", "{\"on\":false}")).isPresent();
    assertThat(mismatch("{\"n\":1}", "{\"n\":\"1\"}")).isPresent();
  }
}
