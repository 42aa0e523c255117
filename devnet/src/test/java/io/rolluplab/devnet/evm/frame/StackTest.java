package io.rolluplab.devnet.evm.frame;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.types.UInt256;
import org.junit.jupiter.api.Test;

/** The operand stack keeps every word as it grows from its first few dozen words to the EVM's 1024. */
class StackTest {

  @Test
  void aStackThatGrowsToTheLimitKeepsEveryWordInPlace() {
    final Stack stack = new Stack();
    for (int i = 0; i < Stack.MAX_SIZE; i++) {
      if (i % 3 == 0) {
        stack.push(new UInt256(i, 0, 0, -i));
      } else if (i % 3 == 1) {
        stack.push(i);
      } else {
        stack.dup(1); // a copy of the word just pushed, at the growth boundary too
      }
    }

    assertThat(stack.size()).isEqualTo(Stack.MAX_SIZE);
    assertThat(stack.data.length).isEqualTo(Stack.MAX_SIZE * 4);
    for (int i = Stack.MAX_SIZE - 1; i >= 0; i--) {
      final int pushed = i % 3 == 2 ? i - 1 : i;
      final UInt256 expected = pushed % 3 == 0 ? new UInt256(pushed, 0, 0, -pushed) : UInt256.valueOf(pushed);
      assertThat(stack.popWord()).as("word %d", i).isEqualTo(expected);
    }
  }

  @Test
  void aWordPushedAfterAPopIsZeroedWhereAnOldWordWas() {
    final Stack stack = new Stack();
    stack.push(new UInt256(-1, -1, -1, -1));
    stack.pop();

    stack.push(7);

    assertThat(stack.peekWord(0)).isEqualTo(UInt256.valueOf(7));
  }
}
