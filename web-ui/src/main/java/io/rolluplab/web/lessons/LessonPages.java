package io.rolluplab.web.lessons;

import io.rolluplab.web.http.Exchange;
import io.rolluplab.web.http.HttpError;
import io.rolluplab.web.http.Reply;
import io.rolluplab.web.http.Router;
import io.rolluplab.web.http.Routes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lessons of {@code tutorials/}: the list ({@code /lessons}), each lesson as a page
 * ({@code /lessons/{slug}}, its answers folded until asked) and both as JSON.
 */
public final class LessonPages implements Routes {
  public static final String ROUTE = "/lessons";
  public static final String API_ROUTE = "/api/lessons";

  /** A lesson in the list. */
  public record LessonEntry(int number, String slug, String title, String summary, String page) {
    static LessonEntry of(final Lesson lesson) {
      return new LessonEntry(lesson.number(), lesson.slug(), lesson.title(), lesson.summary(),
          ROUTE + "/" + lesson.slug());
    }
  }

  /** A lesson in the list page: its summary as HTML ({@code **bold**}, {@code `code`}). */
  public record ListedLesson(LessonEntry entry, String summaryHtml) {}

  /** A whole lesson: its Markdown as written and as the page shows it. */
  public record LessonText(int number, String slug, String title, String summary, String markdown, String html) {}

  private final LessonLibrary library;

  public LessonPages(final LessonLibrary library) {
    this.library = library;
  }

  @Override
  public void register(final Router router) {
    router.page(ROUTE, this::listPage);
    router.page(ROUTE + "/{slug}", this::lessonPage);
    router.get(API_ROUTE, "The lessons in course order: number, slug, title, what each is about, its page.",
        exchange -> Reply.json(entries()));
    router.get(API_ROUTE + "/{slug}", "One lesson: its Markdown as written and as HTML.", this::lessonJson);
  }

  private List<LessonEntry> entries() {
    return library.all().stream().map(LessonEntry::of).toList();
  }

  private Reply listPage(final Exchange exchange) {
    return Reply.page("lessons", Map.of("lessons", library.all().stream()
        .map(lesson -> new ListedLesson(LessonEntry.of(lesson), lesson.summaryHtml())).toList()));
  }

  private Reply lessonPage(final Exchange exchange) {
    final Lesson lesson = lesson(exchange);
    final List<Lesson> all = library.all();
    final int at = all.indexOf(lesson);
    final Map<String, Object> model = new HashMap<>();
    model.put("lesson", lesson);
    model.put("total", all.size());
    model.put("summaryHtml", lesson.summaryHtml());
    model.put("bodyHtml", lesson.bodyHtml());
    model.put("previous", at > 0 ? LessonEntry.of(all.get(at - 1)) : null);
    model.put("next", at + 1 < all.size() ? LessonEntry.of(all.get(at + 1)) : null);
    return Reply.page("lesson", model);
  }

  private Reply lessonJson(final Exchange exchange) {
    final Lesson lesson = lesson(exchange);
    return Reply.json(new LessonText(lesson.number(), lesson.slug(), lesson.title(), lesson.summary(),
        lesson.markdown(), lesson.bodyHtml()));
  }

  private Lesson lesson(final Exchange exchange) {
    final String slug = exchange.path("slug");
    return library.bySlug(slug).orElseThrow(() -> HttpError.notFound("no lesson \"" + slug + "\": the lessons are "
        + String.join(", ", library.all().stream().map(Lesson::slug).toList()) + " (GET " + API_ROUTE + ")"));
  }
}
