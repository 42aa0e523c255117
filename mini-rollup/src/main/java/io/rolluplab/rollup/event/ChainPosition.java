package io.rolluplab.rollup.event;

/**
 * Where both chains stood when an event happened, stamped on every event by the {@link EventLog}
 * so the roles need not carry it in each event.
 *
 * @param l1Time the L1 head's timestamp, seconds since 1970
 */
public record ChainPosition(long l1Block, long l1Time, long l2Block) {}
