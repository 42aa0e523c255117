package io.rolluplab.rollup.contracts;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code devnet/scripts/compile-contracts.js} with the solc version pinned in that folder's
 * package-lock.json, the same script a developer runs by hand. Node.js must be installed; the
 * pinned solc is installed with {@code npm ci} when it is missing or another version.
 */
final class PinnedSolc {
  private final Path repo;
  private final Path scripts;

  private PinnedSolc(final Path repo) {
    this.repo = repo;
    this.scripts = repo.resolve("devnet/scripts");
  }

  /** Finds the repository from the working directory (Maven runs tests in the module folder). */
  static PinnedSolc inThisRepository() throws IOException, InterruptedException {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("devnet/scripts/compile-contracts.js"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      fail("devnet/scripts/compile-contracts.js not found above " + Path.of("").toAbsolutePath());
    }
    final PinnedSolc solc = new PinnedSolc(dir);
    solc.requireNode();
    solc.installIfNeeded();
    return solc;
  }

  Path repo() {
    return repo;
  }

  /** Compiles {@code sourceDir} (relative to the repository) into {@code outDir}. */
  void compile(final String sourceDir, final Path outDir) throws IOException, InterruptedException {
    run(scripts, "node", "compile-contracts.js", repo.resolve(sourceDir).toString(), outDir.toString());
  }

  private void requireNode() throws InterruptedException {
    try {
      run(scripts, "node", "--version");
    } catch (IOException e) {
      fail("Node.js is not installed, but the contract artifacts can only be checked by compiling the "
          + "sources with the pinned solc from npm. Install Node.js 20 or newer (with npm) and run the "
          + "tests again. (" + e.getMessage() + ")");
    }
  }

  private void installIfNeeded() throws IOException, InterruptedException {
    final String pinned = pinnedVersion();
    final Path installed = scripts.resolve("node_modules/solc/package.json");
    if (!Files.exists(installed) || !Files.readString(installed).contains("\"version\": \"" + pinned + "\"")) {
      run(scripts, "npm", "ci", "--no-audit", "--no-fund");
    }
  }

  /** The solc version in package.json, which --save-exact wrote without a range. */
  private String pinnedVersion() throws IOException {
    final String json = Files.readString(scripts.resolve("package.json"));
    final Matcher m = Pattern.compile("\"solc\"\\s*:\\s*\"([0-9.]+)\"").matcher(json);
    if (!m.find()) {
      fail("devnet/scripts/package.json must pin solc to an exact version, e.g. \"solc\": \"0.8.28\"");
    }
    return m.group(1);
  }

  private static void run(final Path dir, final String... command) throws IOException, InterruptedException {
    final Path log = Files.createTempFile("solc", ".log");
    try {
      final Process process = new ProcessBuilder(command).directory(dir.toFile())
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        fail(String.join(" ", command) + " did not finish within 5 minutes");
      }
      if (process.exitValue() != 0) {
        fail(String.join(" ", command) + " failed with exit code " + process.exitValue() + ":\n"
            + Files.readString(log, StandardCharsets.UTF_8));
      }
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
