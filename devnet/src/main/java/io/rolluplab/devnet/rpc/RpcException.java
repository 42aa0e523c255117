package io.rolluplab.devnet.rpc;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A JSON-RPC error to send back: the code clients switch on, a message for the person reading it,
 * and optional data. The factories carry the codes of the JSON-RPC 2.0 spec and the ones Ethereum
 * clients agree on (geth's), so wallets and libraries recognize them.
 */
public final class RpcException extends Exception {
  public static final int PARSE_ERROR = -32700;
  public static final int INVALID_REQUEST = -32600;
  public static final int METHOD_NOT_FOUND = -32601;
  public static final int INVALID_PARAMS = -32602;
  public static final int INTERNAL_ERROR = -32603;
  /** geth's code for a request the chain refused: a rejected transaction, an unknown block … */
  public static final int SERVER_ERROR = -32000;
  /** geth's code for a call that reverted; {@code data} holds the revert data. */
  public static final int EXECUTION_REVERTED = 3;

  /** The 4-byte selector of {@code Error(string)}, the data of {@code revert("reason")}. */
  private static final byte[] ERROR_STRING_SELECTOR = {0x08, (byte) 0xc3, 0x79, (byte) 0xa0};

  private final int code;
  private final String data;

  public RpcException(final int code, final String message, final String data) {
    super(message, null, false, false);
    this.code = code;
    this.data = data;
  }

  public RpcException(final int code, final String message) {
    this(code, message, null);
  }

  public int code() {
    return code;
  }

  /** Hex revert data, or null. */
  public String data() {
    return data;
  }

  public static RpcException invalidParams(final String message) {
    return new RpcException(INVALID_PARAMS, message);
  }

  public static RpcException server(final String message) {
    return new RpcException(SERVER_ERROR, message);
  }

  /**
   * A reverted call: "execution reverted", plus ": reason" when the data is an {@code Error(string)},
   * with the raw data so that clients decode custom errors themselves.
   */
  public static RpcException reverted(final byte[] revertData) {
    final String reason = errorString(revertData);
    return new RpcException(EXECUTION_REVERTED,
        reason == null ? "execution reverted" : "execution reverted: " + reason, HexCodec.data(revertData));
  }

  /** The string of an ABI-encoded {@code Error(string)}: selector, offset, length, bytes; else null. */
  static String errorString(final byte[] data) {
    if (data.length < 4 + 64 || !Arrays.equals(data, 0, 4, ERROR_STRING_SELECTOR, 0, 4)) {
      return null;
    }
    final BigInteger offset = new BigInteger(1, Arrays.copyOfRange(data, 4, 36));
    if (offset.compareTo(BigInteger.valueOf(data.length - 4 - 32)) > 0) {
      return null;
    }
    final int start = 4 + offset.intValueExact();
    final BigInteger length = new BigInteger(1, Arrays.copyOfRange(data, start, start + 32));
    if (length.compareTo(BigInteger.valueOf(data.length - start - 32)) > 0) {
      return null;
    }
    return new String(data, start + 32, length.intValueExact(), StandardCharsets.UTF_8);
  }
}
