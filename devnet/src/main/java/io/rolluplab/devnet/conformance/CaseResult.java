package io.rolluplab.devnet.conformance;

/**
 * The result of one case, as the report lists it.
 *
 * @param name {@code relative/path/file.json/testName[Cancun#i]}, or just the file for a file that
 *     could not be read
 * @param folder the fixture file's folder relative to the root, for per-folder figures
 * @param detail for a failure the first difference, for a skip its reason, else null
 */
public record CaseResult(String name, String folder, Status status, String detail) {
  public enum Status {
    PASSED,
    FAILED,
    SKIPPED
  }
}
