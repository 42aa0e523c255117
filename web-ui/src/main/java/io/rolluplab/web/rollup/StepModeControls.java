package io.rolluplab.web.rollup;

import io.rolluplab.rollup.step.StepMode;
import io.rolluplab.rollup.step.StepMode.PendingStep;
import io.rolluplab.web.Lab;
import io.rolluplab.web.http.Exchange;
import io.rolluplab.web.http.HttpError;
import io.rolluplab.web.http.Reply;
import io.rolluplab.web.http.Router;
import io.rolluplab.web.http.Routes;

/**
 * Step mode's controls: switch it on or off, and let the pending step through. The panel
 * ({@code templates/step-mode.html}) sits on /controls and on the batch, proof and dispute pages,
 * so a class can watch a dispute narrow while clicking "Next step".
 */
public final class StepModeControls implements Routes {
  public static final String STEP_MODE_API = "/api/controls/step-mode";
  public static final String STEP_API = "/api/controls/step";

  /**
   * What the panel and {@code GET /api/controls/step-mode} show.
   *
   * @param available false in a lab without rollups (nothing to step)
   * @param pending the step "Next step" lets through, null if no role waits
   * @param stepsTaken steps let through and taken since the lab started
   */
  public record Panel(boolean available, boolean on, PendingStep pending, long stepsTaken) {}

  private final Lab lab;

  public StepModeControls(final Lab lab) {
    this.lab = lab;
  }

  /** The panel's state now. */
  public static Panel panel(final Lab lab) {
    return lab.stepMode().map(s -> new Panel(true, s.isOn(), s.pending().orElse(null), s.stepsTaken()))
        .orElse(new Panel(false, false, null, 0));
  }

  @Override
  public void register(final Router router) {
    router.get(STEP_MODE_API, "step mode: on or off, the pending step (role and sentence), steps taken",
        e -> Reply.json(panel(lab)));
    router.post(STEP_MODE_API, "{\"on\": true|false}: every role stops before each transition until \"Next step\","
        + " or all go on again", this::switchStepMode);
    router.post(STEP_API, "lets the pending step through (409 if none waits); answers the step taken", this::step);
  }

  private Reply switchStepMode(final Exchange exchange) throws Exception {
    final boolean on = exchange.input().bool("on");
    stepMode(exchange).setOn(on);
    return exchange.done(back(exchange), on ? "Step mode is on: every role stops before its next transition."
        : "Step mode is off: every role goes on by itself.", panel(lab));
  }

  private Reply step(final Exchange exchange) throws Exception {
    final PendingStep step;
    try {
      step = stepMode(exchange).step();
    } catch (IllegalStateException e) {
      throw HttpError.conflict(e.getMessage());
    }
    return exchange.done(back(exchange), "Next step: " + step.sentence(), step);
  }

  private StepMode stepMode(final Exchange exchange) {
    return lab.stepMode().orElseThrow(() -> HttpError.conflict("this lab runs no rollup, so there is nothing to"
        + " step; start it without --l1-rpc"));
  }

  /** The page a form came from (its hidden field "back"), so the answer returns there; /controls otherwise. */
  private static String back(final Exchange exchange) throws Exception {
    return exchange.input().optional("back").filter(path -> path.matches("/[A-Za-z0-9/_-]*")).orElse("/controls");
  }
}
