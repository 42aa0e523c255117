package io.rolluplab.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.DevnetConfig;
import io.rolluplab.web.Lab;
import io.rolluplab.web.WebServer;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The lessons as a student reads them: the list, a lesson, an answer opened on request. */
class LessonsBrowserTest {
  @AutoClose private Devnet devnet;
  @AutoClose private WebServer server;
  @AutoClose private Browser browser;

  @BeforeEach
  void start() throws Exception {
    devnet = Devnet.start(DevnetConfig.defaults());
    server = WebServer.start(Lab.devnetOnly(devnet), 0);
    browser = Browser.start();
  }

  @Test
  void aStudentOpensALessonAndAnAnswerOnlyWhenAsking() throws Exception {
    final WebDriver page = browser.driver();
    page.get(server.url() + "lessons");
    assertThat(page.findElements(By.cssSelector("ol.lessons li"))).hasSize(9);
    browser.screenshot("lessons-list");

    page.findElement(By.partialLinkText("Your first L2 transaction")).click();
    assertThat(page.getTitle()).isEqualTo("Your first L2 transaction · Rollup Lab");
    final List<WebElement> answers = page.findElements(By.cssSelector("article.lesson details"));
    assertThat(answers).hasSize(3);
    final WebElement firstAnswer = answers.get(0).findElement(By.tagName("p"));
    assertThat(firstAnswer.isDisplayed()).as("folded until asked").isFalse();
    browser.screenshot("lesson-page");

    answers.get(0).findElement(By.tagName("summary")).click();
    assertThat(firstAnswer.isDisplayed()).isTrue();
    assertThat(page.findElement(By.cssSelector("a.lab-link[href='/bridge']")).getAttribute("target"))
        .as("a lab page opens beside the lesson").isEqualTo("_blank");
    browser.screenshot("lesson-answer-open");
  }
}
