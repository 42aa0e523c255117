/**
 * The compare page: the optimistic and the zk rollup, run side by side on one L1 with the same
 * (mirrored) workload, in the two figures that tell them apart: how long a transaction waits to be
 * final, and what it costs on L1. {@link io.rolluplab.web.compare.ComparePage} has the routes,
 * {@link io.rolluplab.web.compare.CompareQueries} reads the rollups' stores through
 * {@link io.rolluplab.rollup.mirror.Comparison}, and {@link io.rolluplab.web.compare.Charts} turns
 * the figures into SVG geometry.
 */
package io.rolluplab.web.compare;
