package io.rolluplab.devnet.rpc;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * Reads an HTTP request's body whole, within a limit, before anything answers; the JSON-RPC server
 * and the web UI both do. Jetty closes a connection whose body was left unread once the answer is
 * sent, and a client that pooled the connection for its next request then gets no answer at all.
 */
public final class RequestBody {
  /** How much of an over-long body is read and discarded before the connection is simply closed. */
  private static final long MAX_DRAIN_BYTES = 64L * 1024 * 1024;

  private RequestBody() {}

  /**
   * The body, or empty if it is over {@code limit} bytes (by its Content-Length, or once that much
   * is read). An over-long body is still read to its end (and thrown away, up to 64 MB): a client
   * that is cut off while it is still sending never sees the answer that explains why.
   */
  public static Optional<byte[]> readLimited(final Request request, final int limit) throws IOException {
    try (InputStream in = Content.Source.asInputStream(request)) {
      if (request.getLength() <= limit) {
        final byte[] bytes = in.readNBytes(limit + 1);
        if (bytes.length <= limit) {
          return Optional.of(bytes);
        }
      }
      long drained = 0;
      final byte[] discard = new byte[64 * 1024];
      for (int n; drained < MAX_DRAIN_BYTES && (n = in.read(discard)) > 0; ) {
        drained += n;
      }
      return Optional.empty();
    }
  }
}
