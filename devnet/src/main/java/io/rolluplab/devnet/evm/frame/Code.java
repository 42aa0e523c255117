package io.rolluplab.devnet.evm.frame;

/**
 * Contract code plus where it may jump. A JUMPDEST byte is a valid target only if it is an
 * instruction, not a byte inside the data of a PUSH1..PUSH32; finding out means walking the code
 * once, which is done on the first jump.
 */
public final class Code {
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
      jumpDestinations = analyse(bytes);
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
