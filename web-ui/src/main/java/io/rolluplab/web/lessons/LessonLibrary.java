package io.rolluplab.web.lessons;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lessons, read once from the class path: the build copies {@code tutorials/lessons/} to
 * {@code lessons/} (web-ui's pom), and {@code lessons/lessons.txt} lists the files in course order
 * (a jar cannot list a directory; the tutorials' tests check that the list and the directory agree).
 */
public final class LessonLibrary {
  /** The list of lesson files on the class path. */
  public static final String INDEX = "lessons/lessons.txt";

  private final List<Lesson> lessons;

  private LessonLibrary(final List<Lesson> lessons) {
    this.lessons = List.copyOf(lessons);
  }

  /**
   * Reads every lesson the index lists.
   *
   * @throws IllegalStateException if the index or a lesson it names is missing, or a lesson is malformed
   */
  public static LessonLibrary fromClassPath() {
    final List<Lesson> lessons = new ArrayList<>();
    for (final String line : read(INDEX).split("\n")) {
      final String fileName = line.trim();
      if (!fileName.isEmpty() && !fileName.startsWith("#")) {
        lessons.add(Lesson.read(fileName, read("lessons/" + fileName)));
      }
    }
    return new LessonLibrary(lessons);
  }

  private static String read(final String resource) {
    try (InputStream in = LessonLibrary.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the class path: web-ui's build copies "
            + "tutorials/lessons/ there; run mvn package from the project's root");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + resource, e);
    }
  }

  /** In course order. */
  public List<Lesson> all() {
    return lessons;
  }

  public Optional<Lesson> bySlug(final String slug) {
    return lessons.stream().filter(lesson -> lesson.slug().equals(slug)).findFirst();
  }
}
