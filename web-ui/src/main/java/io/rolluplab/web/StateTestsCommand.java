package io.rolluplab.web;

import io.rolluplab.devnet.conformance.StateTestRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rollup-lab state-tests DIR}: runs Ethereum's GeneralStateTests fixtures under DIR on the
 * devnet's EVM and ends with {@code N passed, N failed, N skipped}.
 */
@Command(name = "state-tests",
    description = "Runs the Cancun entries of the Ethereum state-test fixtures under DIR and reports "
        + "each failure with its first difference.")
final class StateTestsCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DIR",
      description = "A folder of state-test JSON fixtures, e.g. ../shared/ethereum-tests/GeneralStateTests.")
  Path dir;

  @Option(names = "--filter", paramLabel = "REGEX",
      description = "Run only cases whose name (path/file.json/test[Cancun#i]) contains a match.")
  String filter;

  @Option(names = "--verbose", description = "Print the transaction and our post-state under each failure.")
  boolean verbose;

  @Override
  public Integer call() {
    if (!Files.isDirectory(dir)) {
      System.err.println(dir + " is not a folder: pass the folder that holds the fixture JSON files.");
      return 2;
    }
    return StateTestRunner.run(dir, System.out, filter, verbose);
  }
}
