package io.rolluplab.web;

import io.rolluplab.rollup.bench.RollupBench;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rollup-lab rollup-bench}: L2 transfers per second end to end (see {@link RollupBench}). */
@Command(name = "rollup-bench",
    description = "Measures L2 transfers per second end to end (signed, sequenced, batched, posted and executed on L1, "
        + "derived again by the proposer and the challenger, or the prover and the executor), with the L1 gas of each "
        + "phase per transfer and per batch, the time to finality and peak memory.")
final class RollupBenchCommand implements Callable<Integer> {

  @Option(names = "--mode", defaultValue = "both", paramLabel = "optimistic|zk|both",
      description = "The rollup mode to measure; both runs the optimistic one, then the zk one, each on its own "
          + "devnet. Default: ${DEFAULT-VALUE}.")
  LabMode mode;

  @Option(names = "--transfers", split = ",", defaultValue = "10000,100000", paramLabel = "N[,N...]",
      description = "Transfers of each run, one run per number. Default: ${DEFAULT-VALUE}.")
  List<Integer> transfers;

  @Option(names = "--senders", defaultValue = "1000", paramLabel = "N",
      description = "Accounts that send the transfers, funded by L1 deposits first. Default: ${DEFAULT-VALUE}.")
  int senders;

  @Option(names = "--batch-items", defaultValue = "100", paramLabel = "N",
      description = "The most items in one batch (and so in one L2 block). Default: ${DEFAULT-VALUE}.")
  int batchItems;

  @Option(names = "--warm-up", paramLabel = "N",
      description = "Transfers of an unmeasured run before each mode's measured runs, so that the JIT compiler has "
          + "compiled the hot code; 0 measures a cold JVM. Default: as many as the largest run of --transfers.")
  Integer warmUp;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Keep each run's rollup store on disk under DIR, as rollup-lab --data-dir does; without it the "
          + "store is in memory and every stored row counts towards the heap.")
  Path dataDir;

  @Override
  public Integer call() throws Exception {
    if (transfers.stream().anyMatch(n -> n < 1) || senders < 1 || batchItems < 1 || warmUp() < 0) {
      System.err.println("--transfers, --senders and --batch-items must be at least 1 and --warm-up at least 0, got "
          + transfers + ", " + senders + ", " + batchItems + " and " + warmUp());
      return 2;
    }
    new RollupBench(System.out).run(new RollupBench.Settings(
        mode.instances().stream().map(RollupInstance::mode).toList(), transfers, senders, batchItems, dataDir, warmUp()));
    return 0;
  }

  /** {@code --warm-up}, or without it as many transfers as the largest run (see RollupBench's warm-up). */
  int warmUp() {
    return warmUp != null ? warmUp : transfers.stream().max(Integer::compare).orElseThrow();
  }
}
