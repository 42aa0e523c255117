package io.rolluplab.devnet.evm.frame;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Contract code plus where it may jump. A JUMPDEST byte is a valid target only if it is an
 * instruction, not a byte inside the data of a PUSH1..PUSH32; finding out means walking the code
 * once, which is done on the first jump.
 *
 * <p>The walk is a pure function of the bytes, and a contract's code array is never changed once
 * deployed (every call to the contract gets the same array), so its result is remembered per
 * array, for as long as the array lives: a contract called thousands of times (a rollup's inbox) is
 * walked once, not once per call.
 */
public final class Code {
  /** Arrays compare by identity, so this maps each code array to its own analysis. */
  private static final Map<byte[], boolean[]> ANALYSED = Collections.synchronizedMap(new WeakHashMap<>());

  private final byte[] bytes;
  private boolean[] jumpDestinations;

  public Code(final byte[] bytes) {
    this.bytes = bytes;
  }

  public byte[] bytes() {
    return bytes;
  }

  public int length() {
    return bytes.length;
  }

  /** The opcode at {@code pc}; past the end of the code that is STOP (0x00). */
  public int opcodeAt(final int pc) {
    return pc < bytes.length ? bytes[pc] & 0xFF : 0x00;
  }

  public boolean isValidJumpDestination(final long target) {
    if (target < 0 || target >= bytes.length) {
      return false;
    }
    if (jumpDestinations == null) {
      jumpDestinations = ANALYSED.computeIfAbsent(bytes, Code::analyse);
    }
    return jumpDestinations[(int) target];
  }

  private static boolean[] analyse(final byte[] code) {
    final boolean[] valid = new boolean[code.length];
    for (int pc = 0; pc < code.length; pc++) {
      final int op = code[pc] & 0xFF;
      if (op == 0x5B) {
        valid[pc] = true;
      } else if (op >= 0x60 && op <= 0x7F) {
        pc += op - 0x5F;
      }
    }
    return valid;
  }
}
