/**
 * Hashing and signatures: {@link io.rolluplab.devnet.crypto.Keccak}, Ethereum's keccak256, and in
 * {@code secp256k1} the curve arithmetic of ECDSA public-key recovery and signing.
 */
package io.rolluplab.devnet.crypto;
