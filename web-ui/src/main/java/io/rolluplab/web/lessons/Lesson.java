package io.rolluplab.web.lessons;

import io.rolluplab.web.lessons.Markdown.Block;
import io.rolluplab.web.lessons.Markdown.Heading;
import io.rolluplab.web.lessons.Markdown.Paragraph;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One lesson of {@code tutorials/lessons/}: the file {@code NN-slug.md}, whose first line is its
 * {@code # title} and whose first paragraph says what it is about.
 *
 * @param number its place in the course, from the file name
 * @param slug its name in URLs ({@code /lessons/{slug}})
 * @param markdown the text as written
 * @param blocks the text as read by {@link Markdown}
 */
public record Lesson(int number, String slug, String title, String summary, String markdown, List<Block> blocks) {
  private static final Pattern FILE_NAME = Pattern.compile("(\\d{2})-([a-z0-9-]+)\\.md");

  /**
   * Reads a lesson.
   *
   * @throws IllegalArgumentException if the file name or the text does not have the lesson's shape, saying which
   */
  public static Lesson read(final String fileName, final String markdown) {
    final Matcher name = FILE_NAME.matcher(fileName);
    if (!name.matches()) {
      throw new IllegalArgumentException("lesson file " + fileName + ": name it NN-slug.md (two digits, then lower "
          + "case words joined by -)");
    }
    final List<Block> blocks;
    try {
      blocks = Markdown.parse(markdown);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("lesson file " + fileName + ", " + e.getMessage(), e);
    }
    if (blocks.isEmpty() || !(blocks.get(0) instanceof Heading title) || title.level() != 1) {
      throw new IllegalArgumentException("lesson file " + fileName + ": start it with its title, a line \"# Title\"");
    }
    final String summary = blocks.stream().filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text())
        .findFirst().orElseThrow(() -> new IllegalArgumentException("lesson file " + fileName
            + ": a lesson needs a paragraph saying what it is about"));
    return new Lesson(Integer.parseInt(name.group(1)), name.group(2), title.text(), summary, markdown, blocks);
  }

  /** The lesson below its title and summary, as HTML (the page prints those itself). */
  public String bodyHtml() {
    final int from = blocks.size() > 1 && blocks.get(1) instanceof Paragraph ? 2 : 1;
    return HtmlRenderer.render(blocks.subList(from, blocks.size()));
  }

  /** The summary as HTML: it may hold {@code `code`} and links like any paragraph. */
  public String summaryHtml() {
    final StringBuilder html = new StringBuilder();
    HtmlRenderer.inline(summary, html);
    return html.toString();
  }
}
