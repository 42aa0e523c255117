package io.rolluplab.web.http;

import java.util.Map;

/**
 * The JSON API about itself: {@code GET /api/} lists every endpoint with its method, path and
 * description; {@code GET /api/session} hands a script the CSRF token its POSTs need.
 */
public final class ApiIndex implements Routes {
  public static final String ROUTE = "/api/";
  public static final String SESSION_ROUTE = "/api/session";

  @Override
  public void register(final Router router) {
    router.get(ROUTE, "This list: every endpoint of the JSON API with its method, path and what it does.",
        exchange -> Reply.json(Map.of("endpoints", router.apiEndpoints(),
            "csrf", "every POST needs the header " + Csrf.HEADER + " with the csrfToken of GET " + SESSION_ROUTE)));
    router.get(SESSION_ROUTE, "The CSRF token every POST must send in the " + Csrf.HEADER + " header: {\"csrfToken\"}.",
        exchange -> Reply.json(Map.of("csrfToken", router.csrf().token())));
  }
}
