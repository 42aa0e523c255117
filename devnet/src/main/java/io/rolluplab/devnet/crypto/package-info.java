/** Hashing: {@link io.rolluplab.devnet.crypto.Keccak}, Ethereum's keccak256. */
package io.rolluplab.devnet.crypto;
