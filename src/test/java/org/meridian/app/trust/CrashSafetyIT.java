// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import nom.tam.fits.Fits;
import nom.tam.fits.Header;
import nom.tam.fits.ImageHDU;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.app.Archive;
import org.meridian.app.Settings;
import org.meridian.core.archive.StoredFileCollector;
import org.meridian.testing.DemoHttp;
import org.meridian.testing.TestDatabases;
import org.meridian.testing.TestFits;

/**
 * The archive killed with SIGKILL mid-work (docs/operations.md, "Crashes"): after a restart no row
 * is half-written, every row has its bytes, the bytes no row references are found and removed by
 * the collector, and the interrupted work ends by its rules (an ingest run again completes; a job
 * that was executing is failed, its results never half-listed).
 */
class CrashSafetyIT {

    private static final int FILES = 1000;

    @TempDir
    Path scratch;

    @Test
    void anIngestKilledMidwayLeavesNoHalfWrittenRowAndCompletesWhenRunAgain() throws Exception {
        Path home = scratch.resolve("home");
        Path incoming = Files.createDirectories(scratch.resolve("incoming"));
        for (int i = 0; i < FILES; i++) {
            writeFrame(incoming, i);
        }
        String db = TestDatabases.freshUrl();
        long atKill;
        try (ArchiveProcess ingest = ArchiveProcess.start(home, db, "ingest", incoming.toString())) {
            atKill = waitForRows(db, "select count(*) from file_version", 150, ingest);
            ingest.kill();
        }
        assertThat(atKill).as("killed midway").isLessThan(FILES);
        try (Archive archive = open(home, db)) {
            long committed = count(db, "select count(*) from file_version");
            assertConsistent(archive, db);
            StoredFileCollector.Report gc = new StoredFileCollector(archive.db(), archive.files(), Clock.systemUTC())
                    .collect(Duration.ZERO, false);
            assertThat(gc.referenced()).isEqualTo(committed);
            assertThat(archive.files().list()).hasSize((int) committed); // nothing unreferenced is left
            System.out.printf(
                    "crash during ingest: %d of %d files committed, %d unreferenced stored files collected%n",
                    committed, FILES, gc.removed().size());
        }
        try (ArchiveProcess again = ArchiveProcess.start(home, db, "ingest", incoming.toString())) {
            assertThat(again.waitFor(Duration.ofMinutes(5)))
                    .as("the second ingest succeeds")
                    .isZero();
        }
        try (Archive archive = open(home, db)) {
            assertThat(count(db, "select count(*) from file_version")).isEqualTo(FILES);
            assertThat(count(db, "select count(*) from observation")).isEqualTo(FILES);
            assertConsistent(archive, db);
        }
    }

    @Test
    void aServerKilledWhileAJobRunsFailsTheJobOnRestartAndKeepsTheOthers() throws Exception {
        Path home = scratch.resolve("serve");
        String db = TestDatabases.freshUrl();
        int port = ArchiveProcess.freePort();
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String base = "http://localhost:" + port;
        String finished;
        String running;
        try (ArchiveProcess serve = ArchiveProcess.start(home, db, "serve", "--port", String.valueOf(port))) {
            awaitHealthy(http, base, serve);
            finished = submit(http, base, "SELECT TOP 5 table_name FROM tap_schema.tables");
            awaitPhase(http, base, finished, "COMPLETED");
            // Long enough to be killed mid-flight: a four-way cross join of TAP_SCHEMA's columns.
            running = submit(
                    http,
                    base,
                    "SELECT COUNT(*) AS n FROM tap_schema.columns AS a, tap_schema.columns AS b,"
                            + " tap_schema.columns AS c, tap_schema.columns AS d");
            awaitPhase(http, base, running, "EXECUTING");
            serve.kill();
        }
        assertThat(count(db, "select count(*) from uws_job where id = '" + running + "' and phase = 'EXECUTING'"))
                .as("the killed server left its job marked executing")
                .isOne();
        try (ArchiveProcess serve = ArchiveProcess.start(home, db, "serve", "--port", String.valueOf(port))) {
            awaitHealthy(http, base, serve);
            String phase = awaitPhase(http, base, running, "ERROR", "COMPLETED");
            assertThat(phase).isIn("ERROR", "COMPLETED");
            assertThat(get(http, base + "/tap/async/" + finished + "/phase")).isEqualTo("COMPLETED");
            assertThat(get(http, base + "/tap/async/" + finished + "/results/result"))
                    .contains("TABLE");
            System.out.printf("crash during a TAP job: after restart the job is %s%n", phase);
        }
        try (Archive archive = open(home, db)) {
            assertConsistent(archive, db);
        }
    }

