/**
 * Signed L2 transactions (L2-RULES.md §3, rules 1 to 3): ordinary Ethereum transactions, so any
 * wallet can sign them.
 *
 * <ol>
 *   <li>Well formed ({@code MALFORMED} otherwise): EIP-1559 or legacy, canonical RLP
 *       ({@link io.rolluplab.rollup.l2tx.RlpReader}), empty data and access list, a recipient.
 *   <li>Chain id: from the type-2 body, or from a legacy {@code v} per EIP-155.
 *   <li>Signature: low s (EIP-2), y parity 0 or 1, then the same ecrecover L1 runs.
 * </ol>
 *
 * <p>In a batch, a standard transfer travels in a shorter form, {@link
 * io.rolluplab.rollup.l2tx.CompactTransfer} (L2-RULES.md §2.1): the same signature over the same
 * signing hash, with the fields every standard transfer shares left out, and a recipient that
 * already has a leaf named by the first bytes of its key ({@link
 * io.rolluplab.rollup.l2tx.RecipientNames}), which only the state before the item resolves.
 *
 * <p>{@code mini-rollup/contracts/L2Transaction.sol} accepts exactly the same bytes.
 */
package io.rolluplab.rollup.l2tx;
