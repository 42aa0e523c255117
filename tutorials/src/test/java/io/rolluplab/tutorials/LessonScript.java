package io.rolluplab.tutorials;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolluplab.web.lessons.Lesson;
import io.rolluplab.web.lessons.Markdown;
import io.rolluplab.web.lessons.Markdown.Block;
import io.rolluplab.web.lessons.Markdown.Code;
import io.rolluplab.web.lessons.Markdown.Details;
import io.rolluplab.web.lessons.Markdown.Quote;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lesson as its test replays it: every command line of its {@code sh} blocks, in the order a
 * learner meets them, each with the answer the lesson shows after it (a {@code json} block right
 * after the {@code sh} block belongs to the block's last command) and whether the learner is told to
 * repeat it ({@code # run this again until …} on a line before it). Lines ending in {@code \} go on
 * to the next line; other comments and blank lines are for the learner.
 */
final class LessonScript {
  /** Where the lessons are, seen from this module's directory (where Maven runs its tests). */
  static final Path LESSONS = Path.of("lessons");
  private static final Pattern REPEAT = Pattern.compile("#\\s*run (?:this|it) again until\\b.*");
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One command line of the lesson.
   *
   * @param line the command as the learner copies it
   * @param repeatUntilAnswer poll it until its answer matches {@code answer}, as the text tells the learner
   * @param answer the answer the lesson shows for it, if it shows one
   */
  record Step(String line, boolean repeatUntilAnswer, Optional<JsonNode> answer) {}

  private final Lesson lesson;
  private final List<Step> steps;
  /** Links to the lab's own pages ({@code /…}), in order. */
  private final List<String> labLinks;

  private LessonScript(final Lesson lesson, final List<Step> steps, final List<String> labLinks) {
    this.lesson = lesson;
    this.steps = steps;
    this.labLinks = labLinks;
  }

  /** Reads {@code lessons/FILE}. */
  static LessonScript read(final String fileName) {
    final String markdown;
    try {
      markdown = Files.readString(LESSONS.resolve(fileName));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the lesson " + LESSONS.resolve(fileName).toAbsolutePath(), e);
    }
    final Lesson lesson = Lesson.read(fileName, markdown);
    final List<Step> steps = new ArrayList<>();
    collect(lesson.blocks(), steps);
    return new LessonScript(lesson, List.copyOf(steps), links(markdown));
  }

  private static void collect(final List<Block> blocks, final List<Step> steps) {
    for (int i = 0; i < blocks.size(); i++) {
      final Block block = blocks.get(i);
      if (block instanceof Code code && code.language().equals("sh")) {
        final Optional<JsonNode> answer = i + 1 < blocks.size() && Markdown.isExpectedAnswer(blocks, i + 1)
            ? Optional.of(parse(((Code) blocks.get(i + 1)).text())) : Optional.empty();
        commands(code.text(), answer, steps);
      } else if (block instanceof Details details) {
        collect(details.blocks(), steps);
      } else if (block instanceof Quote quote) {
        collect(quote.blocks(), steps);
      }
    }
  }

  private static void commands(final String text, final Optional<JsonNode> answer, final List<Step> steps) {
    final List<Step> block = new ArrayList<>();
    boolean repeat = false;
    final StringBuilder line = new StringBuilder();
    for (final String raw : text.split("\n")) {
      final String trimmed = raw.trim();
      if (line.isEmpty() && trimmed.startsWith("#")) {
        repeat |= REPEAT.matcher(trimmed).matches();
        continue;
      }
      if (trimmed.endsWith("\\")) {
        line.append(trimmed, 0, trimmed.length() - 1).append(' ');
        continue;
      }
      line.append(trimmed);
      if (!line.toString().isBlank()) {
        block.add(new Step(line.toString().trim(), repeat, Optional.empty()));
        repeat = false;
      }
      line.setLength(0);
    }
    if (block.isEmpty()) {
      throw new IllegalArgumentException("an sh block without a command: " + text);
    }
    final Step last = block.remove(block.size() - 1);
    if (last.repeatUntilAnswer() && answer.isEmpty()) {
      throw new IllegalArgumentException("\"run this again until\" needs the answer shown after its block: "
          + last.line());
    }
    block.add(new Step(last.line(), last.repeatUntilAnswer(), answer));
    steps.addAll(block);
  }

  private static JsonNode parse(final String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("the answer shown after a command is not JSON: " + e.getMessage(), e);
    }
  }

  private static List<String> links(final String markdown) {
    final List<String> links = new ArrayList<>();
    final Matcher link = Pattern.compile("\\]\\((/[^)\\s]*)\\)").matcher(markdown);
    while (link.find()) {
      links.add(link.group(1));
    }
    return links;
  }

  Lesson lesson() {
    return lesson;
  }

  List<Step> steps() {
    return steps;
  }

  List<String> labLinks() {
    return labLinks;
  }
}
