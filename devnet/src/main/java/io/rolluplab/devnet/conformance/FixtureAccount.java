package io.rolluplab.devnet.conformance;

import io.rolluplab.devnet.types.UInt256;
import java.math.BigInteger;
import java.util.Map;

/**
 * One account of a state test's {@code pre} state.
 *
 * @param nonce read as an unsigned 64-bit number: a few tests start at 2^64 − 1
 */
public record FixtureAccount(BigInteger balance, long nonce, byte[] code, Map<UInt256, UInt256> storage) {}
