package io.rolluplab.rollup.contracts;

import static io.rolluplab.rollup.contracts.RollupFixture.DEPLOYER;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.chain.Block;
import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.tx.Transaction;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.l1.EmbeddedL1;
import io.rolluplab.rollup.l1.L1InclusionProof;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Type;
import org.web3j.crypto.AccessListObject;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.utils.Numeric;

/**
 * Holds {@code L1Inclusion.sol} to real devnet blocks: from a block hash L1 knows, through headers
 * and the transactions trie, to each transaction's sender, nonce, recipient and data, whatever its
 * type; and any byte changed anywhere in a proof is refused.
 */
class L1InclusionTest {
  private static final ContractFunction TRANSACTION = ContractFunction.of(
      "transaction(uint256," + Abi.INCLUSION_PROOF + ")", Abi.ADDRESS, Abi.UINT256, Abi.ADDRESS, Abi.UINT256,
      Abi.UINT256, TypeReference.create(DynamicBytes.class));
  private static final BigInteger GAS_PRICE = BigInteger.valueOf(50_000_000_000L);
  private static final BigInteger GAS = BigInteger.valueOf(200_000);

  private final L1TestChain chain = new L1TestChain();
  private final EmbeddedL1 l1 = new EmbeddedL1(chain.devnet);
  private final Random random = new Random(12);
  private Address harness;

  @BeforeEach
  void deployHarness() {
    harness = chain.deploy(DEPLOYER, "L1InclusionHarness", new byte[0]);
  }

  @Test
  void everyTransactionOfABlockOfMixedTypesIsReadBackFromTheBlockHash() throws Exception {
    final Block block = mineBlockOf(40);
    final long number = block.number();
    chain.devnet.mine(); // the harness asks blockhash(number), known only once a later block exists

    for (int i = 0; i < block.transactions().size(); i++) {
      final Transaction tx = block.transactions().get(i);
      final List<Type> read = prove(number, L1InclusionProof.of(l1, number, number, i));
      assertThat(Address.fromHex((String) read.get(0).getValue())).as("sender of %s tx %d", tx.type(), i)
          .isEqualTo(tx.sender());
      assertThat(read.get(1).getValue()).as("nonce of tx %d", i).isEqualTo(tx.nonce());
      assertThat(Address.fromHex((String) read.get(2).getValue())).as("recipient of tx %d", i)
          .isEqualTo(tx.to() == null ? Address.ZERO : tx.to());
      assertThat(read.get(3).getValue()).isEqualTo(BigInteger.valueOf(number));
      assertThat(read.get(4).getValue()).isEqualTo(BigInteger.valueOf(block.header().timestamp()));
      assertThat((byte[]) read.get(5).getValue()).as("data of tx %d", i).isEqualTo(tx.data());
    }
  }

  @Test
  void aLaterBlockHashProvesAnEarlierTransactionThroughTheParentHashes() throws Exception {
    final Block block = mineBlockOf(3);
    for (int i = 0; i < 6; i++) {
      chain.devnet.mine();
    }
    final long known = chain.devnet.latestBlock().number();
    chain.devnet.mine();

    final L1InclusionProof proof = L1InclusionProof.of(l1, known, block.number(), 2);

    assertThat(proof.headers()).hasSize(7);
    assertThat(prove(known, proof).get(1).getValue()).isEqualTo(block.transactions().get(2).nonce());
  }

