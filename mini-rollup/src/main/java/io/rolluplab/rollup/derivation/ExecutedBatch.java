package io.rolluplab.rollup.derivation;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.contracts.BatchClaim;
import io.rolluplab.rollup.derivation.L1Fact.BatchSent;
import io.rolluplab.rollup.state.Bytes32;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * A batch as L1 holds it, executed: its data, where it is on L1, what it holds by the rules
 * ({@link BatchRules}), and its state roots. These are the roots a dispute
 * game bisects over: {@code root(i)} is S_i, the root after the first {@code i} items, from S_0
 * (the previous batch's post-state root) to S_n (this batch's).
 *
 * <p>Only S_0 and S_n are known from the start: proposing a root, checking a proposal and proving
 * a withdrawal need nothing else, and a root after every item would cost hashing the paths every
 * item changed. The inner roots are asked for only in a dispute (and by pages that show it): the
 * first time one is, the batch is executed again, once, item by item, and all of them are kept.
 *
 * <p>A derivation keeps one for every batch inside the challenge window, a week of batches, so it
 * is kept compact: the data as the bytes L1 holds and the roots as one array of 32-byte words, each
 * decoded when asked for.
 */
public final class ExecutedBatch {
  private final long batchIndex;
  private final byte[] encodedData;
  private final int itemCount;
  private final Bytes32 dataHash;
  private final long firstDeposit;
  private final long depositCount;
  private final Bytes32 preRoot;
  private final Bytes32 postRoot;
  /** Executes the batch again and returns S_0 … S_n. */
  private final Supplier<List<Bytes32>> execution;
  /** S_0 … S_n, 32 bytes each; null until an inner root is first asked for. */
  private byte[] roots;
  private final Bytes32 l1Tx;
  private final long l1Block;
  private final int txIndex;
  private final long l1Timestamp;
  private final String invalidReason;
  /** Each item's signer as the batch's first execution recovered it; null for a deposit or a bad signature. */
  private final Address[] signers;

  /**
   * @param sent the batcher's transaction
   * @param verdict what it holds by the rules ({@link BatchRules})
   * @param preRoot S_0
   * @param postRoot S_n (S_0 for a batch that counts as empty)
   * @param execution executes the batch again from S_0 and gives S_0 … S_n: called once, when an
   *     inner root is first asked for
   * @param signers each item's signer as executing the batch recovered it ({@link
   *     io.rolluplab.rollup.execution.ItemOutcome#sender()}), null where it recovered none; executing
   *     the batch again takes these instead of recovering every signature again. Empty if not known.
   */
  public ExecutedBatch(final BatchSent sent, final BatchRules.Verdict verdict, final Bytes32 preRoot,
      final Bytes32 postRoot, final Supplier<List<Bytes32>> execution, final List<Address> signers) {
    this.batchIndex = sent.batchIndex();
    this.encodedData = sent.data();
    this.itemCount = verdict.valid() ? verdict.data().items().size() : 0;
    this.dataHash = sent.dataHash();
    this.firstDeposit = verdict.firstDeposit();
    this.depositCount = verdict.depositCount();
    this.preRoot = preRoot;
    this.postRoot = postRoot;
    this.execution = execution;
    this.l1Tx = sent.l1Tx();
    this.l1Block = sent.l1Block();
    this.txIndex = sent.txIndex();
    this.l1Timestamp = sent.l1Timestamp();
    this.invalidReason = verdict.invalidReason();
    this.signers = signers.toArray(new Address[0]);
  }

  public long batchIndex() {
    return batchIndex;
  }

  /** The batch's items, decoded from the bytes L1 holds; none if it counts as empty. */
  public BatchData data() {
    return valid() ? BatchData.decode(encodedData) : new BatchData(0, List.of());
  }

  /** The bytes L1 holds, which hash to {@link #dataHash} and a one-step proof sends again. */
  public byte[] encodedData() {
    return encodedData.clone();
  }

