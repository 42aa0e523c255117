/**
 * The start page and {@code GET /api/status}: {@link io.rolluplab.web.overview.StatusQueries} reads
 * {@link io.rolluplab.web.overview.LabStatus} (both chains' heads, each rollup's batches by
 * {@link io.rolluplab.web.overview.BatchStage}, the challenge window's countdown from
 * {@link io.rolluplab.web.overview.ChallengeWindow}, open disputes, role states) and
 * {@link io.rolluplab.web.overview.OverviewPage} shows it with the event feed.
 */
package io.rolluplab.web.overview;
