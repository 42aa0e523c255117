/**
 * One rollup instance, assembled ({@link io.rolluplab.rollup.node.RollupNode}): it deploys the
 * {@code OptimisticRollup} (which creates its {@code Bridge} and {@code DisputeGame}), or in zk
 * mode the {@code MockVerifier} and the {@code ZkRollup} (which creates its {@code Bridge}), on L1, builds
 * the roles on an {@link io.rolluplab.rollup.event.EventLog} in a
 * {@link io.rolluplab.rollup.store.RollupStore}, serves the L2 JSON-RPC, and runs the roles.
 *
 * <p>On a store an earlier run left (a file store under {@code --data-dir}) the node deploys
 * nothing: it reads the deployment back, the sequencer re-executes the stored L2 blocks, and the
 * bridge reads L1 on from the first block it had not read.
 *
 * <p>The loop ({@link io.rolluplab.rollup.node.RollupNode#tick()}), on one thread every
 * {@code tickInterval}:
 *
 * <ol>
 *   <li>Read the L1 head (to stamp events with), then the bridge's tick: deposits seen on L1 go
 *       to the sequencer.
 *   <li>The sequencer's tick: seal a block if one is due, so a deposit seen in step 1 can be in
 *       it.
 *   <li>The batcher's tick: post the sealed blocks as a batch once it is full or old enough.
 *   <li>The operator's derived view reads the new L1 facts, then the proposer's tick: bond,
 *       defend, finalize, propose the root of a batch posted in step 3.
 *   <li>The challenger's tick, with its own view of L1 and its own account: check every proposed
 *       root, dispute a wrong one, drop a batch whose data never came.
 * </ol>
 *
 * <p>Invariants:
 *
 * <ol>
 *   <li>Roles never run at the same time, and always in the order above.
 *   <li>A role whose tick fails does not stop the others or the loop; its failure, and its
 *       recovery, is each one event.
 *   <li>Every event of every role goes to one event log, in the order it happened.
 *   <li>The contracts are deployed once per store: a restart on the same store uses them again.
 * </ol>
 *
 * <p>After the sequencer come the batcher, then the roles that make roots final, which depend on
 * the {@link io.rolluplab.rollup.node.RollupMode}: proposer and challenger for the
 * {@code OptimisticRollup}; prover and executor for the {@code ZkRollup} (deployed with a
 * {@code MockVerifier} that registers the operator's key). The withdrawal relayer runs last.
 *
 * <p>{@link io.rolluplab.rollup.node.RollupNode#faults()} switches the teaching faults (package
 * {@code fault}) at run time.
 */
package io.rolluplab.rollup.node;