  public Bytes32 dataHash() {
    return dataHash;
  }

  public long firstDeposit() {
    return firstDeposit;
  }

  public long depositCount() {
    return depositCount;
  }

  /** The batcher's transaction that is this batch. */
  public Bytes32 l1Tx() {
    return l1Tx;
  }

  public long l1Block() {
    return l1Block;
  }

  /** Its transaction's place in its L1 block. */
  public int txIndex() {
    return txIndex;
  }

  /** Its L1 block's timestamp. */
  public long l1Timestamp() {
    return l1Timestamp;
  }

  /** Whether it counts: if not, it holds no items ({@link #invalidReason} says why). */
  public boolean valid() {
    return invalidReason == null;
  }

  /** Why it counts as empty; null if it is valid. */
  public String invalidReason() {
    return invalidReason;
  }

  /**
   * Whether a proof from the hash of L1 block {@code anchorBlock} reaches its transaction: a block
   * hash commits only to the blocks before it, through their headers.
   */
  public boolean provableFrom(final long anchorBlock) {
    return l1Block <= anchorBlock;
  }

  /** What an honest proposer claims it holds, anchored at {@code anchorBlock}. */
  public BatchClaim claim(final long anchorBlock) {
    return new BatchClaim(dataHash, itemCount, depositCount, l1Timestamp, anchorBlock, Bytes32.ZERO);
  }

  public int itemCount() {
    return itemCount;
  }

  /** The signer of item {@code item} as the batch's first execution recovered it; null for a deposit, a bad signature, or if not known. */
  public Address signer(final int item) {
    return item < signers.length ? signers[item] : null;
  }

  /** S_0 … S_n; executes the batch again the first time an inner root is asked for. */
  public List<Bytes32> roots() {
    final List<Bytes32> all = new ArrayList<>(itemCount + 1);
    for (int position = 0; position <= itemCount; position++) {
      all.add(root(position));
    }
    return all;
  }

  /** S_0: the state root before the batch, the previous batch's post-state root. */
  public Bytes32 preRoot() {
    return preRoot;
  }

  /** S_n: the state root after the batch, the root an honest proposer claims. */
  public Bytes32 postRoot() {
    return postRoot;
  }

  /** S_position: the state root after the first {@code position} items. */
  public Bytes32 root(final long position) {
    if (position < 0 || position > itemCount) {
      throw new IllegalArgumentException("position: batch " + batchIndex + " has roots S_0..S_" + itemCount
          + ", asked for S_" + position);
    }
    if (position == 0) {
      return preRoot;
    }
    if (position == itemCount) {
      return postRoot;
    }
    final int at = (int) position * Bytes32.SIZE;
    return Bytes32.wrap(Arrays.copyOfRange(innerRoots(), at, at + Bytes32.SIZE));
  }

  /**
   * S_0 … S_n as bytes, from the one execution again, checked against the roots of the first.
   * Synchronized: a page may ask from another thread than the roles'.
   */
  private synchronized byte[] innerRoots() {
    if (roots == null) {
      final List<Bytes32> executed = execution.get();
      if (executed.size() != itemCount + 1 || !executed.get(0).equals(preRoot)
          || !executed.get(itemCount).equals(postRoot)) {
        throw new IllegalStateException("executing batch " + batchIndex + " again gave " + executed.size()
            + " roots from " + executed.get(0) + " to " + executed.get(executed.size() - 1) + ", not " + (itemCount + 1)
            + " from " + preRoot + " to " + postRoot + " as the first time: execution is not deterministic, a bug");
      }
      final byte[] all = new byte[executed.size() * Bytes32.SIZE];
      for (int i = 0; i < executed.size(); i++) {
        System.arraycopy(executed.get(i).toArray(), 0, all, i * Bytes32.SIZE, Bytes32.SIZE);
      }
      roots = all;
    }
    return roots;
  }
}
