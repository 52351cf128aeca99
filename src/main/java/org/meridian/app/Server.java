// SPDX-License-Identifier: Apache-2.0
package org.meridian.app;

import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.meridian.app.http.ApiRootRoutes;
import org.meridian.app.http.HttpServer;
import org.meridian.app.http.OperationsRoutes;
import org.meridian.core.archive.ArchiveFiles;
import org.meridian.core.observing.TelescopeNetwork;
import org.meridian.core.observing.scheduling.Scheduler;
import org.meridian.dialect.eso.EsoRoutes;
import org.meridian.dialect.gemini.GeminiRoutes;
import org.meridian.dialect.lco.archive.LcoArchiveRoutes;
import org.meridian.dialect.lco.portal.LcoPortalRoutes;
import org.meridian.dialect.mast.MastRoutes;
import org.meridian.dialect.tap.TapRoutes;
import org.meridian.dialect.tap.async.TapAsync;
import org.meridian.web.fetch.FetchLimits;
import org.meridian.web.fetch.FetchPolicy;
import org.meridian.web.fetch.GuardedFetcher;

/**
 * Wires every dialect's routes onto one HTTP listener over an open {@link Archive}, and starts the
 * background services (the observing scheduler, the UWS job workers). The only class that knows every dialect
 * (docs/design.md rule 1).
 */
public final class Server implements AutoCloseable {

    private static final Duration SCHEDULER_PERIOD = Duration.ofSeconds(30);

    private final HttpServer http;
    private final AtomicBoolean ready;
    private final Scheduler scheduler;
    private final TapAsync tapAsync;
    private final GuardedFetcher fetcher;

    private Server(
            HttpServer http, AtomicBoolean ready, Scheduler scheduler, TapAsync tapAsync, GuardedFetcher fetcher) {
        this.http = http;
        this.ready = ready;
        this.scheduler = scheduler;
        this.tapAsync = tapAsync;
        this.fetcher = fetcher;
    }

    /**
     * Starts listening at once; {@code /health} says "starting" until {@link #markReady()}.
     *
     * @param runScheduler whether the in-process observing scheduler places and "observes" requests
     */
    public static Server start(Archive archive, boolean runScheduler) {
        AtomicBoolean ready = new AtomicBoolean(false);
        Clock clock = Clock.systemUTC();
        // Every URL the server fetches for a client goes through this one guard.
        GuardedFetcher fetcher =
                new GuardedFetcher(FetchPolicy.of(archive.settings().uploadUrlHosts()), FetchLimits.UPLOADS);
        TapRoutes tap = new TapRoutes(archive.db(), archive.accounts());
        TapAsync tapAsync = TapAsync.start(archive.db(), archive.files(), archive.accounts(), tap.runner(), fetcher);
        Map<String, String> restResources = new LinkedHashMap<>(GeminiRoutes.resources());
        restResources.putAll(LcoPortalRoutes.resources());
        List<Consumer<JavalinDefaultRoutingApi>> dialects = List.of(
                new OperationsRoutes(archive.db(), ready::get)::addTo,
                new ApiRootRoutes(restResources)::addTo,
                new GeminiRoutes(
                        archive.db(),
                        archive.files(),
                        archive.accounts(),
                        Optional.ofNullable(archive.settings().geminiMagicCookie()))::addTo,
                new LcoPortalRoutes(archive.db(), archive.accounts())::addTo,
                new LcoArchiveRoutes(archive.db(), archive.files(), archive.accounts(), clock)::addTo,
                new MastRoutes(archive.db(), archive.files(), archive.accounts())::addTo,
                new EsoRoutes(archive.db(), new ArchiveFiles(archive.db(), archive.files(), clock), archive.accounts())
                        ::addTo,
                routes -> tap.addTo(routes, tapAsync.uploadUrls()),
                tapAsync.routes()::addTo);
        HttpServer http = HttpServer.start(archive.settings().port(), dialects);
        Scheduler scheduler = runScheduler
                ? Scheduler.start(
                        archive.db(),
                        TelescopeNetwork.builtIn(),
                        new ScheduledFrames(archive.settings().home().resolve("observed"), archive.ingestService()),
                        clock,
                        SCHEDULER_PERIOD)
                : null;
        return new Server(http, ready, scheduler, tapAsync, fetcher);
    }

    public void markReady() {
        ready.set(true);
    }

    public int port() {
        return http.port();
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.close();
        }
        http.close();
        tapAsync.close(); // running jobs go back to the queue for the next start
        fetcher.close();
    }
}
