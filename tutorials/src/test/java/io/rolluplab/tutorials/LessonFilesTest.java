package io.rolluplab.tutorials;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.web.lessons.Lesson;
import io.rolluplab.web.lessons.Markdown.Block;
import io.rolluplab.web.lessons.Markdown.Details;
import io.rolluplab.web.lessons.Markdown.Heading;
import io.rolluplab.web.lessons.Markdown.ListBlock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The lessons as a whole: the list the UI reads names every lesson file in order, each lesson has
 * the parts every lesson promises, and each has a test that replays it.
 */
class LessonFilesTest {
  /** The sections every lesson has, in this order. */
  private static final List<String> SECTIONS = List.of("Goals", "Before you start", "Steps",
      "What you should observe", "Questions", "How real systems do it");

  private static List<String> listed() throws IOException {
    return Files.readAllLines(LessonScript.LESSONS.resolve("lessons.txt")).stream().map(String::trim)
        .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
  }

  @Test
  void theListNamesEveryLessonFileInCourseOrder() throws IOException {
    final List<String> files;
    try (Stream<Path> dir = Files.list(LessonScript.LESSONS)) {
      files = dir.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".md")).sorted().toList();
    }

    assertThat(listed()).containsExactlyElementsOf(files).hasSize(9);
  }

  @Test
  void everyLessonHasItsSectionsAndEveryQuestionAnAnswerToOpen() throws IOException {
    for (final String file : listed()) {
      final Lesson lesson = LessonScript.read(file).lesson();
      final List<String> sections = lesson.blocks().stream()
          .filter(block -> block instanceof Heading heading && heading.level() == 2)
          .map(block -> ((Heading) block).text()).filter(SECTIONS::contains).toList();
      assertThat(sections).as("the sections of %s", file).containsExactlyElementsOf(SECTIONS);
      final int questions = questionsOf(lesson.blocks());
      final long answers = lesson.blocks().stream().filter(Details.class::isInstance).count();
      assertThat(answers).as("answers in <details> in %s", file).isEqualTo(questions).isGreaterThanOrEqualTo(3);
    }
  }

  /** The numbered questions: paragraphs starting with "N. " between the Questions heading and the next. */
  private static int questionsOf(final List<Block> blocks) {
    int count = 0;
    boolean inQuestions = false;
    for (final Block block : blocks) {
      if (block instanceof Heading heading && heading.level() == 2) {
        inQuestions = heading.text().equals("Questions");
      } else if (inQuestions && block instanceof ListBlock list && list.ordered()) {
        count += list.items().size();
      }
    }
    return count;
  }

  @Test
  void everyLessonHasATestThatReplaysIt() throws IOException {
    final List<String> tests = Arrays.stream(Path.of("src/test/java/io/rolluplab/tutorials").toFile().list())
        .filter(name -> name.matches("Lesson\\d{2}\\w+Test\\.java")).toList();
    for (final String file : listed()) {
      final String number = file.substring(0, 2);
      assertThat(tests).as("a test for %s", file).anySatisfy(test -> {
        assertThat(test).startsWith("Lesson" + number);
        assertThat(Files.readString(Path.of("src/test/java/io/rolluplab/tutorials", test))).contains('"' + file + '"');
      });
    }
  }
}
