// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.testing.DemoHttp.enc;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meridian.testing.DemoHttp;
import org.meridian.testing.DemoServer;

/**
 * /tap on the demo under abuse: ABORT stops the PostgreSQL statement of a running async job, and
 * malformed input at every endpoint is a 4xx in the protocol's own form (DALI VOTable error or UWS
 * plain text), never a 500.
 */
class TapRobustnessIT {

    /** A literal that marks the slow query in pg_stat_activity. */
    private static final String MARK = "12345.678";

    private static final String SLOW =
            "SELECT COUNT(*) FROM gaiadr3.gaia_source AS a, gaiadr3.gaia_source AS b" + " WHERE a.ra + b.ra > " + MARK;

    private final DemoHttp http = new DemoHttp();

    @Test
    void abortCancelsTheRunningPostgresStatement() throws Exception {
        HttpResponse<String> created = http.post("/tap/async", "LANG=ADQL&PHASE=RUN&QUERY=" + enc(SLOW));
        assertThat(created.statusCode()).isEqualTo(303);
        String job = created.headers().firstValue("Location").orElseThrow();
        String path = URI.create(job).getPath();
        eventually(() -> runningStatements() == 1, Duration.ofSeconds(30));
        assertThat(http.get(path + "/phase").body().trim()).isEqualTo("EXECUTING");

        Instant abortedAt = Instant.now();
        assertThat(http.post(path + "/phase", "PHASE=ABORT").statusCode()).isEqualTo(303);
        // Uncancelled, the cross join runs for minutes (seconds on a fast server). The abort cancels the
        // statement at once in this process and again on each monitor tick until it stops, so a
        // cancel PostgreSQL drops (one reaching the backend between protocol messages) is not the
        // last; the bound leaves room for a loaded 2-core machine.
        eventually(() -> runningStatements() == 0, Duration.ofSeconds(15));
        assertThat(Duration.between(abortedAt, Instant.now())).isLessThan(Duration.ofSeconds(5));
        assertThat(http.get(path + "/phase").body().trim()).isEqualTo("ABORTED");
        http.send(HttpRequest.newBuilder(URI.create(job)).DELETE().build());
    }

