package io.rolluplab.devnet.rpc;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of the client tests that give every test its own {@link DevnetNode}: started before
 * the test, closed after it, so no test sees the blocks of another. A subclass's own
 * {@code @BeforeEach} runs after {@link #startNode()} and its {@code @AfterEach} before
 * {@link #stopNode()}, so both may use {@link #node}.
 */
abstract class FreshNodeTest {
  protected DevnetNode node;

  @BeforeEach
  final void startNode() throws Exception {
    node = DevnetNode.start();
  }

  @AfterEach
  final void stopNode() throws Exception {
    node.close();
  }
}
