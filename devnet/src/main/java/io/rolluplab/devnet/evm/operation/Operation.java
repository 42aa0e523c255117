package io.rolluplab.devnet.evm.operation;

/**
 * One row of the instruction table: an opcode is data (name, stack words taken and pushed, static
 * gas) plus the code that executes it. The interpreter does the shared checks once, from this data.
 */
public record Operation(
    int opcode, String name, int stackIn, int stackOut, long staticGas, Executor executor) {}
