package io.rolluplab.devnet.evm;

import io.rolluplab.devnet.evm.trace.CallKind;
import io.rolluplab.devnet.types.Address;
import java.math.BigInteger;

/**
 * A request to run code: the transaction itself, or a CALL/CREATE made by running code.
 *
 * @param recipient whose storage and balance the code works on (ADDRESS); for a creation, the new
 *     contract's address
 * @param codeAddress whose code runs (differs from recipient for CALLCODE and DELEGATECALL)
 * @param value wei moved from caller to recipient before the code runs
 * @param apparentValue what CALLVALUE shows: the value, or for DELEGATECALL the parent's value
 * @param code the code to run; for a creation, the initcode
 */
public record Message(
    CallKind kind,
    Address caller,
    Address recipient,
    Address codeAddress,
    BigInteger value,
    BigInteger apparentValue,
    byte[] input,
    byte[] code,
    long gas,
    int depth,
    boolean isStatic) {}
