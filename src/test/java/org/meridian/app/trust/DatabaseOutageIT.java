// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.app.Archive;
import org.meridian.app.Server;
import org.meridian.app.Settings;
import org.meridian.store.EmbeddedPostgresServer;
import org.meridian.testing.DemoHttp;

/**
 * The database stops under a serving archive and starts again (docs/operations.md, "Crashes and
 * stored files"): meanwhile every dialect answers 503 with {@code Retry-After} in its own form, within
 * seconds and without a stack trace; afterwards the same server answers as before, with no restart.
 */
class DatabaseOutageIT {

    private static final List<String> PROBES = List.of(
            "/health",
            "/jsonsummary/GN-2010B-Q-22",
            "/api/headers/",
            "/tap/sync?REQUEST=doQuery&LANG=ADQL&QUERY=" + DemoHttp.enc("SELECT COUNT(*) FROM ivoa.ObsCore"),
            "/frames/",
            "/api/semesters/",
            "/api/v0/invoke?request="
                    + DemoHttp.enc(
                            "{\"service\":\"Mast.Caom.Filtered\",\"params\":{\"columns\":\"*\",\"filters\":[]}}"),
            "/datalink/links?ID=" + DemoHttp.enc("ivo://eso.org/ID?nothing"),
            "/data-server/data?RETRIEVAL_TYPE=EPOCH_PHOTOMETRY&ID=1");

    @TempDir
    Path scratch;

    @Test
    void everyDialectSays503WhileTheDatabaseIsDownAndRecoversWithoutARestart() throws Exception {
        Path data = scratch.resolve("pg");
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(data);
        int port = postgres.port();
        HttpClient http = HttpClient.newHttpClient();
        try (Archive archive = Archive.open(
                        Settings.resolve(scratch.resolve("home"), 0, postgres.jdbcUrl("postgres"), Map.of()));
                Server server = Server.start(archive, false)) {
            server.markReady();
            String base = "http://localhost:" + server.port();
            for (String probe : PROBES) {
                assertThat(send(http, base + probe).statusCode())
                        .as("before: " + probe)
                        .isLessThan(500);
            }
            postgres.close();
            // All at once: each waits for a connection until the pool gives up.
            long started = System.nanoTime();
            Map<String, java.util.concurrent.CompletableFuture<HttpResponse<String>>> answers =
                    new java.util.LinkedHashMap<>();
            for (String probe : PROBES) {
                answers.put(probe, http.sendAsync(request(base + probe), HttpResponse.BodyHandlers.ofString()));
            }
            for (var answer : answers.entrySet()) {
                HttpResponse<String> r = answer.getValue().get();
                String probe = answer.getKey();
                assertThat(r.statusCode()).as("down: %s %s", probe, r.body()).isEqualTo(503);
                assertThat(r.headers().firstValue("Retry-After")).as(probe).hasValue("10");
                assertThat(r.body()).as(probe).doesNotContain("Exception", "at org.");
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
            postgres = EmbeddedPostgresServer.start(data, port);
            for (String probe : PROBES) {
                assertThat(awaitBelow500(http, base + probe))
                        .as("after: " + probe)
                        .isLessThan(500);
            }
        } finally {
            postgres.close();
        }
    }

    private static int awaitBelow500(HttpClient http, String url) throws Exception {
        int status = 0;
        for (int i = 0; i < 60; i++) {
            status = send(http, url).statusCode();
            if (status < 500) {
                return status;
            }
            Thread.sleep(500);
        }
        return status;
    }

    private static HttpResponse<String> send(HttpClient http, String url) throws Exception {
        return http.send(request(url), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .build();
    }
}
