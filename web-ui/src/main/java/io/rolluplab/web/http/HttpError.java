package io.rolluplab.web.http;

/**
 * A request the lab cannot answer as asked, with the status and the sentence to show: what was
 * wrong and what to do ("no L1 block 99: the chain's head is 42"). Handlers throw it; the
 * {@link Router} renders it as an error page, or as {@code {"error": "..."}} under {@code /api/}.
 */
public final class HttpError extends RuntimeException {
  private final int status;

  private HttpError(final int status, final String message) {
    super(message);
    this.status = status;
  }

  /** 400: the input is wrong; nothing was changed. */
  public static HttpError badRequest(final String message) {
    return new HttpError(400, message);
  }

  /** 403: the request is not allowed (a POST without the CSRF token). */
  public static HttpError forbidden(final String message) {
    return new HttpError(403, message);
  }

  /** 404: what the path names does not exist. */
  public static HttpError notFound(final String message) {
    return new HttpError(404, message);
  }

  /** 409: the request is well formed but the lab's state does not allow it now. */
  public static HttpError conflict(final String message) {
    return new HttpError(409, message);
  }

  /** 413: the body is bigger than the lab reads; nothing was changed. */
  public static HttpError tooLarge(final String message) {
    return new HttpError(413, message);
  }

  public int status() {
    return status;
  }
}
