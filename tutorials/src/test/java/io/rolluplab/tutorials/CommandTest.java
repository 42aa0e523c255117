package io.rolluplab.tutorials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandTest {

  @Test
  void readsAJsonRpcCallAsAPostWithItsHeaderAndBody() {
    final Command command = Command.parse("curl -s -X POST -H 'Content-Type: application/json' --data "
        + "'{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":[]}' http://127.0.0.1:8545", Map.of());

    assertThat(command.method()).isEqualTo("POST");
    assertThat(command.url()).isEqualTo("http://127.0.0.1:8545");
    assertThat(command.headers()).containsExactly(Map.entry("Content-Type", "application/json"));
    assertThat(command.body()).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":[]}");
    assertThat(command.capture()).isEmpty();
  }

  @Test
  void expandsVariablesInDoubleQuotesAndBareWordsButNotInSingleQuotes() {
    final Command command = Command.parse("curl -s -H \"X-CSRF-Token: $CSRF\" --data '{\"h\":\"'$TX'\",\"x\":\"$TX\"}' "
        + "http://127.0.0.1:8080/api/l1/tx/${TX}", Map.of("CSRF", "abc", "TX", "0x12"));

    assertThat(command.method()).as("--data makes a POST, as in curl").isEqualTo("POST");
    assertThat(command.headers()).containsEntry("X-CSRF-Token", "abc");
    assertThat(command.body()).isEqualTo("{\"h\":\"0x12\",\"x\":\"$TX\"}");
    assertThat(command.url()).isEqualTo("http://127.0.0.1:8080/api/l1/tx/0x12");
  }

  @Test
  void arithmeticExpansionTurnsAHexVariableIntoADecimalNumber() {
    assertThat(Command.parse("curl -s http://127.0.0.1:8080/api/rollups/zk/batches/$((BATCH))/proof",
        Map.of("BATCH", "0x1f")).url()).isEqualTo("http://127.0.0.1:8080/api/rollups/zk/batches/31/proof");
  }

  @Test
  void aCaptureStoresWhatSedMakesOfTheAnswer() {
    final Command command = Command.parse("CSRF=$(curl -s http://127.0.0.1:8080/api/session | sed -E "
        + "'s/.*\"csrfToken\":\"([^\"]+)\".*/\\1/')", Map.of());

    assertThat(command.method()).isEqualTo("GET");
    assertThat(command.url()).isEqualTo("http://127.0.0.1:8080/api/session");
    assertThat(command.capture()).hasValueSatisfying(capture -> {
      assertThat(capture.variable()).isEqualTo("CSRF");
      assertThat(capture.apply("{\"csrfToken\":\"f00d\"}\n")).isEqualTo("f00d");
      assertThat(capture.apply("no token")).as("sed leaves a line it does not match as it is").isEqualTo("no token");
    });
  }

  @Test
  void refusesWhatItCannotRunAsAShellWould() {
    assertThatThrownBy(() -> Command.parse("cast balance 0x00", Map.of())).hasMessageContaining("curl commands only");
    assertThatThrownBy(() -> Command.parse("curl -k http://x", Map.of())).hasMessageContaining("do not know -k");
    assertThatThrownBy(() -> Command.parse("curl -s http://x/$NOPE", Map.of()))
        .hasMessageContaining("$NOPE is used before a command of the lesson sets it");
    assertThatThrownBy(() -> Command.parse("curl -s 'http://x", Map.of())).hasMessageContaining("unclosed '");
    assertThatThrownBy(() -> Command.parse("X=$(curl -s http://x | grep a)", Map.of()))
        .hasMessageContaining("NAME=$(curl … | sed -E");
  }
}