    /** No row without its parts or its bytes. */
    private static void assertConsistent(Archive archive, String db) throws Exception {
        assertThat(count(
                        db,
                        "select count(*) from observation o where not exists"
                                + " (select 1 from file f where f.observation_id = o.id)"))
                .as("observations without files")
                .isZero();
        assertThat(count(
                        db,
                        "select count(*) from file f where not exists"
                                + " (select 1 from file_version v where v.file_id = f.id)"))
                .as("files without versions")
                .isZero();
        assertThat(count(
                        db,
                        "select count(*) from file_version v where not exists"
                                + " (select 1 from header h where h.file_version_id = v.id)"))
                .as("versions without headers")
                .isZero();
        Set<String> referenced =
                new StoredFileCollector(archive.db(), archive.files(), Clock.systemUTC()).referencedKeys();
        for (String key : referenced) {
            assertThat(archive.files().exists(key)).as("stored bytes of " + key).isTrue();
        }
    }

    private static void writeFrame(Path dir, int i) throws Exception {
        float[][] pixels = new float[16][16];
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                pixels[y][x] = i * 256 + y * 16 + x;
            }
        }
        ImageHDU hdu = (ImageHDU) Fits.makeHDU(pixels);
        Header h = hdu.getHeader();
        h.addValue("TELESCOP", "Crash Test Telescope", "");
        h.addValue("INSTRUME", "CTCAM", "");
        h.addValue("OBJECT", "field-" + i, "");
        h.addValue("DATE-OBS", String.format("2024-01-%02dT%02d:%02d:00", 1 + i % 28, i / 60 % 24, i % 60), "");
        h.addValue("EXPTIME", 10.0, "");
        TestFits.tanWcs(h, 10 + i * 0.01, -5, 8, 8, 1e-4);
        TestFits.write(hdu, dir, String.format("crash-%04d", i));
    }

    private static Archive open(Path home, String db) throws Exception {
        return Archive.open(Settings.resolve(home, 0, db, Map.of()));
    }

    private static long waitForRows(String db, String sql, long atLeast, ArchiveProcess process) throws Exception {
        for (int i = 0; i < 1200; i++) {
            long n = count(db, sql);
            if (n >= atLeast) {
                return n;
            }
            if (!process.alive()) {
                throw new AssertionError("the archive process ended early:\n" + process.log());
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no progress:\n" + process.log());
    }

    private static long count(String db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db, "postgres", "");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                return 0; // the tables are not migrated yet
            }
            throw e;
        }
    }

    private static void awaitHealthy(HttpClient http, String base, ArchiveProcess process) throws Exception {
        for (int i = 0; i < 1200; i++) {
            try {
                if (get(http, base + "/health").contains("\"ok\"")) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            if (!process.alive()) {
                throw new AssertionError("the server ended:\n" + process.log());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not become ready:\n" + process.log());
    }

    private static String submit(HttpClient http, String base, String adql) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(base + "/tap/async"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("LANG=ADQL&PHASE=RUN&QUERY=" + DemoHttp.enc(adql)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = r.headers().firstValue("Location").orElseThrow(() -> new AssertionError(r.body()));
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static String awaitPhase(HttpClient http, String base, String job, String... phases) throws Exception {
        for (int i = 0; i < 1200; i++) {
            String phase = get(http, base + "/tap/async/" + job + "/phase").trim();
            if (Set.of(phases).contains(phase)) {
                return phase;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("job " + job + " never reached " + String.join(" or ", phases));
    }

    private static String get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
