// SPDX-License-Identifier: Apache-2.0
package org.meridian.app;

import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.meridian.app.http.HttpServer;
import org.meridian.app.http.OperationsRoutes;
import org.meridian.dialect.tap.TapRoutes;
import org.meridian.dialect.tap.async.TapAsync;

/**
 * Wires every dialect's routes onto one HTTP listener over an open {@link Archive}. The only class
 * that knows every dialect (DESIGN.md rule 1).
 */
public final class Server implements AutoCloseable {

    private final HttpServer http;
    private final AtomicBoolean ready;
    private final TapAsync tapAsync;

    private Server(HttpServer http, AtomicBoolean ready, TapAsync tapAsync) {
        this.http = http;
        this.ready = ready;
        this.tapAsync = tapAsync;
    }

    /** Starts listening at once; {@code /health} says "starting" until {@link #markReady()}. */
    public static Server start(Archive archive) {
        AtomicBoolean ready = new AtomicBoolean(false);
        TapRoutes tap = new TapRoutes(archive.db(), archive.accounts());
        TapAsync tapAsync = TapAsync.start(archive.db(), archive.files(), archive.accounts(), tap.runner());
        List<Consumer<JavalinDefaultRoutingApi>> dialects =
                List.of(new OperationsRoutes(archive.db(), ready::get)::addTo, tap::addTo, tapAsync.routes()::addTo);
        return new Server(HttpServer.start(archive.settings().port(), dialects), ready, tapAsync);
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
        tapAsync.close();
    }
}
