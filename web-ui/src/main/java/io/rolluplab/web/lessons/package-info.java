/**
 * The lessons of {@code tutorials/lessons/} in the UI: {@code /lessons}, {@code /lessons/{slug}} and
 * {@code GET /api/lessons[/{slug}]}. Read in this order: {@link io.rolluplab.web.lessons.Markdown}
 * (the subset of Markdown the lessons use, read into blocks; the lesson tests read the same blocks),
 * {@link io.rolluplab.web.lessons.HtmlRenderer} (blocks to HTML, escaping every character it does not
 * write itself), {@link io.rolluplab.web.lessons.Lesson}, {@link io.rolluplab.web.lessons.LessonLibrary}
 * (the lessons from the class path, in the order of {@code lessons/lessons.txt}) and
 * {@link io.rolluplab.web.lessons.LessonPages} (the routes).
 */
package io.rolluplab.web.lessons;
