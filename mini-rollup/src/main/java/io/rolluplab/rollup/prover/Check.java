package io.rolluplab.rollup.prover;

/**
 * One constraint a validity circuit checks, as the prover checked it: the line "what the circuit
 * proved" shows for it.
 *
 * @param item the batch item it belongs to, -1 for a check of the whole batch
 * @param name what is checked ("signature", "nonce", "sender leaf update" …)
 * @param detail the values compared, in words
 * @param constraints the R1CS constraints a circom circuit spends on it ({@link ConstraintCosts})
 */
public record Check(int item, String name, boolean passed, String detail, long constraints) {

  /** "item 3: nonce failed (nonce 0, the sender's next is 1)". */
  public String describe() {
    return (item < 0 ? "batch" : "item " + item) + ": " + name + (passed ? " holds" : " fails") + " (" + detail + ")";
  }
}
