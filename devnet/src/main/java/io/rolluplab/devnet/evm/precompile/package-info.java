/**
 * The contracts built into the protocol at addresses 0x01 to 0x0a, run natively. {@link
 * io.rolluplab.devnet.evm.precompile.Precompile} is the interface (price the input, then run);
 * {@link io.rolluplab.devnet.evm.precompile.Precompiles#forFork} builds each fork's set from the
 * previous one under EIP comments.
 *
 * <p>Reading order: {@code Precompile}, {@link
 * io.rolluplab.devnet.evm.precompile.PrecompileResult}, {@code Precompiles}, {@link
 * io.rolluplab.devnet.evm.precompile.Words}, then one class per address: {@code EcRecover} (0x01),
 * {@code Sha256}, {@code Ripemd160}, {@code Identity}, {@code ModExp}, {@code Bn254Add}, {@code
 * Bn254Mul}, {@code Bn254Pairing} (with the curve arithmetic in {@code bn254}), {@code Blake2f}
 * (with {@code Blake2bCompression}) and {@code PointEvaluation} (0x0a, with {@code
 * KzgTrustedSetup}).
 */
package io.rolluplab.devnet.evm.precompile;
