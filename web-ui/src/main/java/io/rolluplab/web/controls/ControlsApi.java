package io.rolluplab.web.controls;

import io.rolluplab.devnet.chain.Block;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.rollup.fault.FaultFlag;
import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.web.Lab;
import io.rolluplab.web.http.Exchange;
import io.rolluplab.web.http.HttpError;
import io.rolluplab.web.http.Input;
import io.rolluplab.web.http.Reply;
import io.rolluplab.web.http.Router;
import io.rolluplab.web.http.Routes;
import io.rolluplab.web.view.Format;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The controls a class uses to drive the lab: mine an L1 block, move the L1 clock forward (past a
 * challenge window), pause and resume a rollup's roles, switch on a teaching fault. Each is a POST
 * (JSON from a script, or a form of the Controls page, which is sent back there with a sentence).
 */
public final class ControlsApi implements Routes {
  public static final String MINE = "/api/controls/mine";
  public static final String FAST_FORWARD = "/api/controls/fast-forward";
  public static final String PAUSE = "/api/controls/roles/{rollup}/{role}/pause";
  public static final String RESUME = "/api/controls/roles/{rollup}/{role}/resume";
  public static final String FAULTS = "/api/controls/faults";
  /** A year: enough for any window, and no overflow of the L1 clock. */
  static final long MAX_FAST_FORWARD = 365L * 24 * 3600;
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private final Lab lab;

  public ControlsApi(final Lab lab) {
    this.lab = lab;
  }

  @Override
  public void register(final Router router) {
    router.post(MINE, "Mines one L1 block with the pending L1 transactions: {\"block\", \"transactions\"}.",
        this::mine);
    router.post(FAST_FORWARD, "Moves the L1 clock {\"seconds\": n} ahead (1 s to a year) and mines a block at the"
        + " new time, e.g. 604800 + 3600 to pass the 7-day challenge window.", this::fastForward);
    router.post(PAUSE, "Pauses one role of a rollup (roles: see GET /api/status); the others go on.",
        exchange -> pause(exchange, true));
    router.post(RESUME, "Resumes a paused role.", exchange -> pause(exchange, false));
    router.get(FAULTS, "Every teaching fault: what it does, what it will show, which rollups it applies to, and"
        + " which are on now in each rollup.", exchange -> Reply.json(faults()));
    router.post(FAULTS, "Switches a teaching fault on {\"rollup\", \"fault\"} (fault as --fault: wrong-root:K,"
        + " withhold-data, censor-deposit, replay-withdrawal, smuggle-invalid-tx, wrong-proof, unregistered-prover);"
        + " \"on\": false switches censor-deposit or replay-withdrawal off.", this::fault);
  }

  /** What {@code mine} and {@code fast-forward} answer. */
  public record Mined(long block, int transactions, long timestamp, String sentence) {}

  private Reply mine(final Exchange exchange) {
    final Block block = lab.devnet().mine();
    final int count = block.transactions().size();
    final String sentence = "Mined L1 block " + block.number() + " with " + count
        + (count == 1 ? " transaction." : " transactions.");
    return exchange.done(ControlsPage.ROUTE, sentence,
        new Mined(block.number(), count, block.header().timestamp(), sentence));
  }

  private Reply fastForward(final Exchange exchange) throws IOException {
    final long seconds = exchange.input().number("seconds", 1, MAX_FAST_FORWARD);
    final Devnet devnet = lab.devnet();
    // blocks mined faster than one a second run ahead of the clock (each is a second after the last), so
    // move the clock far enough that the new block is `seconds` after the latest one, not only after now
    final long target = devnet.latestBlock().header().timestamp() + seconds;
    devnet.increaseTime(Math.max(seconds, target - devnet.now()));
    final Block block = devnet.mine();
    final String sentence = "Moved the L1 clock " + Format.duration(seconds) + " ahead and mined L1 block "
        + block.number() + " at " + DATE_TIME.format(Instant.ofEpochSecond(block.header().timestamp())) + ".";
    return exchange.done(ControlsPage.ROUTE, sentence,
        new Mined(block.number(), block.transactions().size(), block.header().timestamp(), sentence));
  }

  /** What the role controls answer. */
  public record RoleChange(String rollup, String role, boolean paused, String sentence) {}

  private Reply pause(final Exchange exchange, final boolean pause) {
    final RollupNode rollup = exchange.rollup("rollup");
    final String id = exchange.path("rollup");
    final String role = exchange.path("role");
    final boolean changed;
    try {
      changed = pause ? rollup.pause(role) : rollup.resume(role);
    } catch (IllegalArgumentException e) {
      throw HttpError.notFound(e.getMessage());
    }
    final String sentence = (changed ? (pause ? "Paused" : "Resumed") : (pause ? "Already paused:" : "Not paused:"))
        + " the " + id + " rollup's " + role + (pause ? ", which skips its turns until resumed." : ".");
    return exchange.done(ControlsPage.ROUTE, sentence, new RoleChange(id, role, pause, sentence));
  }

  /** {@code GET /api/controls/faults}: the catalogue, and what is on in each rollup. */
  public record Faults(List<FaultCatalog.Entry> faults, Map<String, List<FaultCatalog.Armed>> on) {}

  private Faults faults() {
    final Map<String, List<FaultCatalog.Armed>> on = new LinkedHashMap<>();
    lab.rollups().forEach((id, node) -> on.put(id, FaultCatalog.armed(node.mode(), node.faults().settings())));
    return new Faults(FaultCatalog.entries(), on);
  }

  /** What switching a fault answers. */
  public record FaultSwitched(String rollup, String fault, boolean on, String sentence) {}

  private Reply fault(final Exchange exchange) throws IOException {
    final Input input = exchange.input();
    final RollupNode rollup = exchange.rollupField("rollup");
    final String id = Lab.idOf(rollup.mode());
    // a form sends wrong-root and its item K apart
    final String text = input.string("fault").equals("wrong-root") && input.optional("item").isPresent()
        ? "wrong-root:" + input.string("item")
        : input.string("fault");
    final FaultFlag.Setting setting;
    try {
      setting = FaultFlag.parse(text);
    } catch (IllegalArgumentException e) {
      throw HttpError.badRequest(e.getMessage().replaceFirst("^--fault ", "fault "));
    }
    final FaultFlag flag = setting.fault();
    final Optional<String> whyNot = flag.whyNotOn(rollup.mode());
    if (whyNot.isPresent()) {
      throw HttpError.badRequest("fault " + flag.syntax() + " does not apply to the " + id + " rollup: " + whyNot.get());
    }
    final boolean on = input.optional("on").isEmpty() || input.bool("on");
    if (!on && !FaultCatalog.switchable(flag)) {
      throw HttpError.badRequest("fault " + flag.syntax() + " is a one-shot: the role commits it once and it is off"
          + " again; only censor-deposit and replay-withdrawal can be switched off");
    }
    if (!on) {
      if (flag == FaultFlag.CENSOR_DEPOSIT) {
        rollup.faults().censorDeposits(false);
      } else {
        rollup.faults().replayWithdrawals(false);
      }
    } else {
      setting.applyTo(rollup.faults());
    }
    final String sentence = (on ? "Switched on " : "Switched off ") + text + " in the " + id + " rollup"
        + (on ? ": " + flag.meaning().replace("item K", "item " + setting.item()) + "." : ".");
    return exchange.done(ControlsPage.ROUTE, sentence, new FaultSwitched(id, text, on, sentence));
  }
}
