/**
 * The launcher and the web UI. {@link io.rolluplab.web.RollupLab} is {@code java -jar
 * rollup-lab.jar}: it parses the options, starts the devnet, its JSON-RPC server and the {@link
 * io.rolluplab.web.WebServer}, and owns the sub-commands ({@code StateTestsCommand}, {@code
 * BenchCommand}, {@code RpcBenchCommand}).
 *
 * <p>Pages are thin: one handler per route with the route as a constant ({@code L1OverviewPage}),
 * reading view records ({@link io.rolluplab.web.BlockView}, {@link io.rolluplab.web.TransactionView},
 * {@link io.rolluplab.web.AccountView}) from {@link io.rolluplab.web.L1Explorer} and rendering one
 * Thymeleaf template each through {@code Templates}. A page computes no protocol facts itself.
 */
package io.rolluplab.web;
