package io.rolluplab.web.l2;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.execution.Deposit;
import io.rolluplab.rollup.execution.Fee;
import io.rolluplab.rollup.execution.L2StateMachine;
import io.rolluplab.rollup.l2tx.CompactTransfer;
import io.rolluplab.rollup.node.ProvenAccount;
import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.rollup.sequencer.L2Block;
import io.rolluplab.rollup.sequencer.L2Receipt;
import io.rolluplab.rollup.sequencer.SequencerQueries;
import io.rolluplab.rollup.sequencer.TransactionLookup;
import io.rolluplab.rollup.state.Account;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.state.CompactProof;
import io.rolluplab.rollup.state.SparseMerkleTree;
import io.rolluplab.rollup.store.BatchTable;
import io.rolluplab.rollup.store.L2TransactionTable;
import io.rolluplab.web.l1.KnownAddresses;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.web3j.utils.Numeric;

/**
 * The read side of one rollup's L2 explorer: blocks and transfers from its sequencer, where each
 * stands on L1 from its store, and accounts with the Merkle proof of their leaf. Pages and the JSON
 * API render these records and compute nothing themselves.
 */
public final class L2Queries {
  private final String rollup;
  private final RollupNode node;
  private final SequencerQueries l2;

  /** @param rollup the rollup's id in URLs, {@code optimistic} or {@code zk} */
  public L2Queries(final String rollup, final RollupNode node) {
    this.rollup = rollup;
    this.node = node;
    this.l2 = node.l2();
  }

  public long head() {
    return l2.head().number();
  }

  /** The newest {@code count} blocks, newest first (down to the genesis block 0). */
  public List<L2BlockSummary> latestBlocks(final int count) {
    final List<L2BlockSummary> blocks = new ArrayList<>();
    for (long n = head(); n >= 0 && blocks.size() < count; n--) {
      l2.block(n).map(this::summary).ifPresent(blocks::add);
    }
    return blocks;
  }

  /** The transfers of the newest {@code blocks} blocks, newest first, at most {@code count}. */
  public List<L2TxSummary> latestTransactions(final int blocks, final int count) {
    final List<L2TxSummary> transactions = new ArrayList<>();
    for (long n = head(); n >= 0 && n > head() - blocks && transactions.size() < count; n--) {
      l2.block(n).ifPresent(block -> {
        for (int i = block.transactions().size() - 1; i >= 0 && transactions.size() < count; i--) {
          transactions.add(summary(block, i));
        }
      });
    }
    return transactions;
  }

  public Optional<L2BlockDetail> block(final long number) {
    return l2.block(number).map(block -> {
      final List<L2TxSummary> transactions = new ArrayList<>();
      for (int i = 0; i < block.transactions().size(); i++) {
        transactions.add(summary(block, i));
      }
      final List<L2DepositView> deposits = block.deposits().stream()
          .map((Deposit d) -> new L2DepositView(d.index(), d.l1From(), d.l2To(), d.amount())).toList();
      return new L2BlockDetail(rollup, summary(block), block.parentHash(), head(), deposits, transactions);
    });
  }

  /** A sealed transfer with its fee split and L1 standing, or one still in the mempool. */
  public Optional<L2TxDetail> transaction(final Bytes32 hash) {
    return l2.transaction(hash).map(found -> {
      final String type = found.tx().legacy() ? "legacy (EIP-155)" : "EIP-1559";
      if (found.isPending()) {
        final L2TxSummary tx = new L2TxSummary(hash, -1, -1, found.sender(), name(found.sender()), found.tx().to(),
            name(found.tx().to()), found.tx().value(), BigInteger.ZERO, false);
        return new L2TxDetail(rollup, tx, true, null, found.tx().nonce().longValueExact(), type, found.body().length,
            "as signed, until a block seals it (a standard transfer is then shortened)", Fee.price(found.tx()),
            l2.l1FeePerByte(), BigInteger.ZERO, BigInteger.ZERO, L1Standing.sequenced());
      }
      final L2Block block = found.block();
      final Fee fee = found.receipt().fee();
      final byte[] item = block.transactions().get(found.index()).item().body();
      return new L2TxDetail(rollup, summary(block, found.index()), false, block.timestamp(), found.tx().nonce().longValueExact(), type,
          item.length, batchForm(item), found.receipt().effectiveGasPrice(), block.l1FeePerByte(), fee.execution(),
          fee.l1Data(), standingOf(hash));
    });
  }

  /** How a batch writes a transaction (L2-RULES §2.1), in words. */
  private static String batchForm(final byte[] item) {
    if (!CompactTransfer.isCompact(item)) {
      return "as signed";
    }
    final byte[] prefix = CompactTransfer.recipientPrefix(item);
    return prefix.length == 0 ? "compact, the recipient's address in full (it had no leaf yet)"
        : "compact, the recipient named by the " + prefix.length + "-byte key prefix " + Numeric.toHexString(prefix)
            + " (the only leaf key starting so when it was sealed)";
  }