    @Test
    void malformedInputIsA4xxInTheProtocolsFormAtEveryEndpoint() throws Exception {
        HttpResponse<String> created =
                http.post("/tap/async", "LANG=ADQL&QUERY=" + enc("SELECT TOP 1 * FROM tap_schema.tables"));
        String job = URI.create(created.headers().firstValue("Location").orElseThrow())
                .getPath();
        List<String[]> requests = List.of(
                // {method, path, form body}
                new String[] {"GET", "/tap/sync?LANG=ADQL", null},
                new String[] {"GET", "/tap/sync?QUERY=" + enc("SELECT 1"), null},
                new String[] {"POST", "/tap/sync", "LANG=SQL&QUERY=" + enc("SELECT 1")},
                new String[] {"POST", "/tap/sync", "LANG=ADQL&QUERY=" + enc("SELEKT ((( FROM")},
                new String[] {"POST", "/tap/sync", "LANG=ADQL&QUERY=" + enc("SELECT nope FROM nowhere")},
                new String[] {"POST", "/tap/sync", "LANG=ADQL&QUERY=" + enc("SELECT 1/0 FROM tap_schema.tables")},
                new String[] {"POST", "/tap/sync", "LANG=ADQL&MAXREC=lots&QUERY=" + enc("SELECT 1")},
                new String[] {"POST", "/tap/sync", "LANG=ADQL&MAXREC=-5&QUERY=" + enc("SELECT 1")},
                new String[] {"POST", "/tap/sync", "LANG=ADQL&FORMAT=pdf&QUERY=" + enc("SELECT 1")},
                new String[] {"POST", "/tap/sync", "LANG=ADQL&REQUEST=getCoffee&QUERY=" + enc("SELECT 1")},
                new String[] {"POST", "/tap/sync", "LANG=ADQL&UPLOAD=junk&QUERY=" + enc("SELECT 1")},
                new String[] {"POST", "/tap/sync", "LANG=ADQL&UPLOAD=t1,param:absent&QUERY=" + enc("SELECT 1")},
                new String[] {"POST", "/tap/sync", "LANG=ADQL&UPLOAD=t1,ftp://x/y&QUERY=" + enc("SELECT 1")},
                new String[] {
                    "POST",
                    "/tap/sync",
                    "LANG=ADQL&UPLOAD=t1,param:t1&t1=not+a+table&QUERY=" + enc("SELECT * FROM TAP_UPLOAD.t1")
                },
                new String[] {"POST", "/tap/sync", "LANG=ADQL&QUERY=" + enc("SELECT POINT('x', 'y') FROM nowhere")},
                new String[] {"POST", "/tap/sync", "LANG=ADQL&QUERY=%FF%FE%00"},
                new String[] {"GET", "/tap/tables/no.such_table", null},
                new String[] {"POST", "/tap/async", "LANG=ADQL&PHASE=SLEEP&QUERY=" + enc("SELECT 1")},
                new String[] {"POST", "/tap/async", "LANG=ADQL&MAXREC=many&QUERY=" + enc("SELECT 1")},
                new String[] {"POST", "/tap/async", "LANG=ADQL&UPLOAD=t1,param:absent&QUERY=" + enc("SELECT 1")},
                new String[] {"POST", "/tap/async", "LANG=ADQL&UPLOAD=;;,&QUERY=" + enc("SELECT 1")},
                new String[] {"GET", "/tap/async?PHASE=DREAMING", null},
                new String[] {"GET", "/tap/async?AFTER=yesterday", null},
                new String[] {"GET", "/tap/async?LAST=-1", null},
                new String[] {"GET", "/tap/async?LAST=99999999999999999999", null},
                new String[] {"GET", "/tap/async/nosuchjob", null},
                new String[] {"GET", "/tap/async/nosuchjob/phase", null},
                new String[] {"GET", job + "?WAIT=soon", null},
                new String[] {"GET", job + "?WAIT=1&PHASE=NAPPING", null},
                new String[] {"POST", job, "ACTION=EXPLODE"},
                new String[] {"POST", job + "/phase", "PHASE=FLY"},
                new String[] {"POST", job + "/phase", ""},
                new String[] {"POST", job + "/executionduration", "EXECUTIONDURATION=forever"},
                new String[] {"POST", job + "/executionduration", "EXECUTIONDURATION=-3"},
                new String[] {"POST", job + "/destruction", "DESTRUCTION=never"},
                new String[] {"GET", job + "/results/nosuch", null},
                new String[] {"GET", job + "/results/..%2F..%2Fetc", null});
        List<String> wrong = new ArrayList<>();
        for (String[] r : requests) {
            HttpResponse<String> response = r[0].equals("GET") ? http.get(r[1]) : http.post(r[1], r[2]);
            int status = response.statusCode();
            String type = response.headers().firstValue("Content-Type").orElse("");
            boolean votable = type.startsWith("application/x-votable+xml")
                    && response.body().contains("QUERY_STATUS\" value=\"ERROR\"");
            boolean plain = type.startsWith("text/plain") && !response.body().isBlank();
            if (status < 400 || status >= 500 || !(votable || plain)) {
                wrong.add(r[0] + " " + r[1] + " " + (r[2] == null ? "" : r[2]) + " -> " + status + " " + type);
            }
            assertThat(response.body()).doesNotContain("at org.meridian", "Exception:");
        }
        assertThat(wrong).isEmpty();
        // The job that everything above was aimed at is untouched.
        assertThat(http.get(job + "/phase").body().trim()).isEqualTo("PENDING");
    }

    private int runningStatements() {
        try (Connection c = DemoServer.archive().db().connection();
                PreparedStatement s = c.prepareStatement("select count(*) from pg_stat_activity where state = 'active'"
                        + " and query like ? and query not like '%pg_stat_activity%'")) {
            s.setString(1, "%" + MARK + "%");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void eventually(java.util.function.BooleanSupplier condition, Duration within)
            throws InterruptedException {
        Instant until = Instant.now().plus(within);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("condition not met within " + within);
            }
            Thread.sleep(50);
        }
    }
}
