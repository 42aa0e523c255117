package io.rolluplab.web.browser;

import java.time.Duration;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Step mode as a person drives it in the browser: wait for the panel's "Next step" to offer a step,
 * click it, and read back from the panel which step was taken.
 */
final class Steps {
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  /** A click is answered and the panel re-rendered well within this; after it, click again. */
  private static final Duration RETRY_AFTER = Duration.ofSeconds(8);

  private final WebDriver page;

  Steps(final WebDriver page) {
    this.page = page;
  }

  /**
   * Clicks "Next step" once a step waits (the panel re-renders itself when one appears), and waits
   * until the panel says the step was taken; clicks again if nothing happened, since a click can
   * land on a panel that a live update was replacing.
   *
   * @return the sentence of the step taken, as the panel then says ("Just done: …")
   */
  String next() {
    final String before = waitFor(this::lastTaken); // a live update may be replacing the panel right now
    final long[] clickedAt = {0};
    return waitFor(() -> {
      if (!lastTaken().equals(before)) {
        return page.findElement(By.id("last-step")).getText();
      }
      final WebElement button = page.findElement(By.id("next-step"));
      if (button.isEnabled() && System.nanoTime() - clickedAt[0] > RETRY_AFTER.toNanos()) {
        button.click();
        clickedAt[0] = System.nanoTime();
      }
      return null;
    });
  }

  /** The number of the step the panel says was taken last ("0" before the first). */
  private String lastTaken() {
    return page.findElement(By.id("step-mode")).getAttribute("data-last");
  }

  /** Waits until {@code check} gives a value other than null or false, ignoring elements being re-rendered. */
  <T> T waitFor(final Supplier<T> check) {
    return new WebDriverWait(page, PATIENCE).ignoring(StaleElementReferenceException.class)
        .ignoring(NoSuchElementException.class).until(driver -> check.get());
  }
}
