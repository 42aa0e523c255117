/**
 * The lab as it happens: {@link io.rolluplab.web.live.LiveFeed} merges every rollup's event log and
 * the devnet's new blocks into one stream, {@link io.rolluplab.web.live.EventsApi} serves it as
 * Server-Sent Events ({@code GET /api/events/stream}) and pages through the logs ({@code GET
 * /api/events}). In the browser, {@code static/live.js} listens and re-renders every element marked
 * {@code data-live="TOPICS"} whose topic ({@code l1}, {@code optimistic}, {@code zk}) had news.
 */
package io.rolluplab.web.live;
