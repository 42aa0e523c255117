package io.rolluplab.devnet.conformance;

/**
 * One expected outcome in {@code post.Cancun}: a variant of the transaction and what it must do.
 *
 * @param index the position in the post list, which names the case ({@code [Cancun#index]})
 * @param dataIndex which {@code transaction.data[]} the variant uses (also gas and value below)
 * @param stateRoot the post-state root; for an invalid transaction, the root of the pre-state
 * @param logsHash keccak256 of the RLP list of the transaction's logs
 * @param txBytes the signed transaction, as it would travel in a block
 * @param expectException why the transaction is invalid, e.g. {@code
 *     TransactionException.INTRINSIC_GAS_TOO_LOW}, or null if it must be applied
 */
public record PostEntry(
    int index,
    int dataIndex,
    int gasIndex,
    int valueIndex,
    byte[] stateRoot,
    byte[] logsHash,
    byte[] txBytes,
    String expectException) {

  public boolean expectsException() {
    return expectException != null;
  }

  /** The indexes as {@code d0 g1 v0}, the way the fixture tools name a variant. */
  public String indexes() {
    return "d" + dataIndex + " g" + gasIndex + " v" + valueIndex;
  }
}
