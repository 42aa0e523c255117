/**
 * Two rollup instances on one L1, fed the same workload: the
 * {@link io.rolluplab.rollup.mirror.Mirror} copies each deposit and each dev-account L2
 * transaction made on one instance to the other, so the optimistic and the zk rollup can be
 * compared on equal terms (time to finality, L1 gas per transaction).
 */
package io.rolluplab.rollup.mirror;
