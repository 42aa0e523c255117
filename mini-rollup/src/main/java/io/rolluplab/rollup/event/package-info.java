/**
 * How the roles tell what they did: each step a role takes is a {@link
 * io.rolluplab.rollup.event.RollupEvent} (a typed record with one human sentence), published
 * through an {@link io.rolluplab.rollup.event.EventSink}. The UI's event feed and the tutorials read
 * them; tests assert them in order.
 *
 * <p>Reading order: {@code RollupEvent} and {@code EventSink} (what a role sees), then {@link
 * io.rolluplab.rollup.event.EventLog} (the sink the application uses: store, number, stamp with
 * the {@link io.rolluplab.rollup.event.ChainPosition}, hand out), then {@link
 * io.rolluplab.rollup.event.Subscription} (a live listener's queue).
 *
 * <p>Invariants of the event log, each held by its tests:
 *
 * <ol>
 *   <li>Sequence numbers run 1, 2, 3… with no gaps, also across a restart on the same data
 *       directory.
 *   <li>{@code publish} returns only after the event is committed to the store, so a role never
 *       acts on a step the log could lose.
 *   <li>Subscribers see events in sequence order, the order of commits.
 *   <li>A slow subscriber never holds up a publisher: past its queue's capacity it is cut off and
 *       catches up with {@code since(lastSeqSeen)}.
 * </ol>
 */
package io.rolluplab.rollup.event;
