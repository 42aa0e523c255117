package io.rolluplab.web.controls;

import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.web.Lab;
import io.rolluplab.web.http.Exchange;
import io.rolluplab.web.http.Reply;
import io.rolluplab.web.http.Router;
import io.rolluplab.web.http.Routes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Controls page: buttons for {@link ControlsApi}'s controls (mine, fast-forward, pause and
 * resume each role, the teaching faults), each a plain HTML form, so they work without JavaScript.
 */
public final class ControlsPage implements Routes {
  public static final String ROUTE = "/controls";

  private final Lab lab;

  public ControlsPage(final Lab lab) {
    this.lab = lab;
  }

  @Override
  public void register(final Router router) {
    router.page(ROUTE, this::page);
  }

  /** A role's row: its name, its state, whether it is paused. */
  public record RoleRow(String name, String state, boolean paused) {}

  /** A rollup's roles. */
  public record RollupControls(String id, String title, List<RoleRow> roles) {}

  /** A fault's card: the fault, and a button per rollup of the lab it applies to. */
  public record FaultCard(FaultCatalog.Entry fault, List<FaultTarget> targets) {}

  /** Whether the fault is on in one rollup ({@code detail} says how). */
  public record FaultTarget(String rollup, String title, boolean on, String detail) {}

  private Reply page(final Exchange exchange) {
    final List<RollupControls> rollups = new ArrayList<>();
    lab.rollups().forEach((id, node) -> rollups.add(controls(id, node)));
    return Reply.page("controls", Map.of(
        "rollups", rollups,
        "faults", faultCards(),
        "l1Head", lab.devnet().latestBlock().number(),
        "fastForwards", List.of(
            new FastForward("1 hour", 3_600),
            new FastForward("1 day", 86_400),
            new FastForward("7 days + 1 hour: past the challenge window", 7 * 86_400 + 3_600))));
  }

  /** A fast-forward button: its label and the seconds it moves the clock. */
  public record FastForward(String label, long seconds) {}

  private static RollupControls controls(final String id, final RollupNode node) {
    final List<RoleRow> roles = new ArrayList<>();
    final List<String> paused = node.pausedRoles();
    node.roleStates().forEach((role, state) -> roles.add(new RoleRow(role, state, paused.contains(role))));
    return new RollupControls(id, Lab.titleOf(node.mode()), roles);
  }

  private List<FaultCard> faultCards() {
    final List<FaultCard> cards = new ArrayList<>();
    for (final FaultCatalog.Entry fault : FaultCatalog.entries()) {
      final List<FaultTarget> targets = new ArrayList<>();
      lab.rollups().forEach((id, node) -> FaultCatalog.armed(node.mode(), node.faults().settings()).stream()
          .filter(armed -> armed.fault().equals(fault.fault()))
          .forEach(armed -> targets.add(new FaultTarget(id, Lab.titleOf(node.mode()), armed.on(), armed.detail()))));
      cards.add(new FaultCard(fault, targets));
    }
    return cards;
  }
}
