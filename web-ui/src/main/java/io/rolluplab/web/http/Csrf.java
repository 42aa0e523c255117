package io.rolluplab.web.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The lab's CSRF token: a random secret made at start, which every POST must carry (header
 * {@code X-CSRF-Token}, or the form field {@code csrf}). A page of the lab has it in a
 * {@code <meta name="csrf-token">} and in its forms, a script asks {@code GET /api/session}; a
 * foreign web page can make the browser send a POST to 127.0.0.1 but cannot read the token (the
 * same-origin policy hides the lab's responses from it), so its POST is refused.
 */
public final class Csrf {
  public static final String HEADER = "X-CSRF-Token";
  public static final String FIELD = "csrf";

  private final String token;

  public Csrf() {
    final byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.token = HexFormat.of().formatHex(secret);
  }

  public String token() {
    return token;
  }

  /**
   * Lets the POST through if it carries the token.
   *
   * @throws HttpError 403 saying how to get the token
   */
  void check(final Exchange exchange) throws IOException {
    final String sent = exchange.header(HEADER).orElse(null);
    final String presented = sent != null ? sent
        : exchange.isForm() ? exchange.input().optional(FIELD).orElse(null) : null;
    if (presented == null) {
      throw HttpError.forbidden("this POST has no CSRF token: GET /api/session returns it as csrfToken; send it in"
          + " the " + HEADER + " header (the lab's own pages do so)");
    }
    if (!MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
      throw HttpError.forbidden("this POST's CSRF token is not this lab's (a page or token from an earlier run?):"
          + " GET /api/session returns the current one as csrfToken; reload the page or send it in the " + HEADER
          + " header");
    }
  }
}
