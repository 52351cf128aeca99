// SPDX-License-Identifier: Apache-2.0
package org.meridian.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.meridian.app.Archive;
import org.meridian.app.Server;
import org.meridian.app.Settings;
import org.meridian.app.cli.DemoCommand;

/**
 * The whole archive with the demo universe loaded, served on a free port, once per test JVM. For
 * end-to-end and interoperability tests: real HTTP, real database, real files.
 */
public final class DemoServer {

    private static String baseUrl;
    private static String httpsBaseUrl;
    private static Archive archive;
    private static Server server;

    private DemoServer() {}

    /** e.g. {@code http://localhost:41234} (no trailing slash). Loads the demo on first call (about a minute). */
    public static synchronized String baseUrl() {
        if (baseUrl == null) {
            start();
        }
        return baseUrl;
    }

    /** e.g. {@code https://127.0.0.1:41235} (no trailing slash), the same server over HTTPS. */
    public static synchronized String httpsBaseUrl() {
        baseUrl();
        return httpsBaseUrl;
    }

    /** The HTTPS certificate clients trust ({@code SSL_CERT_FILE}). */
    public static synchronized Path certificate() {
        return archive().settings().home().resolve("tls/cert.pem");
    }

    /** The running archive, for tests that check the database behind the HTTP answers. */
    public static synchronized Archive archive() {
        baseUrl();
        return archive;
    }

    /** Every endpoint the running server registered (the authorization matrix walks them all). */
    public static synchronized List<org.meridian.app.http.Route> routes() {
        baseUrl();
        return server.routes();
    }

    /**
     * A python-requests client script (the LCO clients' flows) run against this server as the demo's
     * user bilbo: {@code BASE} in its environment, the user name and password as its first arguments.
     */
    public static PythonClients.Result runAsBilbo(Path script, String... args) throws InterruptedException {
        PythonClients.assumeModules("requests");
        List<String> all = new ArrayList<>(List.of("bilbo", "myprecious"));
        all.addAll(List.of(args));
        return PythonClients.run(
                script, null, Map.of("BASE", baseUrl()), Duration.ofMinutes(5), all.toArray(String[]::new));
    }

    private static void start() {
        try {
            Path home = Files.createTempDirectory("meridian-demo-test");
            // URL uploads may fetch from listeners the tests start on 127.0.0.1 (and nothing else);
            // HTTPS on a free port, for the clients that log in over HTTPS only (TapPlus).
            Settings settings = Settings.resolve(
                    home,
                    0,
                    TestDatabases.freshUrl(),
                    Map.of("MERIDIAN_UPLOAD_URL_HOSTS", "127.0.0.1", "MERIDIAN_TLS_PORT", "0"));
            archive = Archive.open(settings);
            server = Server.start(archive, false); // tests drive the scheduler themselves
            DemoCommand.ensureLoaded(archive, 1);
            server.markReady();
            baseUrl = "http://localhost:" + server.port();
            httpsBaseUrl = "https://127.0.0.1:" + server.tlsPort();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                archive.close();
                ScratchDirectories.delete(home);
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the demo server", e);
        }
    }
}
