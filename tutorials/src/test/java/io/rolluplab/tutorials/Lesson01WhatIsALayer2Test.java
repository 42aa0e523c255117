package io.rolluplab.tutorials;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Replays lesson 1, "What a layer 2 is". */
class Lesson01WhatIsALayer2Test {

  @Test
  void replaysTheLesson() throws Exception {
    final LessonRun run = LessonRun.of("01-what-is-a-layer-2.md");

    run.next("eth_chainId", ":8545");
    run.next("eth_chainId", ":9545");
    run.next("eth_chainId", ":9546");
    assertThat(run.next("eth_getCode", ":8545").result().asText()).hasSizeGreaterThan(1_000);
    run.next("eth_getCode", ":9545");
    run.next("eth_sendTransaction", "0xf340fa01");
    run.next("eth_getBalance", ":9545");
    run.next("eth_getBalance", ":9546");
    run.next("eth_getBalance", ":8545");
    run.next("/api/events?rollup=optimistic");
    run.finish();
  }
}
