/**
 * The web UI's HTTP plumbing, shared by every page: the {@link io.rolluplab.web.http.Router} (routes
 * with path parameters, CSRF check of every POST, error pages and JSON errors, {@code /static/}),
 * what a handler reads ({@link io.rolluplab.web.http.Exchange}, {@link io.rolluplab.web.http.Input},
 * both validating) and returns ({@link io.rolluplab.web.http.Reply}), {@link io.rolluplab.web.http.Json}
 * and {@link io.rolluplab.web.http.Templates}.
 *
 * <p>A page family is a {@link io.rolluplab.web.http.Routes} that registers its routes, for example
 * <pre>{@code
 * router.page("/l1/block/{n}", this::page);
 * router.get("/api/l1/blocks/{n}", "One L1 block with its transactions.", this::block);
 * router.post("/api/controls/mine", "Mines one L1 block.", this::mine);
 * }</pre>
 * A handler throws {@link io.rolluplab.web.http.HttpError} with a sentence saying what was wrong
 * and what to do; the router answers a page with an error page and {@code /api/} with
 * {@code {"error": "..."}}.
 */
package io.rolluplab.web.http;
