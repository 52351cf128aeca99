// SPDX-License-Identifier: Apache-2.0
package org.meridian.app;

import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.meridian.app.http.ApiRootRoutes;
import org.meridian.app.http.HttpServer;
import org.meridian.app.http.OperationsRoutes;
import org.meridian.app.http.RequestGuards;
import org.meridian.app.http.SelfSignedCertificate;
import org.meridian.core.observing.TelescopeNetwork;
import org.meridian.core.observing.scheduling.Scheduler;
import org.meridian.dialect.ArchiveServices;
import org.meridian.dialect.Dialect;
import org.meridian.dialect.DialectSettings;
import org.meridian.dialect.eso.EsoDialect;
import org.meridian.dialect.gaia.GaiaDataRoutes;
import org.meridian.dialect.gemini.GeminiRoutes;
import org.meridian.dialect.lco.archive.LcoArchiveRoutes;
import org.meridian.dialect.lco.portal.LcoPortalRoutes;
import org.meridian.dialect.mast.MastRoutes;
import org.meridian.dialect.tap.TapDialect;
import org.meridian.dialect.tap.plus.Quota;
import org.meridian.dialect.tap.plus.TapPlusDialect;
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
    private final List<Dialect> dialects;
    private final GuardedFetcher fetcher;

    private Server(
            HttpServer http, AtomicBoolean ready, Scheduler scheduler, List<Dialect> dialects, GuardedFetcher fetcher) {
        this.http = http;
        this.ready = ready;
        this.scheduler = scheduler;
        this.dialects = dialects;
        this.fetcher = fetcher;
    }

    /**
     * Starts listening at once; {@code /health} says "starting" until {@link #markReady()}.
     *
     * @param runScheduler whether the in-process observing scheduler places and "observes" requests
     */
    public static Server start(Archive archive, boolean runScheduler) {
        AtomicBoolean ready = new AtomicBoolean(false);
        Settings settings = archive.settings();
        // Every URL the server fetches for a client goes through this one guard.
        GuardedFetcher fetcher = new GuardedFetcher(FetchPolicy.of(settings.uploadUrlHosts()), FetchLimits.UPLOADS);
        ArchiveServices services = ArchiveServices.of(
                archive.db(),
                archive.files(),
                Clock.systemUTC(),
                fetcher,
                new DialectSettings(
                        settings.home(),
                        Optional.ofNullable(settings.geminiMagicCookie()),
                        settings.geminiCollections()));
        List<Dialect> dialects = dialects(services);
        HttpServer http;
        try {
            MigrationOwners.check(dialects, archive.db().migrationVersions());
            Map<String, String> restResources = new LinkedHashMap<>();
            dialects.forEach(d -> restResources.putAll(d.apiResources()));
            List<Consumer<JavalinDefaultRoutingApi>> routes = new ArrayList<>();
            routes.add(new RequestGuards(settings.rateLimit())::addTo); // before every dialect
            routes.add(new OperationsRoutes(archive.db(), ready::get)::addTo);
            routes.add(new ApiRootRoutes(restResources)::addTo);
            dialects.forEach(d -> routes.add(d::addTo));
            http = HttpServer.start(settings.port(), tls(settings), routes);
        } catch (RuntimeException e) {
            // A server that cannot start (port taken, a migration out of range) leaves no job worker running.
            dialects.forEach(Dialect::close);
            fetcher.close();
            throw e;
        }
        Scheduler scheduler = runScheduler
                ? Scheduler.start(
                        archive.db(),
                        TelescopeNetwork.builtIn(),
                        new ScheduledFrames(settings.home().resolve("observed"), archive.ingestService()),
                        services.clock(),
                        SCHEDULER_PERIOD)
                : null;
        return new Server(http, ready, scheduler, dialects, fetcher);
    }

    /** Every protocol the archive speaks, in the order their routes are added. */
    private static List<Dialect> dialects(ArchiveServices services) {
        return List.of(
                new GeminiRoutes(services),
                new LcoPortalRoutes(services),
                new LcoArchiveRoutes(services),
                new MastRoutes(services),
                // Gaia TAP+ extends TAP: the same service, its migrations in TAP's range (V16-V17)
                new TapPlusDialect(new TapDialect(services), services, Quota.DEFAULT),
                new GaiaDataRoutes(services),
                new EsoDialect(services));
    }

    /** HTTPS when a port is set, with the home's certificate (made on first use). */
    private static HttpServer.Tls tls(Settings settings) {
        if (settings.tlsPort() == null) {
            return null;
        }
        try {
            SelfSignedCertificate cert = SelfSignedCertificate.ensure(settings.home(), List.of());
            System.err.println("meridian: HTTPS certificate " + cert.certificatePem()
                    + " (clients trust it with SSL_CERT_FILE=" + cert.certificatePem() + ")");
            return new HttpServer.Tls(settings.tlsPort(), cert.keystore(), cert.password());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot make the HTTPS certificate: " + e.getMessage(), e);
        }
    }

    public void markReady() {
        ready.set(true);
    }

    public int port() {
        return http.port();
    }

    /** Every endpoint the server answers, as the dialects registered them. */
    public List<org.meridian.app.http.Route> routes() {
        return http.routes();
    }

    /** The HTTPS port, or -1 when the server listens on HTTP only. */
    public int tlsPort() {
        return http.tlsPort();
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.close();
        }
        http.close();
        dialects.forEach(Dialect::close);
        fetcher.close();
    }
}
