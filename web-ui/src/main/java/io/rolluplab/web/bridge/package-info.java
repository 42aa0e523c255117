/**
 * The Bridge page and its API ({@link io.rolluplab.web.bridge.BridgeApi}): deposits, withdrawals and
 * L2 transfers from the dev accounts, and {@link io.rolluplab.web.bridge.BridgeQueries}, which
 * follows each deposit and withdrawal to finality as a row of {@link io.rolluplab.web.bridge.Progress}
 * steps.
 */
package io.rolluplab.web.bridge;
