// SPDX-License-Identifier: Apache-2.0
package org.meridian.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.meridian.demo.DemoManifest;
import org.meridian.testing.DemoServer;

/** The demo universe, generated, ingested and served: what a new user gets from {@code ./meridian demo}. */
class DemoEndToEndIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void healthReportsTheDemoUniverse() throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(DemoServer.baseUrl() + "/health"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = new ObjectMapper().readTree(response.body());
        assertThat(health.get("status").asText()).isEqualTo("ok");

        Path manifestFile =
                DemoServer.archive().settings().home().resolve("demo").resolve(DemoManifest.FILE_NAME);
        assertThat(manifestFile).exists();
        DemoManifest manifest = DemoManifest.read(manifestFile);
        assertThat(health.get("files").asLong()).isEqualTo(manifest.files().size());
        assertThat(health.get("programs").asLong())
                .isGreaterThanOrEqualTo(manifest.programs().size());
        // Other tests of this JVM add their own accounts to the shared demo: the demo's must all be there.
        assertThat(health.get("accounts").asLong())
                .isGreaterThanOrEqualTo(manifest.accounts().size());
        for (var account : manifest.accounts()) {
            assertThat(DemoServer.archive().accounts().exists(account.username()))
                    .as(account.username())
                    .isTrue();
        }
        for (DemoManifest.Catalog catalog : manifest.catalogs()) {
            assertThat(health.get("catalogs").get(catalog.table()).asLong())
                    .as(catalog.table())
                    .isEqualTo(catalog.rows());
        }
    }

    @Test
    void theSemestersNeverOverlapAsTheSeedsExampleAsks() throws Exception {
        // LCO seed: /api/semesters/?semester_contains=2017-11-30T12:00:00Z names 2017AB alone.
        JsonNode one = new ObjectMapper()
                .readTree(HTTP.send(
                                HttpRequest.newBuilder(URI.create(DemoServer.baseUrl()
                                                + "/api/semesters/?semester_contains=2017-11-30T12:00:00Z"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body());
        assertThat(one.path("results")).hasSize(1);
        assertThat(one.path("results").get(0).path("id").asText()).isEqualTo("2017AB");
        try (Connection c = DemoServer.archive().db().connection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from semester a join semester b on a.id < b.id"
                        + " and a.start <= b.\"end\" and b.start <= a.\"end\"")) {
            r.next();
            assertThat(r.getInt(1)).as("overlapping semesters").isZero();
        }
    }

    @Test
    void geminiLocalTimesAreTheSitesClocks() throws Exception {
        // Gemini-North keeps UT-10 all year; Gemini-South UT-4, or UT-3 in the Chilean summer.
        int checked = 0;
        try (Connection c = DemoServer.archive().db().connection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select telescope, ut_start, local_time from observation"
                        + " where collection = 'GEMINI' and local_time is not null and ut_start is not null")) {
            while (r.next()) {
                java.time.ZoneId site = java.time.ZoneId.of(
                        r.getString(1).equals("Gemini-North") ? "Pacific/Honolulu" : "America/Santiago");
                java.time.LocalTime expected =
                        r.getTimestamp(2).toInstant().atZone(site).toLocalTime().withNano(0);
                assertThat(java.time.LocalTime.parse(r.getString(3)).withNano(0))
                        .as(r.getString(1) + " " + r.getTimestamp(2).toInstant())
                        .isEqualTo(expected);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10);
    }

    @Test
    void theSeedsConcreteExamplesAreInTheArchive() throws Exception {
        DemoServer.baseUrl();
        try (Connection c = DemoServer.archive().db().connection();
                Statement s = c.createStatement()) {
            assertThat(count(
                            s,
                            "select count(*) from observation where program_id = 'GN-2010B-Q-22'"
                                    + " and data_label like 'GN-2010B-Q-22-4-00%' and observation_class = 'science'"
                                    + " and qa_state = 'Pass' and object = 'L5c02'"))
                    .isEqualTo(6);
            assertThat(count(s, "select count(*) from observation where obs_key = 'ogg2m001-fs02-20160202-0133-e91'"))
                    .isEqualTo(1);
            assertThat(count(
                            s,
                            "select count(*) from gaiadr3.gaia_source where source_id in"
                                    + " (30343944744320, 6680733225618222592, 5912901375001820288)"))
                    .isEqualTo(3);
            assertThat(count(s, "select count(*) from gaiadr3.gaia_source where (source_id >> 35) <> (hpx >> 34)"))
                    .as("source_id encodes the level-12 HEALPix pixel of the position")
                    .isZero();
            assertThat(count(
                            s,
                            "select count(*) from observation where collection = 'JWST' and program_id = '1073'"
                                    + " and filter_name like '%F277W%'"))
                    .isPositive();
            assertThat(count(s, "select count(*) from observation where release > now()"))
                    .isPositive();
            assertThat(count(
                            s,
                            "select count(*) from semester where start <= now() + interval '1 year'"
                                    + " and \"end\" > now() + interval '1 year'"))
                    .as("semesters run through next year")
                    .isEqualTo(1);
            assertThat(count(
                            s,
                            "select count(*) from time_allocation t join semester m on m.id = t.semester_id"
                                    + " join membership ms on ms.program_id = t.program_id"
                                    + " join account a on a.id = ms.account_id"
                                    + " where a.username = 'bilbo' and t.telescope_class = '1m0'"
                                    + " and m.start <= now() and m.\"end\" > now() and t.std_allocation > 0"))
                    .as("a demo account can observe with 1m0 time now")
                    .isEqualTo(1);
        }
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
