package io.rolluplab.devnet.tx;

import io.rolluplab.devnet.types.Address;
import java.math.BigInteger;

/**
 * A call to run without a signature and without keeping its effects ({@code eth_call},
 * {@code eth_estimateGas}). Null fields take defaults: from the zero address, no value, the block's
 * gas limit, and a gas price of zero (then no fee is charged).
 *
 * @param to null to run {@code data} as initcode
 */
public record CallRequest(Address from, Address to, BigInteger value, byte[] data, Long gas, BigInteger gasPrice) {}
