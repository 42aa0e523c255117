/**
 * The bn254 (alt_bn128) curve behind precompiles 0x06–0x08, written from the definitions.
 *
 * <ol>
 *   <li>Fields: {@link io.rolluplab.devnet.evm.precompile.bn254.Fp} (integers mod p), then the tower
 *       Fp2 = Fp[u]/(u² + 1), Fp6 = Fp2[v]/(v³ − ξ), Fp12 = Fp6[w]/(w² − v), with ξ = 9 + u.
 *   <li>Groups: {@link io.rolluplab.devnet.evm.precompile.bn254.CurvePoint} is the group law over
 *       any of those fields; {@code G1} is y² = x³ + 3 over Fp, {@code G2} the twist y² = x³ + 3/ξ
 *       over Fp2, each with the byte encoding of EIP-196/197.
 *   <li>{@link io.rolluplab.devnet.evm.precompile.bn254.Pairing}: the optimal ate pairing, a Miller
 *       loop per pair and one final exponentiation.
 * </ol>
 *
 * <p>Everything is immutable and built on {@link java.math.BigInteger}, trading speed (tens of
 * milliseconds per pairing) for code that matches the math line by line.
 */
package io.rolluplab.devnet.evm.precompile.bn254;
