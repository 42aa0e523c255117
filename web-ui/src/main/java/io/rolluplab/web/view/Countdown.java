package io.rolluplab.web.view;

/**
 * A deadline on the L1 clock as a page shows it: {@code 6 d 23 h left}, or what happens once it is
 * reached. The page carries the deadline itself ({@code data-deadline}, fragment {@code layout ::
 * countdown}), not the seconds left, so {@code static/live.js} can tick it every second from the L1
 * clock the page was rendered at ({@code <meta name="l1-clock">}): that clock runs ahead of the wall
 * clock by however far the lab was fast-forwarded, and ticking from the deadline stays right however
 * late the browser's timer fires. Without JavaScript the text is as the server wrote it.
 *
 * @param prefix words before the time left ({@code "challenge window: "}), or ""
 * @param deadline the L1 time (seconds since 1970) it runs to
 * @param secondsLeft from the L1 clock to the deadline when rendered, 0 once reached
 * @param reached what to say instead once the deadline is reached ({@code "window over: final at the next L1 block"})
 */
public record Countdown(String prefix, long deadline, long secondsLeft, String reached) {

  /** The countdown to {@code deadline} as seen at {@code l1Now}. */
  public static Countdown until(final String prefix, final long deadline, final long l1Now, final String reached) {
    return new Countdown(prefix, deadline, Math.max(0, deadline - l1Now), reached);
  }

  /** The words: the prefix and the time left ({@code challenge window: 4 m 10 s left}), or once none is, what happens then. */
  public String text() {
    return secondsLeft > 0 ? prefix + Format.duration(secondsLeft) + " left" : reached;
  }
}
