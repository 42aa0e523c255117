package io.rolluplab.devnet.tx;

/** The transaction envelopes the devnet accepts; the number is the EIP-2718 type byte. */
public enum TransactionType {
  /** Pre-typed transactions, with EIP-155 replay protection when v encodes a chain id. */
  LEGACY(0),
  /** EIP-2930: a gas price plus an access list of addresses and slots to warm up front. */
  ACCESS_LIST(1),
  /** EIP-1559: a fee cap and a priority fee instead of one gas price; the base fee is burned. */
  EIP1559(2);

  public final int typeByte;

  TransactionType(final int typeByte) {
    this.typeByte = typeByte;
  }
}
