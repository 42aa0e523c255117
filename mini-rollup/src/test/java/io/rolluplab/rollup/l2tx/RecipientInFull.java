package io.rolluplab.rollup.l2tx;

/**
 * Decodes, for the tests' fixtures, a compact transfer that writes its recipient in full: one a
 * fixture built itself, so failing to read it is the fixture's bug, not an outcome to test.
 */
public final class RecipientInFull {
  private RecipientInFull() {}

  /**
   * The transfer {@code compact} holds, with the chain id it implies.
   *
   * @throws IllegalStateException if it is no compact transfer with its recipient in full
   */
  public static L2Transaction decode(final byte[] compact, final long l2ChainId) {
    try {
      return CompactTransfer.decodeBody(compact, l2ChainId, RecipientNames.NONE);
    } catch (MalformedTransactionException | UnknownRecipientException e) {
      throw new IllegalStateException("not a compact transfer with its recipient in full: " + e.getMessage(), e);
    }
  }
}
