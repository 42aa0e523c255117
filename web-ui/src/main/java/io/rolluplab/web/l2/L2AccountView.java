package io.rolluplab.web.l2;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.web.view.Format;
import java.math.BigInteger;
import java.util.List;

/**
 * An L2 account twice: as the sequencer has it now (its head block), and as L1 can check it, in
 * the state after the batches posted so far, with the Merkle proof of its leaf (L2-RULES §1).
 *
 * @param balance at the sequencer's head
 * @param provenBalance in the state after {@code batches} batches, which the proof is about
 * @param batches how many batches that state includes; 0 before the first is posted
 * @param key {@code H(address)}: the leaf's place in the tree, read bit by bit from the top
 * @param leafValue {@code H(address ‖ balance ‖ nonce)}, zero when the account is empty there
 * @param end what the path ends at: "leaf" (the account's own), "other-leaf" (another account's,
 *     proving this one absent) or "empty"
 * @param levels the proof walked up, deepest first
 * @param verifies true when the walk reaches {@code root}: the check L1 makes
 */
public record L2AccountView(String rollup, Address address, BigInteger balance, long nonce, BigInteger provenBalance,
    long provenNonce, long batches, Bytes32 root, Bytes32 key, Bytes32 leafValue, String end, int depth,
    List<Bytes32> siblings, List<ProofLevel> levels, boolean verifies, ProofDrawing drawing) {

  /** The key's bits along the drawn path, from the top: the turns the path takes. */
  public String pathBits() {
    final StringBuilder bits = new StringBuilder();
    for (int i = 0; i < Math.max(depth, 1); i++) {
      bits.append(i == 0 ? "" : " ").append(key.bitFromTop(i) ? '1' : '0');
    }
    return bits.toString();
  }

  public String balanceEth() {
    return Format.eth(balance);
  }

  public String provenBalanceEth() {
    return Format.eth(provenBalance);
  }
}
