// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.http;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.meridian.web.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP listener every dialect shares (docs/url-map.md). Each dialect contributes its
 * routes; an error nobody mapped becomes a plain 500 without a stack trace, and is logged.
 */
public final class HttpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);

    private static final String SERVER = "Meridian";

    private final Javalin javalin;
    private final List<Route> routes;

    private HttpServer(Javalin javalin, List<Route> routes) {
        this.javalin = javalin;
        this.routes = List.copyOf(routes);
    }

    public static HttpServer start(int port, List<Consumer<JavalinDefaultRoutingApi>> dialects) {
        return start(port, null, dialects);
    }

    /**
     * HTTPS on a second port (the same routes), when {@code tls} is given.
     *
     * @param tls the HTTPS port (0 for any free one) and its certificate, or null for HTTP only
     */
    public static HttpServer start(int port, Tls tls, List<Consumer<JavalinDefaultRoutingApi>> dialects) {
        List<Route> routes = new ArrayList<>();
        Javalin app = Javalin.create(config -> {
            // Endpoints only (before/after filters are not routes a client can call).
            config.events.handlerAdded(added -> {
                if (added.getHttpMethod().isHttpMethod()) {
                    routes.add(new Route(added.getHttpMethod().name(), added.getPath()));
                }
            });
            config.concurrency.useVirtualThreads = true;
            config.startup.showJavalinBanner = false;
            config.jetty.port = port;
            if (tls != null) {
                // Javalin adds its own HTTP connector only when none was added, so both are added here.
                config.jetty.addConnector((server, httpConfig) -> {
                    ServerConnector http = new ServerConnector(server, new HttpConnectionFactory(httpConfig));
                    http.setPort(port);
                    return http;
                });
                config.jetty.addConnector((server, httpConfig) -> tls.connector(server, httpConfig));
            }
            // Documented URLs carry stray doubled slashes (LCO's /api/contention//<instrument>/);
            // the original servers accept them, so the dialects see one slash.
            config.router.treatMultipleSlashesAsSingleSlash = true;
            // Clients and validators (taplint SVR0) identify the service by its Server header.
            config.routes.before(ctx -> ctx.header("Server", SERVER));
            // Level 1: measured here on CSV it compresses at 110 MB/s to 52% (level 6: 17 MB/s to 49%),
            // on Gemini JSON at 410 MB/s to 10% (179 MB/s to 8%); level 6 would throttle every
            // streamed result to a few tens of MB/s for a few per cent of size.
            config.http.compressionStrategy = withoutFileBytes(new CompressionStrategy(null, new Gzip(1)));
            for (Consumer<JavalinDefaultRoutingApi> dialect : dialects) {
                dialect.accept(config.routes);
            }
            // A request Jetty itself refuses (a bad %-escape, an oversized header) never reaches a
            // dialect; Jetty answers it in plain text, as the dialects answer malformed input, not
            // with its HTML error page.
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(plainTextErrors());
                // In front of Javalin's servlet context (Javalin puts its context inside a wrapper
                // it finds installed): multipart boundaries reach Jetty's parser quoted.
                server.setHandler(new UnquotedBoundaries());
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                if (DatabaseUnavailable.is(e)) {
                    LOG.warn("database unavailable on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
                    ctx.status(503)
                            .header("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                            .contentType("text/plain")
                            .result(DatabaseUnavailable.MESSAGE + "\n");
                    return;
                }
                LOG.error("unhandled error on {} {}", ctx.method(), ctx.path(), e);
                ctx.status(500).contentType("text/plain").result("internal error; the server log has details\n");
            });
        });
        app.start();
        return new HttpServer(app, routes);
    }

    /**
     * Data files go out as stored: FITS, tar and compressed bytes barely shrink, and gzipping them on the
     * fly would break the Content-Length and byte ranges that download clients (astroquery, lcogtDD,
     * curl resumes) rely on. JSON, VOTable, CSV and HTML are still compressed for clients that ask.
     */
    private static CompressionStrategy withoutFileBytes(CompressionStrategy strategy) {
        List<String> excluded = new ArrayList<>(strategy.getExcludedMimeTypes());
        excluded.addAll(List.of(
                "application/fits",
                "application/octet-stream",
                "application/tar",
                "application/x-tar",
                "application/x-bzip2",
                "application/gzip",
                "application/zip",
                "image/jpeg"));
        strategy.setExcludedMimeTypes(excluded);
        return strategy;
    }

    private static ErrorHandler plainTextErrors() {
        ErrorHandler errors = new ErrorHandler() {
            @Override
            protected void writeErrorPlain(
                    Request request, PrintWriter writer, int code, String message, Throwable cause) {
                // Jetty's own form adds "URI: /badMessage", its internal name for such requests.
                writer.write("HTTP ERROR " + code + " " + (message == null ? HttpStatus.getMessage(code) : message));
                writer.write(": the server could not read this request"
                        + " (a malformed %-escape in the URL or an oversized header, for instance)\n");
            }
        };
        errors.setDefaultResponseMimeType("text/plain");
        errors.setShowStacks(false);
        return errors;
    }

    /** Every endpoint the dialects registered, in registration order. */
    public List<Route> routes() {
        return routes;
    }

    public int port() {
        for (Connector c : javalin.jettyServer().server().getConnectors()) {
            if (c instanceof ServerConnector sc && !Tls.CONNECTOR_NAME.equals(sc.getName())) {
                return sc.getLocalPort();
            }
        }
        return javalin.port();
    }

    /** The HTTPS port actually bound, or -1 without HTTPS. */
    public int tlsPort() {
        for (Connector c : javalin.jettyServer().server().getConnectors()) {
            if (c instanceof ServerConnector sc && Tls.CONNECTOR_NAME.equals(sc.getName())) {
                return sc.getLocalPort();
            }
        }
        return -1;
    }

    /** An HTTPS listener: its port and the PKCS#12 keystore holding its key and certificate. */
    public record Tls(int port, java.nio.file.Path keystore, String password) {

        static final String CONNECTOR_NAME = "https";

        ServerConnector connector(org.eclipse.jetty.server.Server server, HttpConfiguration httpConfig) {
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setKeyStorePath(keystore.toString());
            ssl.setKeyStorePassword(password);
            ssl.setKeyStoreType("PKCS12");
            HttpConfiguration https = new HttpConfiguration(httpConfig);
            https.addCustomizer(new SecureRequestCustomizer(false)); // the certificate is for localhost; no SNI check
            ServerConnector connector = new ServerConnector(
                    server,
                    new SslConnectionFactory(ssl, HttpVersion.HTTP_1_1.asString()),
                    new HttpConnectionFactory(https));
            connector.setName(CONNECTOR_NAME);
            connector.setPort(port);
            return connector;
        }
    }

    @Override
    public void close() {
        javalin.stop();
    }
}