  /**
   * {@code address} at the sequencer's head, and in the state L1 knows (after the posted batches)
   * with its proof drawn from the leaf up to the root.
   */
  public L2AccountView account(final Address address) {
    final Account now = l2.account(address, false);
    final ProvenAccount proven = node.provenAccount(address);
    final CompactProof proof = proven.proof();
    final Bytes32 key = Account.key(address);
    final Bytes32 value = proven.account().isEmpty() ? Bytes32.ZERO : proven.account().leafValue(address);
    final Bytes32 endHash;
    final String end;
    if (!value.isZero()) {
      end = "leaf";
      endHash = SparseMerkleTree.leafNode(key, value);
    } else if (proof.hasOtherLeaf()) {
      end = "other-leaf";
      endHash = SparseMerkleTree.leafNode(proof.otherKey(), proof.otherValue());
    } else {
      end = "empty";
      endHash = Bytes32.ZERO;
    }
    final List<ProofLevel> levels = walkUp(key, endHash, proof);
    final Bytes32 top = levels.isEmpty() ? endHash : levels.get(levels.size() - 1).parent();
    final String caption = switch (end) {
      case "leaf" -> "its leaf H(0x01 ‖ key ‖ value)";
      case "other-leaf" -> "another account's leaf: this one is absent";
      default -> "empty: this account has no leaf";
    };
    final ProofDrawing drawing = ProofDrawing.of(caption, end.equals("leaf") ? "leaf" : "absent",
        endHash.toString(), levels, proven.root().toString());
    return new L2AccountView(rollup, address, now.balance(), now.nonce(), proven.account().balance(),
        proven.account().nonce(), proven.batches(), proven.root(), key, value, end, proof.depth(), proof.siblings(),
        levels, top.equals(proven.root()) && proof.verifies(proven.root(), key, value), drawing);
  }

  /**
   * The proof's walk from the end of the path up to the root (L2-RULES §1.3 {@code walkUp}), each
   * level with the hash it computes, so the drawing can show every intermediate node.
   */
  private static List<ProofLevel> walkUp(final Bytes32 key, final Bytes32 end, final CompactProof proof) {
    final List<ProofLevel> levels = new ArrayList<>();
    Bytes32 node = end;
    int next = 0;
    for (int depth = proof.depth() - 1; depth >= 0; depth--) {
      final Bytes32 sibling = proof.bitmap().testBit(depth) ? proof.siblings().get(next++) : Bytes32.ZERO;
      final boolean right = key.bitFromTop(depth);
      node = right ? Bytes32.hashPair(sibling, node) : Bytes32.hashPair(node, sibling);
      levels.add(new ProofLevel(depth, right, sibling, node));
    }
    return levels;
  }

  private L2BlockSummary summary(final L2Block block) {
    final L1Standing standing = block.number() == 0 ? new L1Standing("genesis", null,
        "the empty genesis block: no batch carries it, every rollup starts from it")
        : batchOf(block.number()).map(b -> L1Standing.ofBatch(b.index(), b.status())).orElse(L1Standing.sequenced());
    return new L2BlockSummary(block.number(), block.hash(), block.timestamp(), block.deposits().size(),
        block.transactions().size(), block.stateRoot(), block.l1FeePerByte(), standing);
  }

  private static L2TxSummary summary(final L2Block block, final int index) {
    final L2Block.Included included = block.transactions().get(index);
    final L2Receipt receipt = included.receipt();
    return new L2TxSummary(receipt.txHash(), block.number(), index, receipt.from(), name(receipt.from()), receipt.to(),
        name(receipt.to()), receipt.value(), receipt.fee().total(), receipt.withdrawal());
  }

  /** The names an L2 address can have: a dev account's, or one of the two system addresses of L2-RULES §3. */
  private static String name(final Address address) {
    if (L2StateMachine.WITHDRAWAL_ADDRESS.equals(address)) {
      return "withdrawal address";
    }
    if (L2StateMachine.FEE_VAULT.equals(address)) {
      return "fee vault";
    }
    return KnownAddresses.devAccount(address).orElse(null);
  }

  private L1Standing standingOf(final Bytes32 txHash) {
    return node.store().l2Transactions().get(txHash).map(L2TransactionTable.Row::batchIndex)
        .flatMap(node.store().batches()::get).map(b -> L1Standing.ofBatch(b.index(), b.status()))
        .orElse(L1Standing.sequenced());
  }

  /**
   * The batch that carries L2 block {@code number}, by binary search over the batches (each covers
   * the blocks after the one before it).
   */
  private Optional<BatchTable.Row> batchOf(final long number) {
    final Optional<BatchTable.Row> last = node.store().batches().last();
    if (last.isEmpty() || last.get().lastBlock() < number) {
      return Optional.empty();
    }
    long lo = 0;
    long hi = last.get().index();
    while (lo <= hi) {
      final long mid = (lo + hi) >>> 1;
      final Optional<BatchTable.Row> batch = node.store().batches().get(mid);
      if (batch.isEmpty()) {
        return Optional.empty();
      }
      if (number < batch.get().firstBlock()) {
        hi = mid - 1;
      } else if (number > batch.get().lastBlock()) {
        lo = mid + 1;
      } else {
        return batch;
      }
    }
    return Optional.empty();
  }
}
