package io.rolluplab.rollup.contracts;

import static io.rolluplab.rollup.contracts.Abi.ADDRESS;
import static io.rolluplab.rollup.contracts.ContractEvent.indexed;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.l2tx.L2Signer;
import io.rolluplab.rollup.state.Bytes32;
import java.util.Arrays;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Sign;

/**
 * {@code MockVerifier.sol}: accepts the registered prover's signature over the public-input hash as
 * a "proof". A mock, not a SNARK: see the contract's comment for what a real verifier checks.
 */
public final class MockVerifierContract {
  public static final ContractFunction CONSTRUCTOR = ContractFunction.of("constructor(address)");
  public static final ContractFunction VERIFY = ContractFunction.of("verify(bytes32,bytes)");
  public static final ContractFunction PROVER = ContractFunction.of("prover()", ADDRESS);

  /** (prover) */
  public static final ContractEvent PROVER_REGISTERED = ContractEvent.of("ProverRegistered", indexed(ADDRESS));

  private MockVerifierContract() {}

  public static byte[] constructorArgs(final Address prover) {
    return CONSTRUCTOR.encodeArguments(Abi.address(prover));
  }

  /** The mock proof: {@code key}'s signature r ‖ s ‖ v over the hash itself, without a message prefix. */
  public static byte[] mockProof(final Bytes32 publicInputHash, final ECKeyPair key) {
    final Sign.SignatureData signature = L2Signer.sign(publicInputHash.toArray(), key);
    final byte[] proof = Arrays.copyOf(signature.getR(), 65);
    System.arraycopy(signature.getS(), 0, proof, 32, 32);
    proof[64] = signature.getV()[0];
    return proof;
  }
}
