// SPDX-License-Identifier: Apache-2.0
package org.meridian.app;

import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.meridian.app.http.HttpServer;
import org.meridian.app.http.OperationsRoutes;
import org.meridian.dialect.gemini.GeminiRoutes;
import org.meridian.dialect.lco.archive.LcoArchiveRoutes;
import org.meridian.dialect.mast.MastRoutes;
import org.meridian.dialect.tap.TapRoutes;

/**
 * Wires every dialect's routes onto one HTTP listener over an open {@link Archive}. The only class
 * that knows every dialect (DESIGN.md rule 1).
 */
public final class Server implements AutoCloseable {

    private final HttpServer http;
    private final AtomicBoolean ready;

    private Server(HttpServer http, AtomicBoolean ready) {
        this.http = http;
        this.ready = ready;
    }

    /** Starts listening at once; {@code /health} says "starting" until {@link #markReady()}. */
    public static Server start(Archive archive) {
        AtomicBoolean ready = new AtomicBoolean(false);
        List<Consumer<JavalinDefaultRoutingApi>> dialects = List.of(
                new OperationsRoutes(archive.db(), ready::get)::addTo,
                new GeminiRoutes(
                        archive.db(),
                        archive.files(),
                        archive.accounts(),
                        Optional.ofNullable(archive.settings().geminiMagicCookie()))::addTo,
                new LcoArchiveRoutes(archive.db(), archive.files(), archive.accounts(), Clock.systemUTC())::addTo,
                new MastRoutes(archive.db(), archive.files(), archive.accounts())::addTo,
                new TapRoutes(archive.db(), archive.accounts())::addTo);
        return new Server(HttpServer.start(archive.settings().port(), dialects), ready);
    }

    public void markReady() {
        ready.set(true);
    }

    public int port() {
        return http.port();
    }

    @Override
    public void close() {
        http.close();
    }
}
