/**
 * The tests that keep the lessons true. Each {@code LessonNN…Test} replays one lesson with a
 * {@link io.rolluplab.tutorials.LessonRun}: it reads the lesson's Markdown
 * ({@link io.rolluplab.tutorials.LessonScript}), runs each command of its {@code sh} blocks as a shell
 * would ({@link io.rolluplab.tutorials.ShellWords}, {@link io.rolluplab.tutorials.Command}) against
 * the one lab of {@link io.rolluplab.tutorials.TestLab}, and checks each answer against the one the
 * lesson shows ({@link io.rolluplab.tutorials.AnswerMatcher}). {@code LessonFilesTest} checks the
 * lessons as a whole: the list, their sections, a test for each.
 */
package io.rolluplab.tutorials;
