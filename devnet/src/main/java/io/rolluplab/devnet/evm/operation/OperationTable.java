package io.rolluplab.devnet.evm.operation;

import io.rolluplab.devnet.evm.gas.GasSchedule;

/**
 * The instruction set: for each of the 256 opcode bytes, the {@link Operation} that runs it. Read
 * it top to bottom as the yellow paper's opcode list; instructions that a later fork added are
 * grouped under the EIP that added them. Unassigned bytes are INVALID.
 */
public final class OperationTable {
  private final Operation[] operations = new Operation[256];

  private OperationTable() {}

  public Operation get(final int opcode) {
    return operations[opcode];
  }

  /** The Cancun instruction set, priced by {@code g}. */
  public static OperationTable cancun(final GasSchedule g) {
    final OperationTable t = new OperationTable();
    // 0x00s: stop and arithmetic
    t.add(0x00, "STOP", 0, 0, g.zeroTier(), FlowOps::stop);
    t.add(0x01, "ADD", 2, 1, g.veryLowTier(), ArithmeticOps::add);
    t.add(0x02, "MUL", 2, 1, g.lowTier(), ArithmeticOps::mul);
    t.add(0x03, "SUB", 2, 1, g.veryLowTier(), ArithmeticOps::sub);
    t.add(0x04, "DIV", 2, 1, g.lowTier(), ArithmeticOps::div);
    t.add(0x05, "SDIV", 2, 1, g.lowTier(), ArithmeticOps::sdiv);
    t.add(0x06, "MOD", 2, 1, g.lowTier(), ArithmeticOps::mod);
    t.add(0x07, "SMOD", 2, 1, g.lowTier(), ArithmeticOps::smod);
    t.add(0x08, "ADDMOD", 3, 1, g.midTier(), ArithmeticOps::addmod);
    t.add(0x09, "MULMOD", 3, 1, g.midTier(), ArithmeticOps::mulmod);
    t.add(0x0A, "EXP", 2, 1, g.highTier(), ArithmeticOps::exp);
    t.add(0x0B, "SIGNEXTEND", 2, 1, g.lowTier(), ArithmeticOps::signExtend);

    // 0x10s: comparison and bitwise logic
    t.add(0x10, "LT", 2, 1, g.veryLowTier(), ComparisonBitwiseOps::lt);
    t.add(0x11, "GT", 2, 1, g.veryLowTier(), ComparisonBitwiseOps::gt);
    t.add(0x12, "SLT", 2, 1, g.veryLowTier(), ComparisonBitwiseOps::slt);
    t.add(0x13, "SGT", 2, 1, g.veryLowTier(), ComparisonBitwiseOps::sgt);
    t.add(0x14, "EQ", 2, 1, g.veryLowTier(), ComparisonBitwiseOps::eq);
    t.add(0x15, "ISZERO", 1, 1, g.veryLowTier(), ComparisonBitwiseOps::isZero);
    t.add(0x16, "AND", 2, 1, g.veryLowTier(), ComparisonBitwiseOps::and);
    t.add(0x17, "OR", 2, 1, g.veryLowTier(), ComparisonBitwiseOps::or);
    t.add(0x18, "XOR", 2, 1, g.veryLowTier(), ComparisonBitwiseOps::xor);
    t.add(0x19, "NOT", 1, 1, g.veryLowTier(), ComparisonBitwiseOps::not);
    t.add(0x1A, "BYTE", 2, 1, g.veryLowTier(), ComparisonBitwiseOps::byteOp);
    // EIP-145 (Constantinople): bitwise shifts
    t.add(0x1B, "SHL", 2, 1, g.veryLowTier(), ComparisonBitwiseOps::shl);
    t.add(0x1C, "SHR", 2, 1, g.veryLowTier(), ComparisonBitwiseOps::shr);
    t.add(0x1D, "SAR", 2, 1, g.veryLowTier(), ComparisonBitwiseOps::sar);

    // 0x20: hashing
    t.add(0x20, "KECCAK256", 2, 1, g.keccakBase(), MemoryOps::keccak256);

    // 0x30s: environment (account accesses: warm cost here, cold surcharge inside, EIP-2929)
    t.add(0x30, "ADDRESS", 0, 1, g.baseTier(), EnvironmentOps::address);
    t.add(0x31, "BALANCE", 1, 1, g.warmAccess(), EnvironmentOps::balance);
    t.add(0x32, "ORIGIN", 0, 1, g.baseTier(), EnvironmentOps::origin);
    t.add(0x33, "CALLER", 0, 1, g.baseTier(), EnvironmentOps::caller);
    t.add(0x34, "CALLVALUE", 0, 1, g.baseTier(), EnvironmentOps::callValue);
    t.add(0x35, "CALLDATALOAD", 1, 1, g.veryLowTier(), EnvironmentOps::callDataLoad);
    t.add(0x36, "CALLDATASIZE", 0, 1, g.baseTier(), EnvironmentOps::callDataSize);
    t.add(0x37, "CALLDATACOPY", 3, 0, g.veryLowTier(), EnvironmentOps::callDataCopy);
    t.add(0x38, "CODESIZE", 0, 1, g.baseTier(), EnvironmentOps::codeSize);
    t.add(0x39, "CODECOPY", 3, 0, g.veryLowTier(), EnvironmentOps::codeCopy);
    t.add(0x3A, "GASPRICE", 0, 1, g.baseTier(), EnvironmentOps::gasPrice);
    t.add(0x3B, "EXTCODESIZE", 1, 1, g.warmAccess(), EnvironmentOps::extCodeSize);
    t.add(0x3C, "EXTCODECOPY", 4, 0, g.warmAccess(), EnvironmentOps::extCodeCopy);
    // EIP-211 (Byzantium): return data
    t.add(0x3D, "RETURNDATASIZE", 0, 1, g.baseTier(), EnvironmentOps::returnDataSize);
    t.add(0x3E, "RETURNDATACOPY", 3, 0, g.veryLowTier(), EnvironmentOps::returnDataCopy);
    // EIP-1052 (Constantinople)
    t.add(0x3F, "EXTCODEHASH", 1, 1, g.warmAccess(), EnvironmentOps::extCodeHash);

    // 0x40s: block information
    t.add(0x40, "BLOCKHASH", 1, 1, g.blockHash(), BlockOps::blockHash);
    t.add(0x41, "COINBASE", 0, 1, g.baseTier(), BlockOps::coinbase);
    t.add(0x42, "TIMESTAMP", 0, 1, g.baseTier(), BlockOps::timestamp);
    t.add(0x43, "NUMBER", 0, 1, g.baseTier(), BlockOps::number);
    t.add(0x44, "PREVRANDAO", 0, 1, g.baseTier(), BlockOps::prevRandao);
    t.add(0x45, "GASLIMIT", 0, 1, g.baseTier(), BlockOps::gasLimit);
    // EIP-1344 and EIP-1884 (Istanbul)
    t.add(0x46, "CHAINID", 0, 1, g.baseTier(), BlockOps::chainId);
    t.add(0x47, "SELFBALANCE", 0, 1, g.lowTier(), EnvironmentOps::selfBalance);
    // EIP-3198 (London)
    t.add(0x48, "BASEFEE", 0, 1, g.baseTier(), BlockOps::baseFee);
    // EIP-4844 and EIP-7516 (Cancun)
    t.add(0x49, "BLOBHASH", 1, 1, g.veryLowTier(), BlockOps::blobHash);
    t.add(0x4A, "BLOBBASEFEE", 0, 1, g.baseTier(), BlockOps::blobBaseFee);

    // 0x50s: stack, memory, storage and flow
    t.add(0x50, "POP", 1, 0, g.baseTier(), StackOps::pop);
    t.add(0x51, "MLOAD", 1, 1, g.veryLowTier(), MemoryOps::mload);
    t.add(0x52, "MSTORE", 2, 0, g.veryLowTier(), MemoryOps::mstore);
    t.add(0x53, "MSTORE8", 2, 0, g.veryLowTier(), MemoryOps::mstore8);
    t.add(0x54, "SLOAD", 1, 1, g.warmAccess(), StorageOps::sload);
    t.add(0x55, "SSTORE", 2, 0, g.zeroTier(), StorageOps::sstore);
    t.add(0x56, "JUMP", 1, 0, g.midTier(), FlowOps::jump);
    t.add(0x57, "JUMPI", 2, 0, g.highTier(), FlowOps::jumpi);
    t.add(0x58, "PC", 0, 1, g.baseTier(), FlowOps::pc);
    t.add(0x59, "MSIZE", 0, 1, g.baseTier(), MemoryOps::msize);
    t.add(0x5A, "GAS", 0, 1, g.baseTier(), FlowOps::gas);
    t.add(0x5B, "JUMPDEST", 0, 0, g.jumpDest(), FlowOps::jumpdest);
    // EIP-1153 (Cancun): transient storage, cleared after each transaction
    t.add(0x5C, "TLOAD", 1, 1, g.warmAccess(), StorageOps::tload);
    t.add(0x5D, "TSTORE", 2, 0, g.warmAccess(), StorageOps::tstore);
    // EIP-5656 (Cancun)
    t.add(0x5E, "MCOPY", 3, 0, g.veryLowTier(), MemoryOps::mcopy);
    // EIP-3855 (Shanghai)
    t.add(0x5F, "PUSH0", 0, 1, g.baseTier(), StackOps::push0);

    // 0x60–0x9f: push, dup, swap
    for (int n = 1; n <= 32; n++) {
      t.add(0x5F + n, "PUSH" + n, 0, 1, g.veryLowTier(), StackOps.push(n));
    }
    for (int n = 1; n <= 16; n++) {
      t.add(0x7F + n, "DUP" + n, n, n + 1, g.veryLowTier(), StackOps.dup(n));
      t.add(0x8F + n, "SWAP" + n, n + 1, n + 1, g.veryLowTier(), StackOps.swap(n));
    }

    // 0xa0s: logs
    for (int n = 0; n <= 4; n++) {
      t.add(0xA0 + n, "LOG" + n, 2 + n, 0, g.logBase(), LogOps.log(n));
    }

    // 0xf0s: calls, creation, return
    t.add(0xF0, "CREATE", 3, 1, g.create(), CreateOps::create);
    t.add(0xF1, "CALL", 7, 1, g.warmAccess(), CallOps::call);
    t.add(0xF2, "CALLCODE", 7, 1, g.warmAccess(), CallOps::callCode);
    t.add(0xF3, "RETURN", 2, 0, g.zeroTier(), FlowOps::ret);
    // EIP-7 (Homestead)
    t.add(0xF4, "DELEGATECALL", 6, 1, g.warmAccess(), CallOps::delegateCall);
    // EIP-1014 (Constantinople)
    t.add(0xF5, "CREATE2", 4, 1, g.create(), CreateOps::create2);
    // EIP-214 (Byzantium)
    t.add(0xFA, "STATICCALL", 6, 1, g.warmAccess(), CallOps::staticCall);
    // EIP-140 (Byzantium)
    t.add(0xFD, "REVERT", 2, 0, g.zeroTier(), FlowOps::revert);
    t.add(0xFE, "INVALID", 0, 0, g.zeroTier(), FlowOps::invalid);
    t.add(0xFF, "SELFDESTRUCT", 1, 0, g.selfDestruct(), SystemOps::selfDestruct);

    t.fillUnassignedWithInvalid();
    return t;
  }

  private void add(
      final int opcode, final String name, final int in, final int out, final long gas, final Executor executor) {
    if (operations[opcode] != null) {
      throw new IllegalStateException("opcode 0x" + Integer.toHexString(opcode) + " assigned twice");
    }
    operations[opcode] = new Operation(opcode, name, in, out, gas, executor);
  }

  private void fillUnassignedWithInvalid() {
    for (int opcode = 0; opcode < 256; opcode++) {
      if (operations[opcode] == null) {
        operations[opcode] = new Operation(opcode, "INVALID_0x" + String.format("%02X", opcode), 0, 0, 0, FlowOps::invalid);
      }
    }
  }
}
