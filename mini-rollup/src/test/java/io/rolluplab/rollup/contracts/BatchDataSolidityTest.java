package io.rolluplab.rollup.contracts;

import static io.rolluplab.rollup.contracts.RollupFixture.DEPLOYER;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.batch.BatchItem;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Type;

/**
 * Holds L1's reading of a batch ({@code BatchData.sol}) to Java's ({@link BatchData}) on random
 * batches and on broken ones: the challenger executes what Java reads, L1 judges what Solidity
 * reads, and where they disagree an honest party loses a dispute.
 */
class BatchDataSolidityTest {
  private static final ContractFunction READ = ContractFunction.of("read(bytes,uint64)", Abi.UINT64, Abi.UINT64);
  private static final ContractFunction ITEM = ContractFunction.of("item(bytes,uint256)",
      TypeReference.create(DynamicBytes.class));
  /** Shapes drawn from a short list, so that runs form: kind, nonce head, value head and mantissa. */
  private static final int[][] SHAPES = {{0x82, 0x20, 0x20, 1}, {0x82, 0x20, 0x20, 1}, {0x81, 0x20, 0x32, 5},
      {0x83, 0x40, 0x00}, {0x00, 0x00, 0x20, 7}, {0x88, 0xE0, 0x20, 1}, {0x82, 0x20, 0xE0}};

  private final L1TestChain chain = new L1TestChain();
  private final Address harness = chain.deploy(DEPLOYER, "BatchDataHarness", new byte[0]);
  private final Random random = new Random(11);

  @Test
  void l1ReadsEveryBatchAsJavaWritesIt() {
    for (int b = 0; b < 60; b++) {
      final long firstDeposit = random.nextInt(1_000);
      final List<BatchItem> items = randomItems(firstDeposit);
      final byte[] data = new BatchData(16, items).encode();
      final List<Type> read = chain.call(harness, READ, Abi.bytes(data), Abi.uint64(firstDeposit));
      assertThat(read.get(0).getValue()).as("batch %d: items", b).isEqualTo(BigInteger.valueOf(items.size()));
      assertThat(read.get(1).getValue()).as("batch %d: deposits", b)
          .isEqualTo(BigInteger.valueOf(items.stream().filter(BatchItem::isDeposit).count()));
      for (final int i : List.of(0, random.nextInt(items.size()), items.size() - 1)) {
        assertThat((byte[]) chain.view(harness, ITEM, Abi.bytes(data), Abi.uint256(i)))
            .as("batch %d, item %d", b, i).isEqualTo(items.get(i).body());
      }
    }
  }

  @Test
  void l1RefusesWhatJavaRefusesAndNothingElse() {
    int refused = 0;
    for (int m = 0; m < 300; m++) {
      final long firstDeposit = random.nextInt(1_000);
      final byte[] data = mutate(new BatchData(16, randomItems(firstDeposit)).encode());
      final Optional<BatchData> java = javaReading(data, firstDeposit);
      final Optional<ContractError> l1 = chain.revertOfCall(harness, READ.encode(Abi.bytes(data), Abi.uint64(firstDeposit)));
      assertThat(l1.isEmpty()).as("mutation %d: L1 %s, Java %s", m, l1.map(ContractError::name).orElse("accepts"),
          java.isPresent() ? "accepts" : "refuses").isEqualTo(java.isPresent());
      if (java.isPresent()) {
        final List<Type> read = chain.call(harness, READ, Abi.bytes(data), Abi.uint64(firstDeposit));
        assertThat(read.get(0).getValue()).isEqualTo(BigInteger.valueOf(java.get().items().size()));
      } else {
        refused++;
      }
    }
    assertThat(refused).as("most mutations break the batch").isGreaterThan(150);
  }

  /** What Java accepts as L1 should: a batch that decodes, its deposits consecutive from {@code firstDeposit}. */
  private static Optional<BatchData> javaReading(final byte[] data, final long firstDeposit) {
    final BatchData batch;
    try {
      batch = BatchData.decode(data);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    long next = firstDeposit;
    for (final BatchItem item : batch.items()) {
      if (item.isDeposit() && item.depositIndex() != next++) {
        return Optional.empty();
      }
    }
    return Optional.of(batch);
  }

  /** 1 to 300 items: runs of compact transfers of a few shapes, deposits in queue order, bodies written whole. */
  private List<BatchItem> randomItems(final long firstDeposit) {
    final List<BatchItem> items = new ArrayList<>();
    long nextDeposit = firstDeposit;
    final int count = 1 + random.nextInt(300);
    while (items.size() < count) {
      final int runLength = 1 + random.nextInt(random.nextBoolean() ? 3 : 120);
      final int kind = random.nextInt(10);
      final int[] shape = SHAPES[random.nextInt(SHAPES.length)];
      for (int i = 0; i < runLength && items.size() < count; i++) {
        if (kind == 0) {
          items.add(BatchItem.deposit(nextDeposit++));
        } else if (kind == 1) {
          final byte[] body = new byte[random.nextInt(140)];
          random.nextBytes(body);
          items.add(new BatchItem(body));
        } else {
          items.add(compact(shape));
        }
      }
    }
    return items;
  }

  /** A compact transfer's layout of {@code shape}, its nonce, recipient and signature random. */
  private BatchItem compact(final int[] shape) {
    final ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(shape[0]);
    body.write(shape[1]);
    body.writeBytes(randomBytes(mantissaLength(shape[1])));
    body.writeBytes(randomBytes(shape[0] == 0 ? 20 : shape[0] - 0x80));
    body.write(shape[2]);
    if (shape[2] == 0xE0) {
      body.writeBytes(randomBytes(32));
    } else {
      for (int i = 3; i < shape.length; i++) {
        body.write(shape[i]);
      }
    }
    body.writeBytes(randomBytes(64));
    return new BatchItem(body.toByteArray());
  }

  /** Cut short, lengthened, or one byte of the header, the runs or the first columns changed. */
  private byte[] mutate(final byte[] data) {
    return switch (random.nextInt(4)) {
      case 0 -> Arrays.copyOf(data, random.nextInt(data.length));
      case 1 -> Arrays.copyOf(data, data.length + 1 + random.nextInt(3));
      default -> {
        final byte[] changed = data.clone();
        changed[random.nextInt(Math.min(changed.length, 80))] = (byte) random.nextInt(256);
        yield changed;
      }
    };
  }

  private static int mantissaLength(final int head) {
    return head == 0xE0 ? 32 : head >>> 5;
  }

  private byte[] randomBytes(final int n) {
    final byte[] bytes = new byte[n];
    random.nextBytes(bytes);
    return bytes;
  }
}
