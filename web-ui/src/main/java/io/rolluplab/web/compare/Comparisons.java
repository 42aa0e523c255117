package io.rolluplab.web.compare;

import java.util.List;

/**
 * The two rollups side by side: what {@code GET /api/compare} returns and the charts are drawn from.
 *
 * @param challengeWindowSeconds how long an optimistic root waits for a challenge, on the L1 clock
 * @param batches the posted batches with transactions, oldest first, both rollups
 */
public record Comparisons(List<ModeFigures> modes, long challengeWindowSeconds, List<BatchCost> batches) {}
