package io.rolluplab.devnet.evm.operation;

import io.rolluplab.devnet.evm.frame.Frame;
import io.rolluplab.devnet.evm.frame.HaltReason;
import io.rolluplab.devnet.evm.gas.GasSchedule;
import io.rolluplab.devnet.types.Log;
import io.rolluplab.devnet.types.UInt256;
import java.util.ArrayList;
import java.util.List;

/** LOG0–LOG4: emit an event with 0–4 indexed topics and a memory range as data. */
final class LogOps {
  private LogOps() {}

  static Executor log(final int topicCount) {
    return f -> {
      if (f.isStatic()) {
        f.halt(HaltReason.STATIC_STATE_CHANGE);
        return;
      }
      final long offset = f.stack.peekLongSaturated(0);
      final long length = f.stack.peekLongSaturated(1);
      final GasSchedule g = f.gasSchedule();
      final long dataCost = length > Long.MAX_VALUE / g.logPerDataByte() ? Long.MAX_VALUE : g.logPerDataByte() * length;
      if (!f.useGas(g.logPerTopic() * topicCount) || !f.useGas(dataCost) || !f.expandMemory(offset, length)) {
        return;
      }
      f.stack.pop(2);
      final List<UInt256> topics = new ArrayList<>(topicCount);
      for (int i = 0; i < topicCount; i++) {
        topics.add(f.stack.popWord());
      }
      final Log log = new Log(f.address(), List.copyOf(topics), f.memory.read(offset, length));
      f.world().addLog(log);
      f.env.tracer().onLog(log);
    };
  }
}