  @Test
  void aChangedByteAnywhereInTheProofIsRefused() throws Exception {
    final Block block = mineBlockOf(20);
    chain.devnet.mine();
    chain.devnet.mine();
    final long known = block.number() + 1;
    final L1InclusionProof proof = L1InclusionProof.of(l1, known, block.number(), 17);

    for (int h = 0; h < proof.headers().size(); h++) {
      final List<byte[]> headers = new ArrayList<>(proof.headers());
      headers.set(h, flipped(headers.get(h)));
      assertThat(refusal(known, new L1InclusionProof(headers, 17, proof.trieNodes()))).as("header %d", h)
          .isEqualTo(error("HeaderMismatch(uint256)"));
    }
    for (int n = 0; n < proof.trieNodes().size(); n++) {
      final List<byte[]> nodes = new ArrayList<>(proof.trieNodes());
      nodes.set(n, flipped(nodes.get(n)));
      assertThat(refusal(known, new L1InclusionProof(proof.headers(), 17, nodes))).as("trie node %d", n)
          .isEqualTo(error("NodeHashMismatch(uint256)"));
    }
    assertThat(refusal(known, new L1InclusionProof(proof.headers(), 16, proof.trieNodes())))
        .as("the proof of transaction 17 shown for 16: the key's path leads to another child")
        .isEqualTo(error("NodeHashMismatch(uint256)"));
    final List<byte[]> cut = proof.trieNodes().subList(0, proof.trieNodes().size() - 1);
    assertThat(refusal(known, new L1InclusionProof(proof.headers(), 17, cut))).as("the proof without its leaf")
        .isEqualTo(error("KeyNotInProof(uint256)"));
    assertThat(refusal(known + 1, proof)).as("against another block's hash").isEqualTo(error("HeaderMismatch(uint256)"));
  }

  /** A block of {@code count} transactions from several senders: legacy (with and without EIP-155), EIP-2930, EIP-1559, a creation. */
  private Block mineBlockOf(final int count) throws Exception {
    chain.devnet.setAutomine(false);
    for (int i = 0; i < count; i++) {
      final DevAccount sender = DevAccounts.all().get(1 + i % 5);
      final BigInteger nonce = BigInteger.valueOf(chain.devnet.pendingNonce(sender.address()));
      final String to = i == 7 ? "" : DevAccounts.all().get(9).address().toHex();
      final byte[] payload = new byte[random.nextInt(i % 4 == 0 ? 3000 : 60)];
      random.nextBytes(payload);
      final String data = i == 7 ? "0x600080f3" : Numeric.toHexString(payload); // i = 7 creates an empty contract
      final RawTransaction raw = switch (i % 4) {
        case 0 -> RawTransaction.createTransaction(chain.devnet.chainId(), nonce, GAS, to, BigInteger.ONE, data,
            L1TestChain.GWEI, GAS_PRICE);
        case 1 -> RawTransaction.createTransaction(nonce, GAS_PRICE, GAS, to, BigInteger.TWO, data);
        case 2 -> RawTransaction.createTransaction(chain.devnet.chainId(), nonce, GAS_PRICE, GAS, to, BigInteger.TEN,
            data, List.of(new AccessListObject(to.isEmpty() ? DEPLOYER.address().toHex() : to, List.of())));
        default -> RawTransaction.createTransaction(nonce, GAS_PRICE, GAS, to, BigInteger.ZERO, data);
      };
      final byte[] signed = i % 4 == 1 ? TransactionEncoder.signMessage(raw, chain.devnet.chainId(), sender.credentials())
          : TransactionEncoder.signMessage(raw, sender.credentials()); // i % 4 == 3: legacy without EIP-155
      chain.devnet.submit(signed);
    }
    final Block block = chain.devnet.mine();
    chain.devnet.setAutomine(true);
    assertThat(block.transactions()).hasSize(count);
    assertThat(block.transactions().stream().map(Transaction::type).distinct()).hasSize(3);
    return block;
  }

  private List<Type> prove(final long known, final L1InclusionProof proof) {
    return chain.call(harness, TRANSACTION, Abi.uint256(known), Abi.inclusionProof(proof));
  }

  /** The selector of the error the proof is refused with. */
  private String refusal(final long known, final L1InclusionProof proof) {
    final byte[] data = TRANSACTION.encode(Abi.uint256(known), Abi.inclusionProof(proof));
    final var result = chain.revertDataOfCall(harness, data);
    return Numeric.toHexString(Arrays.copyOf(result, 4));
  }

  private static String error(final String signature) {
    return Numeric.toHexString(Arrays.copyOf(Keccak.hash(signature.getBytes()), 4));
  }

  /** {@code bytes} with one byte in the middle changed. */
  private static byte[] flipped(final byte[] bytes) {
    final byte[] changed = bytes.clone();
    changed[changed.length / 2] ^= 1;
    return changed;
  }
}
