/**
 * ECDSA over secp256k1 in plain Java, for speed: {@link
 * io.rolluplab.devnet.crypto.secp256k1.Secp256k1} recovers public keys (the {@code ecrecover}
 * precompile, every transaction's sender) and signs. Underneath, from the bottom up: {@code Field}
 * (arithmetic modulo p in five 52-bit limbs), {@code SafeGcd} (modular inverses by a binary GCD),
 * {@code Scalar} (products modulo the group order n), {@code Point} (Jacobian coordinates, tables
 * with a shared Z), {@code Endomorphism} (a scalar split into two 128-bit halves) and {@code
 * Multiples} (sums of scalar multiples with one shared chain of doublings). The tests compare every
 * answer with web3j's.
 */
package io.rolluplab.devnet.crypto.secp256k1;
