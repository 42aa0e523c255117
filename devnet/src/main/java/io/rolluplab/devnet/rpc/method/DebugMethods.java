package io.rolluplab.devnet.rpc.method;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.StateUnavailableException;
import io.rolluplab.devnet.rpc.HexCodec;
import io.rolluplab.devnet.rpc.Param;
import io.rolluplab.devnet.rpc.Params;
import io.rolluplab.devnet.rpc.RpcException;
import io.rolluplab.devnet.rpc.RpcMethods;
import io.rolluplab.devnet.tx.TransactionResult;
import java.util.List;

/**
 * {@code debug_traceTransaction}: re-executes a mined transaction on the state before it and
 * returns every instruction it ran (geth's struct logs). Only the default tracer is offered; the
 * option {@code disableStack} is honoured.
 */
public final class DebugMethods {
  public static final String TRACE_TRANSACTION = "debug_traceTransaction";

  private final Devnet devnet;

  public DebugMethods(final Devnet devnet) {
    this.devnet = devnet;
  }

  /** geth's answer: gas used, whether it failed, what it returned, and the steps. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Trace(long gas, boolean failed, String returnValue, List<StructLogger.StructLog> structLogs,
      String warning) {}

  public void addTo(final RpcMethods methods) {
    methods.add(TRACE_TRANSACTION, 2, this::traceTransaction);
  }

  private Object traceTransaction(final Params p) throws RpcException {
    final byte[] hash = p.get(0, "transaction hash").asHash();
    final Param options = p.get(1, "tracer options");
    if (!options.field("tracer").isMissing()) {
      throw RpcException.invalidParams("invalid params: only the default struct-log tracer is available; "
          + "leave out \"tracer\" (got " + options.field("tracer").asText("a tracer name") + ")");
    }
    final boolean disableStack = !options.field("disableStack").isMissing() && options.field("disableStack").asBoolean();
    final StructLogger logger = new StructLogger(!disableStack);
    final TransactionResult result;
    try {
      result = devnet.trace(hash, logger).orElseThrow(
          () -> RpcException.server("transaction " + HexCodec.data(hash) + " not found: it is not in any block "
              + "(pending transactions cannot be traced yet)"));
    } catch (StateUnavailableException e) {
      throw RpcException.server(e.getMessage());
    }
    final String warning = logger.truncated()
        ? "only the first " + StructLogger.MAX_STEPS + " steps are recorded" : null;
    return new Trace(result.gasUsed(), !result.success(), HexCodec.data(result.output()), logger.logs(), warning);
  }
}
