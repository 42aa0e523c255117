package io.rolluplab.rollup.store;

import java.time.Instant;

/**
 * A rollup event as the store keeps it: its place in the log, who took the step and what kind of
 * step it was, the sentence people read, where both chains stood, and the event's fields as JSON.
 *
 * @param seq the event's position in the log, from 1 with no gaps
 * @param type the event record's simple class name ("BatchPosted")
 * @param l1Block the L1 head when the event happened
 * @param l1Time that block's timestamp, seconds since 1970
 * @param l2Block the L2 head when the event happened
 */
public record StoredEvent(long seq, String role, String type, String sentence, long l1Block, long l1Time, long l2Block,
    String payloadJson, Instant createdAt) {}
