package io.rolluplab.tutorials;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks an answer against the one a lesson shows after a command (a {@code json} block). The
 * shown answer may leave things out, so it reads as a pattern:
 * <ul>
 *   <li>an object matches if each of its keys is in the answer with a matching value (the answer may have more);
 *   <li>an array matches if each of its elements matches a different element of the answer, in order;
 *   <li>in a string, {@code …} stands for any text ({@code "0x…"} is any string starting with 0x), and the string
 *       {@code "…"} alone for any value at all;
 *   <li>numbers, booleans and null must be equal.
 * </ul>
 */
final class AnswerMatcher {
  static final String ANY = "…";

  private AnswerMatcher() {}

  /** Why {@code actual} does not match {@code expected}, or empty if it does. */
  static Optional<String> mismatch(final JsonNode expected, final JsonNode actual) {
    return mismatch("$", expected, actual);
  }

  private static Optional<String> mismatch(final String path, final JsonNode expected, final JsonNode actual) {
    if (expected.isTextual() && expected.asText().contains(ANY)) {
      if (expected.asText().equals(ANY)) {
        return Optional.empty();
      }
      final boolean ok = actual != null && actual.isTextual() && wildcard(expected.asText()).matcher(actual.asText())
          .matches();
      return ok ? Optional.empty() : Optional.of(path + ": expected " + expected + ", got " + actual);
    }
    if (actual == null || actual.isMissingNode()) {
      return Optional.of(path + ": missing (expected " + expected + ")");
    }
    if (expected.isObject()) {
      if (!actual.isObject()) {
        return Optional.of(path + ": expected an object, got " + actual);
      }
      final Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
      while (fields.hasNext()) {
        final Map.Entry<String, JsonNode> field = fields.next();
        final Optional<String> inner = mismatch(path + "." + field.getKey(), field.getValue(),
            actual.get(field.getKey()));
        if (inner.isPresent()) {
          return inner;
        }
      }
      return Optional.empty();
    }
    if (expected.isArray()) {
      if (!actual.isArray()) {
        return Optional.of(path + ": expected an array, got " + actual);
      }
      int from = 0;
      for (int e = 0; e < expected.size(); e++) {
        final List<String> misses = new ArrayList<>();
        int found = -1;
        for (int a = from; a < actual.size() && found < 0; a++) {
          final Optional<String> miss = mismatch(path + "[" + a + "]", expected.get(e), actual.get(a));
          if (miss.isEmpty()) {
            found = a;
          } else {
            misses.add(miss.get());
          }
        }
        if (found < 0) {
          return Optional.of(path + ": no element after [" + (from - 1) + "] matches " + expected.get(e)
              + (misses.isEmpty() ? "" : "; the nearest: " + misses.get(0)));
        }
        from = found + 1;
      }
      return Optional.empty();
    }
    return expected.equals(actual) ? Optional.empty()
        : Optional.of(path + ": expected " + expected + ", got " + actual);
  }

  private static Pattern wildcard(final String text) {
    return Pattern.compile(Arrays.stream(text.split(ANY, -1)).map(Pattern::quote)
        .collect(Collectors.joining("(?s:.*)")));
  }
}
