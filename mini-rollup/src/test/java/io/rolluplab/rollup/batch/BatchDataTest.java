package io.rolluplab.rollup.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BatchDataTest {
  private final Random random = new Random(7);

  @Test
  void decodesWhatItEncodes() {
    final List<BatchItem> items = List.of(BatchItem.deposit(3), BatchItem.deposit(4), new BatchItem(new byte[] {2, 1}),
        transfer(0x82, 5, 1), transfer(0x82, 6, 1), transfer(0x00, 7, 1), transfer(0x83, 0, 250),
        BatchItem.deposit(9), new BatchItem(new byte[0]),
        // a compact kind whose nonce head is no quantity head: written whole, as it is
        new BatchItem(new byte[] {0x00, (byte) 0xE5, 1}));
    final BatchData batch = new BatchData(16, items);
    final BatchData decoded = BatchData.decode(batch.encode());
    assertThat(decoded.l1FeePerByte()).isEqualTo(16);
    assertThat(decoded.items()).hasSameSizeAs(items);
    for (int i = 0; i < items.size(); i++) {
      assertThat(decoded.items().get(i).body()).as("item %d", i).isEqualTo(items.get(i).body());
    }
  }

  @Test
  void writesWhatTransfersShareOncePerRun() {
    final List<BatchItem> items = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      items.add(transfer(0x82, 1 + i, 1));
    }
    final byte[] data = new BatchData(16, items).encode();
    // header 10, one run (count 1 + shape: kind, nonce head, value head, value mantissa),
    // then per transfer: 1 nonce byte, 2 prefix bytes, 64 signature bytes
    assertThat(data).hasSize(10 + 5 + 100 * (1 + 2 + 64));
    assertThat(Arrays.copyOfRange(data, 8, 15)).containsExactly(0, 1, 100, 0x82, 0x20, 0x20, 1);
    assertThat(BatchData.decode(data).items()).extracting(item -> Arrays.toString(item.body()))
        .containsExactlyElementsOf(items.stream().map(item -> Arrays.toString(item.body())).toList());
  }

  @Test
  void itsLayoutNamesEachPartWithItsLength() {
    final List<BatchItem> items = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      items.add(transfer(0x82, 1 + i, 1));
    }
    items.add(BatchItem.deposit(3));
    items.add(BatchItem.deposit(4));
    items.add(new BatchItem(new byte[] {2, 1}));
    items.add(transfer(0x00, 0, 1)); // nonce 0 in its shortest form, the address in full
    final BatchLayout layout = BatchLayout.of(new BatchData(16, items).encode());
    assertThat(layout.runs()).extracting(BatchLayout.Run::describe).containsExactly(
        "100 standard transfers of 1 wei, the recipient by a 2-byte key prefix, 1-byte nonces",
        "2 deposits, queue #3 to #4", "1 transaction written whole (at the end)",
        "1 standard transfer of 1 wei, the recipient's address in full, nonce 0");
    assertThat(layout.runsEnd()).isEqualTo(10 + 5 + 10 + 2 + 5);
    assertThat(List.of(layout.nonceBytes(), layout.recipientBytes(), layout.signatureBytes(), layout.otherBytes()))
        .containsExactly(100, 200 + 20, 6_400 + 64, 3 + 2);
    assertThat(layout.l1FeePerByte()).isEqualTo(16);
  }

  @Test
  void startsANewRunWhereTheShapeChangesOrARunIsFull() {
    final List<BatchItem> items = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      items.add(transfer(0x82, 1, 1)); // 255 + 45
    }
    items.add(transfer(0x82, 1, 2)); // another value
    items.add(BatchItem.deposit(0));
    items.add(BatchItem.deposit(1));
    items.add(BatchItem.deposit(5)); // not the next index
    final byte[] data = new BatchData(16, items).encode();
    assertThat(runCount(data)).isEqualTo(5);
    assertThat(BatchData.decode(data).items()).hasSize(304);
    assertThat(BatchData.decode(data).items().get(303).depositIndex()).isEqualTo(5);
  }

  @Test
  void maxBytesOfBoundsWhatEachItemAddsWhereverItLands() {
    final List<BatchItem> items = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      items.add(switch (random.nextInt(4)) {
        case 0 -> BatchItem.deposit(random.nextInt(3));
        case 1 -> new BatchItem(new byte[random.nextInt(120)]);
        default -> transfer(random.nextBoolean() ? 0x00 : 0x81 + random.nextInt(3), random.nextInt(256), 1);
      });
      final List<BatchItem> batch = items.subList(0, i + 1);
      assertThat(new BatchData(16, batch).encode().length).as("%d items", i + 1)
          .isLessThanOrEqualTo(BatchData.HEADER_BYTES + batch.stream().mapToInt(BatchData::maxBytesOf).sum());
    }
  }

  @Test
  void rejectsBytesThatAreNoBatch() {
    final byte[] data = new BatchData(16, List.of(transfer(0x82, 1, 1), new BatchItem(new byte[] {2, 1}))).encode();
    assertRejected(Arrays.copyOf(data, 9), "the header runs past the end");
    assertRejected(Arrays.copyOf(data, data.length - 1), "the others column runs past the end");
    assertRejected(Arrays.copyOf(data, data.length + 1), "1 bytes follow the last column");
    assertRejected(new byte[10], "the batch has no runs");
    assertRejected(with(data, 10, 0), "run 0 has count 0");
    assertRejected(with(data, 11, 0x7F), "run 0 has shape 0x7f");
    assertRejected(with(data, 12, 0xE1), "run 0's nonce head is 0xe1");
    assertRejected(Arrays.copyOf(data, 13), "run 0 runs past the end");
    assertThatThrownBy(() -> new BatchData(16, List.of()).encode()).hasMessageContaining("at least one item");
  }

  /** A compact transfer's layout (BatchData only takes it apart): kind, nonce, recipient, value, signature. */
  private BatchItem transfer(final int kind, final int nonce, final int value) {
    final ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(kind);
    if (nonce == 0) {
      body.write(0);
    } else {
      body.write(0x20);
      body.write(nonce);
    }
    final byte[] recipient = new byte[kind == 0 ? 20 : kind - 0x80];
    random.nextBytes(recipient);
    body.writeBytes(recipient);
    body.write(0x20);
    body.write(value);
    final byte[] signature = new byte[64];
    random.nextBytes(signature);
    body.writeBytes(signature);
    return new BatchItem(body.toByteArray());
  }

  private static int runCount(final byte[] data) {
    return (data[8] & 0xff) << 8 | data[9] & 0xff;
  }

  private static byte[] with(final byte[] data, final int at, final int value) {
    final byte[] changed = data.clone();
    changed[at] = (byte) value;
    return changed;
  }

  private static void assertRejected(final byte[] data, final String reason) {
    assertThatThrownBy(() -> BatchData.decode(data)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(reason);
  }
}
