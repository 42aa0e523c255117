package io.rolluplab.web;

import io.rolluplab.devnet.bench.EvmBench;
import io.rolluplab.devnet.bench.SignatureBench;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rollup-lab bench}: prints the EVM's throughput in Mgas/s (see {@link EvmBench}) and the
 * cost of a secp256k1 signature and of its recovery, web3j's and the devnet's own ({@link SignatureBench}).
 */
@Command(name = "bench", description = "Measures EVM throughput in Mgas/s on a keccak loop and ERC-20 transfers, "
    + "and µs per secp256k1 signature and recovery (web3j and the devnet's own).")
final class BenchCommand implements Callable<Integer> {

  @Option(names = "--rounds", defaultValue = "10", paramLabel = "N",
      description = "Timed rounds per workload, after 3 warm-up rounds. Default: ${DEFAULT-VALUE}.")
  int rounds;

  @Override
  public Integer call() throws Exception {
    if (rounds < 1) {
      System.err.println("--rounds must be at least 1, got " + rounds);
      return 2;
    }
    new EvmBench(System.out).run(rounds);
    new SignatureBench(System.out).run(rounds);
    return 0;
  }
}
