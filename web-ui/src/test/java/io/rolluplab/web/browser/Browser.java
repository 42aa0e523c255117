package io.rolluplab.web.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for the browser tests. Both binaries are Debian's, given by path, so Selenium
 * Manager never goes online to fetch a browser or a driver: the tests run offline, on the Chromium
 * that {@code .ci/run} installs. A missing binary fails the test rather than skipping it, because a
 * skipped browser test would be counted as a pass.
 */
public final class Browser implements AutoCloseable {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  /** Relative to the module, where Surefire runs the tests: {@code web-ui/target/screenshots}. */
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final int WIDTH = 1280;

  private final ChromeDriver driver;
  private final Path profile;

  private Browser(final ChromeDriver driver, final Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts Chromium with the flags of ARCHITECTURE.md §6 and a fresh profile of its own. */
  public static Browser start() throws IOException {
    requireInstalled(CHROMIUM);
    requireInstalled(CHROMEDRIVER);
    final Path profile = Files.createTempDirectory("rollup-lab-chromium");
    final ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile,
        // A container's /dev/shm can be 64 MB, too small for Chromium's shared memory.
        "--disable-dev-shm-usage",
        // The same viewport on every machine, so screenshots compare.
        "--window-size=" + WIDTH + ",900");
    final ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    return new Browser(new ChromeDriver(service, options), profile);
  }

  private static void requireInstalled(final Path binary) {
    if (!Files.isExecutable(binary)) {
      throw new IllegalStateException(binary + " not found: the browser tests need Debian's Chromium;"
          + " run `apt-get install -y chromium chromium-driver` (as root)");
    }
  }

  /** The Selenium driver, to open pages and find elements. */
  public WebDriver driver() {
    return driver;
  }

  /**
   * Saves the whole page, not only the viewport, as {@code web-ui/target/screenshots/NAME.png}. It
   * asks Chromium's DevTools protocol directly, since WebDriver's screenshot stops at the window's edge.
   *
   * @return the PNG file written
   */
  public Path screenshot(final String name) throws IOException {
    final Object height = driver.executeScript("return document.documentElement.scrollHeight");
    final Map<String, Object> page = Map.of("x", 0, "y", 0, "width", WIDTH, "height", height, "scale", 1);
    final Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
        Map.of("format", "png", "captureBeyondViewport", true, "clip", page));
    Files.createDirectories(SCREENSHOTS);
    return Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
  }

  /** Quits Chromium and chromedriver and deletes the profile. */
  @Override
  public void close() throws IOException {
    driver.quit();
    try (Stream<Path> files = Files.walk(profile)) {
      for (final Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
