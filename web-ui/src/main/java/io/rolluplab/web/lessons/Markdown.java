package io.rolluplab.web.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of Markdown the lessons use, read into {@link Block}s: headings ({@code #} to
 * {@code ####}), paragraphs, lists ({@code -} or {@code 1.}, one level, an item may run on over
 * indented lines), fenced code blocks with a language, tables, block quotes and
 * {@code <details><summary>…</summary> … </details>}, each tag on a line of its own. Nothing else
 * is special: any other HTML is text, and the renderer escapes it. The lesson tests read the same
 * blocks, so the commands a learner sees are the ones the tests run.
 */
public final class Markdown {
  private static final Pattern HEADING = Pattern.compile("(#{1,4}) +(.+)");
  private static final Pattern BULLET = Pattern.compile("- +(.*)");
  private static final Pattern NUMBERED = Pattern.compile("(\\d+)\\. +(.*)");
  private static final Pattern FENCE = Pattern.compile("```([\\w-]*)\\s*");
  private static final Pattern SUMMARY = Pattern.compile("<summary>(.*)</summary>");

  /** One block of a document. */
  public sealed interface Block {}

  public record Heading(int level, String text) implements Block {}

  public record Paragraph(String text) implements Block {}

  /**
   * A list; each item is inline text.
   *
   * @param start the number of an ordered list's first item (questions between answers go on counting)
   */
  public record ListBlock(boolean ordered, int start, List<String> items) implements Block {}

  /** A fenced code block; {@code language} is what follows the opening fence ("" if nothing). */
  public record Code(String language, String text) implements Block {}

  public record Table(List<String> header, List<List<String>> rows) implements Block {}

  public record Quote(List<Block> blocks) implements Block {}

  /** A collapsed section: {@code summary} is shown, {@code blocks} only when the reader opens it. */
  public record Details(String summary, List<Block> blocks) implements Block {}

  private final List<String> lines;
  private int next;

  private Markdown(final List<String> lines) {
    this.lines = lines;
  }

  /**
   * Reads a document.
   *
   * @throws IllegalArgumentException naming the line of an unclosed code block or {@code <details>}
   */
  public static List<Block> parse(final String text) {
    final Markdown reader = new Markdown(List.of(text.replace("\r\n", "\n").split("\n", -1)));
    return reader.blocks(false);
  }

  /**
   * True if {@code blocks[i]} is the answer a command should give: a {@code json} block right after
   * an {@code sh} block. The page shows it as such and the lesson's test checks the command's answer
   * against it.
   */
  public static boolean isExpectedAnswer(final List<Block> blocks, final int i) {
    return i > 0 && blocks.get(i) instanceof Code answer && answer.language().equals("json")
        && blocks.get(i - 1) instanceof Code command && command.language().equals("sh");
  }

  /** Every code block of the document in order, including those inside quotes and details. */
  public static List<Code> codeBlocks(final List<Block> blocks) {
    final List<Code> found = new ArrayList<>();
    for (final Block block : blocks) {
      if (block instanceof Code code) {
        found.add(code);
      } else if (block instanceof Details details) {
        found.addAll(codeBlocks(details.blocks()));
      } else if (block instanceof Quote quote) {
        found.addAll(codeBlocks(quote.blocks()));
      }
    }
    return found;
  }

  private List<Block> blocks(final boolean insideDetails) {
    final List<Block> blocks = new ArrayList<>();
    final int start = next;
    while (next < lines.size()) {
      final String line = lines.get(next);
      final String trimmed = line.trim();
      if (trimmed.isEmpty()) {
        next++;
      } else if (trimmed.equals("</details>")) {
        if (!insideDetails) {
          throw new IllegalArgumentException("line " + (next + 1) + ": </details> without a <details> above it");
        }
        next++;
        return blocks;
      } else if (trimmed.equals("<details>")) {
        blocks.add(details());
      } else if (FENCE.matcher(trimmed).matches() && line.startsWith("```")) {
        blocks.add(code());
      } else if (HEADING.matcher(line).matches()) {
        final Matcher heading = HEADING.matcher(line);
        heading.matches();
        blocks.add(new Heading(heading.group(1).length(), heading.group(2).trim()));
        next++;
      } else if (line.startsWith(">")) {
        blocks.add(quote());
      } else if (line.startsWith("|") && next + 1 < lines.size() && lines.get(next + 1).trim().matches("\\|[-:| ]+\\|")) {
        blocks.add(table());
      } else if (BULLET.matcher(line).matches() || NUMBERED.matcher(line).matches()) {
        blocks.add(list());
      } else {
        blocks.add(paragraph());
      }
    }
    if (insideDetails) {
      throw new IllegalArgumentException("line " + start + ": <details> is never closed: add </details> on a line of "
          + "its own");
    }
    return blocks;
  }

  private Details details() {
    final int opened = next + 1;
    next++;
    while (next < lines.size() && lines.get(next).isBlank()) {
      next++;
    }
    final Matcher summary = next < lines.size() ? SUMMARY.matcher(lines.get(next).trim()) : null;
    if (summary == null || !summary.matches()) {
      throw new IllegalArgumentException("line " + opened + ": <details> must be followed by a line "
          + "<summary>…</summary>");
    }
    next++;
    return new Details(summary.group(1).trim(), blocks(true));
  }

  private Code code() {
    final int opened = next + 1;
    final Matcher fence = FENCE.matcher(lines.get(next).trim());
    fence.matches();
    next++;
    final StringBuilder text = new StringBuilder();
    while (next < lines.size() && !lines.get(next).trim().equals("```")) {
      text.append(lines.get(next)).append('\n');
      next++;
    }
    if (next == lines.size()) {
      throw new IllegalArgumentException("line " + opened + ": the code block is never closed: add ``` on a line of "
          + "its own");
    }
    next++;
    return new Code(fence.group(1), text.toString());
  }

  private Quote quote() {
    final StringBuilder inner = new StringBuilder();
    while (next < lines.size() && lines.get(next).startsWith(">")) {
      final String line = lines.get(next);
      inner.append(line.startsWith("> ") ? line.substring(2) : line.substring(1)).append('\n');
      next++;
    }
    return new Quote(parse(inner.toString()));
  }

  private Table table() {
    final List<String> header = cells(lines.get(next));
    next += 2;
    final List<List<String>> rows = new ArrayList<>();
    while (next < lines.size() && lines.get(next).startsWith("|")) {
      rows.add(cells(lines.get(next)));
      next++;
    }
    return new Table(header, rows);
  }

  /** The cells of {@code | a | b |}; a {@code |} inside {@code `code`} does not split a cell. */
  private static List<String> cells(final String row) {
    final String inner = row.trim().substring(1, row.trim().endsWith("|") ? row.trim().length() - 1 : row.trim().length());
    final List<String> cells = new ArrayList<>();
    final StringBuilder cell = new StringBuilder();
    boolean inCode = false;
    for (final char c : inner.toCharArray()) {
      if (c == '`') {
        inCode = !inCode;
      }
      if (c == '|' && !inCode) {
        cells.add(cell.toString().trim());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString().trim());
    return cells;
  }

  private ListBlock list() {
    final Matcher first = NUMBERED.matcher(lines.get(next));
    final boolean ordered = first.matches();
    final int start = ordered ? Integer.parseInt(first.group(1)) : 1;
    final Pattern marker = ordered ? NUMBERED : BULLET;
    final List<String> items = new ArrayList<>();
    while (next < lines.size()) {
      final Matcher item = marker.matcher(lines.get(next));
      if (item.matches()) {
        items.add(item.group(item.groupCount()).trim());
      } else if (!items.isEmpty() && lines.get(next).startsWith("  ") && !lines.get(next).isBlank()) {
        items.set(items.size() - 1, items.get(items.size() - 1) + " " + lines.get(next).trim());
      } else {
        break;
      }
      next++;
    }
    return new ListBlock(ordered, start, items);
  }

  /** Lines up to the next blank line or block; the first is taken whatever it starts with. */
  private Paragraph paragraph() {
    final StringBuilder text = new StringBuilder(lines.get(next).trim());
    next++;
    while (next < lines.size()) {
      final String line = lines.get(next);
      final String trimmed = line.trim();
      if (trimmed.isEmpty() || (line.startsWith("```") && FENCE.matcher(trimmed).matches())
          || HEADING.matcher(line).matches() || line.startsWith(">") || line.startsWith("|")
          || BULLET.matcher(line).matches() || NUMBERED.matcher(line).matches()
          || trimmed.equals("<details>") || trimmed.equals("</details>")) {
        break;
      }
      text.append(text.isEmpty() ? "" : " ").append(trimmed);
      next++;
    }
    return new Paragraph(text.toString());
  }
}
