package io.rolluplab.tutorials;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One command of a lesson, read from its shell line: a {@code curl} request, optionally captured
 * into a variable by {@code NAME=$(curl … | sed -E 's/REGEX/\1/')} as a learner's shell would.
 * Only the curl options the lessons use are understood; any other fails the test with its name,
 * so a lesson cannot hold a command the test would run differently from a shell.
 *
 * @param capture the variable set from the answer, if any
 */
record Command(String method, String url, Map<String, String> headers, String body, Optional<Capture> capture) {
  private static final Pattern ASSIGNMENT = Pattern.compile("([A-Z_][A-Z0-9_]*)=");
  private static final Pattern SED = Pattern.compile("s/((?:[^/\\\\]|\\\\.)*)/((?:[^/\\\\]|\\\\.)*)/");

  /** {@code NAME=$(… | sed -E 's/REGEX/REPLACEMENT/')}: the variable and what sed makes of the answer. */
  record Capture(String variable, Pattern regex, String replacement) {
    /** What the learner's shell stores: sed's substitution applied to each line, trailing newlines dropped. */
    String apply(final String answer) {
      final List<String> lines = new ArrayList<>();
      for (final String line : answer.split("\n")) {
        lines.add(regex.matcher(line).replaceFirst(replacement));
      }
      return String.join("\n", lines).stripTrailing();
    }
  }

  /**
   * Reads one command line (continuation lines already joined).
   *
   * @throws IllegalArgumentException saying what in the line the test cannot run
   */
  static Command parse(final String line, final Map<String, String> variables) {
    final List<String> words = ShellWords.split(line, variables);
    final Matcher assignment = words.isEmpty() ? null : ASSIGNMENT.matcher(words.get(0));
    if (assignment != null && assignment.matches()) {
      return captured(assignment.group(1), words, line);
    }
    return curl(words, line, Optional.empty());
  }

  private static Command captured(final String variable, final List<String> words, final String line) {
    final int pipe = words.indexOf(ShellWords.PIPE);
    if (words.size() < 8 || !words.get(1).equals(ShellWords.OPEN_SUBSTITUTION) || pipe < 0
        || !words.subList(pipe + 1, words.size()).equals(List.of("sed", "-E", words.get(pipe + 3),
            ShellWords.CLOSE_SUBSTITUTION))) {
      throw new IllegalArgumentException("the tests run an assignment only in the form NAME=$(curl … | sed -E "
          + "'s/REGEX/\\1/'): " + line);
    }
    final Matcher sed = SED.matcher(words.get(pipe + 3));
    if (!sed.matches()) {
      throw new IllegalArgumentException("sed -E takes one s/REGEX/REPLACEMENT/ here: " + line);
    }
    final String replacement = sed.group(2).replace("$", "\\$").replaceAll("\\\\(\\d)", "\\$$1");
    return curl(words.subList(2, pipe), line,
        Optional.of(new Capture(variable, Pattern.compile(sed.group(1)), replacement)));
  }

  private static Command curl(final List<String> words, final String line, final Optional<Capture> capture) {
    if (words.isEmpty() || !words.get(0).equals("curl")) {
      throw new IllegalArgumentException("the tests run curl commands only; write other steps as text: " + line);
    }
    String method = null;
    String url = null;
    String body = null;
    final Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < words.size(); i++) {
      final String word = words.get(i);
      switch (word) {
        case "-s", "-sS", "-S" -> { }
        case "-X" -> method = argument(words, ++i, word, line);
        case "-H" -> {
          final String header = argument(words, ++i, word, line);
          final int colon = header.indexOf(':');
          if (colon < 1) {
            throw new IllegalArgumentException("-H needs 'Name: value': " + line);
          }
          headers.put(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
        }
        case "-d", "--data", "--data-raw" -> body = argument(words, ++i, word, line);
        default -> {
          if (word.startsWith("-") || word.startsWith("\u0000") || url != null) {
            throw new IllegalArgumentException("the tests do not know " + printable(word) + " in: " + line);
          }
          url = word;
        }
      }
    }
    if (url == null) {
      throw new IllegalArgumentException("curl without a URL: " + line);
    }
    // as curl: --data makes a POST
    final String verb = method != null ? method : body != null ? "POST" : "GET";
    return new Command(verb, url, headers, body, capture);
  }

  private static String argument(final List<String> words, final int i, final String option, final String line) {
    if (i >= words.size() || words.get(i).startsWith("\u0000")) {
      throw new IllegalArgumentException(option + " needs a value: " + line);
    }
    return words.get(i);
  }

  private static String printable(final String word) {
    return word.startsWith("\u0000") ? word.substring(1) : word;
  }
}
