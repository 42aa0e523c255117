/**
 * What the rollup must not forget, kept in H2: in memory by default, in a file under {@code
 * --data-dir} so that a restart finds it all again. {@link io.rolluplab.rollup.store.RollupStore}
 * opens the database and hands out one small table class per kind of record; each table class
 * holds only its SQL.
 *
 * <p>Reading order: {@code RollupStore} (opening, durability), {@link
 * io.rolluplab.rollup.store.Migration} and {@code Schema} (the tables and how a database is brought
 * up to date), {@code Jdbc} (the one connection and how values are bound), then the tables: {@link
 * io.rolluplab.rollup.store.EventTable} with {@link io.rolluplab.rollup.store.StoredEvent}, {@code
 * L2BlockTable}, {@code L2TransactionTable}, {@code PendingTransactionTable}, {@code BatchTable},
 * {@code DepositTable}, {@code WithdrawalTable}, {@code DisputeTable}, {@code ProofTable}, and what only a
 * restart reads: {@code DeploymentTable}, {@code L1ProgressTable}, {@code FaultTable} and {@code
 * MirrorProgressTable}.
 *
 * <p>Invariants:
 *
 * <ol>
 *   <li>Every write method returns only after its transaction is committed; on a file database
 *       the commit is in the file by then, so it survives {@code kill -9}.
 *   <li>A write is all or nothing: one that fails leaves no row behind.
 *   <li>Opening runs each missing migration in version order and records a version only after its
 *       last statement, so an interrupted migration runs again at the next start.
 *   <li>A database written by newer code (a higher schema version) is refused, never changed.
 * </ol>
 */
package io.rolluplab.rollup.store;
