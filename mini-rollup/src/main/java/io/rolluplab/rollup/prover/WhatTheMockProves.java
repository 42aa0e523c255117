package io.rolluplab.rollup.prover;

/** What the zk mode's "proof" is, in plain words: the UI shows this beside every proof. */
public final class WhatTheMockProves {
  /** The explanation, as a few short paragraphs of plain text. */
  public static final String TEXT = """
      This rollup's validity proof is a mock. The prover checks everything a real circuit would \
      check: every transaction's signature, nonce and balance, and every Merkle update of the \
      state from its proof alone, from the pre-state root to the post-state root. If one check \
      fails it refuses to prove. It also checks that the transactions change exactly the \
      balances, nonces and withdrawals of the state diff L1 holds: L1 never sees the transactions, \
      only that diff. If all hold, it signs the public inputs (pre-state root, post-state root, \
      the hash of the state diff and the deposit queue hash) with its key, and that signature is \
      the "proof".

      What L1 checks: MockVerifier recovers the signer and compares it with the one registered \
      prover key. So the proof is bound to its public inputs: the same proof sent with another \
      root, another diff or another deposit queue is refused, and so is a proof signed by any \
      other key.

      What L1 does not check: that the batch was executed correctly. The key holder could sign a \
      wrong root, and MockVerifier would accept it. You trust the prover key holder, just as a \
      multisig bridge trusts its signers.

      What a real zk rollup checks instead: a SNARK verifier (Groth16 or PLONK) holds a \
      verification key made from the circuit, the constraints you see listed for each batch. It \
      checks the proof against that key and the public inputs with a few elliptic-curve pairings \
      (about 200,000 to 300,000 gas on Ethereum with the BN254 precompiles). A proof that passes \
      could only be made from a witness that satisfies every constraint, so a wrong root cannot \
      be proven by anyone, key or no key. That replaces "trust the prover" with "trust the \
      mathematics and the circuit's code" (and, for Groth16, the trusted setup that made its keys).
      """;

  private WhatTheMockProves() {}
}
