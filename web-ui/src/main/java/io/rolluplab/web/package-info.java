/**
 * The launcher and the web UI. {@link io.rolluplab.web.RollupLab} is {@code java -jar
 * rollup-lab.jar}: it parses the options, starts the devnet, its JSON-RPC server, the rollups and then
 * the {@link io.rolluplab.web.WebServer} over the {@link io.rolluplab.web.Lab} they make up, and owns
 * the sub-commands ({@code StateTestsCommand}, {@code BenchCommand}, {@code RpcBenchCommand}).
 *
 * <p>Pages are thin: one {@link io.rolluplab.web.http.Routes} per page or page family with the route
 * as a constant ({@code L1Pages.ROUTE}), reading view records from a query class
 * ({@link io.rolluplab.web.l1.L1Queries}) and rendering one Thymeleaf template each; the JSON API
 * under {@code /api/} returns the same records, and their display methods ({@code valueEth()}, via
 * {@link io.rolluplab.web.view.Format}) serve only the templates. A page computes no protocol facts
 * itself. The plumbing is in {@code http}, the live feed in {@code live}, and each page family in a
 * package of its own ({@code overview}, {@code controls}, {@code bridge}; the explorers {@code l1},
 * {@code l2} and {@code compare}).
 */
package io.rolluplab.web;
