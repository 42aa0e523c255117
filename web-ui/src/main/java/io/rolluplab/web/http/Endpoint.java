package io.rolluplab.web.http;

/** Answers one route: reads the request from the {@link Exchange}, returns a {@link Reply} or throws {@link HttpError}. */
@FunctionalInterface
public interface Endpoint {
  Reply handle(Exchange exchange) throws Exception;
}
