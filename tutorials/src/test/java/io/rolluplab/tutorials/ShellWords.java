package io.rolluplab.tutorials;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits one line of a lesson's {@code sh} block into words as a POSIX shell would, for the few
 * forms the lessons use: {@code 'single'} quotes (literal), {@code "double"} quotes and bare words
 * (both expand {@code $NAME} and {@code ${NAME}}; a backslash escapes the next character), words
 * glued from several quoted parts ({@code '{"a":"'$TX'"}'}), {@code $((NAME))} (a hex variable as a decimal
 * number, as the shell's arithmetic does), and an unquoted {@code |} or
 * {@code $(} / {@code )} as words of their own ({@link #PIPE}, {@link #OPEN_SUBSTITUTION},
 * {@link #CLOSE_SUBSTITUTION}).
 */
final class ShellWords {
  /** An unquoted {@code |}. */
  static final String PIPE = "\u0000|";
  /** An unquoted {@code $(}. */
  static final String OPEN_SUBSTITUTION = "\u0000$(";
  /** An unquoted {@code )}. */
  static final String CLOSE_SUBSTITUTION = "\u0000)";

  private final String line;
  private final Map<String, String> variables;
  private int i;

  private ShellWords(final String line, final Map<String, String> variables) {
    this.line = line;
    this.variables = variables;
  }

  /**
   * The words of {@code line} with its variables replaced by their values.
   *
   * @throws IllegalArgumentException for an unclosed quote or a variable the lesson has not set
   */
  static List<String> split(final String line, final Map<String, String> variables) {
    return new ShellWords(line, variables).words();
  }

  private List<String> words() {
    final List<String> words = new ArrayList<>();
    StringBuilder word = null;
    while (i < line.length()) {
      final char c = line.charAt(i);
      if (Character.isWhitespace(c)) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
        i++;
      } else if (c == '|' || c == ')' || (line.startsWith("$(", i) && !line.startsWith("$((", i))) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
        words.add(c == '|' ? PIPE : c == ')' ? CLOSE_SUBSTITUTION : OPEN_SUBSTITUTION);
        i += c == '$' ? 2 : 1;
      } else {
        if (word == null) {
          word = new StringBuilder();
        }
        if (c == '\'') {
          final int end = line.indexOf('\'', i + 1);
          if (end < 0) {
            throw new IllegalArgumentException("unclosed ' in: " + line);
          }
          word.append(line, i + 1, end);
          i = end + 1;
        } else if (c == '"') {
          doubleQuoted(word);
        } else if (c == '$') {
          word.append(variable());
        } else if (c == '\\' && i + 1 < line.length()) {
          word.append(line.charAt(i + 1));
          i += 2;
        } else {
          word.append(c);
          i++;
        }
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }

  private void doubleQuoted(final StringBuilder word) {
    i++;
    while (i < line.length() && line.charAt(i) != '"') {
      final char c = line.charAt(i);
      if (c == '$') {
        word.append(variable());
      } else if (c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
        word.append(line.charAt(i + 1));
        i += 2;
      } else {
        word.append(c);
        i++;
      }
    }
    if (i == line.length()) {
      throw new IllegalArgumentException("unclosed \" in: " + line);
    }
    i++;
  }

  /** {@code $NAME}, {@code ${NAME}}, or {@code $((NAME))}: the variable's number (hex or decimal) in decimal. */
  private String variable() {
    if (line.startsWith("$((", i)) {
      final int end = line.indexOf("))", i);
      if (end < 0) {
        throw new IllegalArgumentException("unclosed $(( in: " + line);
      }
      final String name = line.substring(i + 3, end).trim().replaceFirst("^\\$", "");
      final String value = variables.get(name);
      if (value == null) {
        throw new IllegalArgumentException("$" + name + " is used before a command of the lesson sets it: " + line);
      }
      i = end + 2;
      return value.startsWith("0x") ? new BigInteger(value.substring(2), 16).toString()
          : new BigInteger(value).toString();
    }
    final boolean braced = line.startsWith("${", i);
    int end = i + (braced ? 2 : 1);
    while (end < line.length() && (Character.isLetterOrDigit(line.charAt(end)) || line.charAt(end) == '_')) {
      end++;
    }
    final String name = line.substring(i + (braced ? 2 : 1), end);
    if (braced) {
      if (end == line.length() || line.charAt(end) != '}') {
        throw new IllegalArgumentException("unclosed ${ in: " + line);
      }
      end++;
    }
    if (name.isEmpty()) {
      i++;
      return "$";
    }
    final String value = variables.get(name);
    if (value == null) {
      throw new IllegalArgumentException("$" + name + " is used before a command of the lesson sets it: " + line);
    }
    i = end;
    return value;
  }
}
