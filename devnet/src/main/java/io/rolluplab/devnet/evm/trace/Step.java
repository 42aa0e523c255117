package io.rolluplab.devnet.evm.trace;

import io.rolluplab.devnet.types.UInt256;
import java.util.List;

/**
 * One executed instruction as a tracer sees it: where it was, what it was, the gas before it and
 * what it cost, and the stack (top first) and memory size from before it ran.
 */
public record Step(
    int depth,
    int pc,
    int opcode,
    String opName,
    long gas,
    long gasCost,
    List<UInt256> stack,
    long memorySize,
    String error) {}
