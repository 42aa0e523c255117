package io.rolluplab.web.http;

/**
 * A page or page family, or a group of API endpoints: it registers its routes (each with the
 * one-line description {@code GET /api/} lists) with the {@link Router}. {@code WebServer} holds the
 * list of them.
 */
@FunctionalInterface
public interface Routes {
  void register(Router router);
}
