// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meridian.testing.DemoHttp;
import org.meridian.testing.DemoServer;

/**
 * ESO's two TAP services beside /tap on the demo: /tap_obs (ivoa.ObsCore, dbo.raw, asm.*) and /tap_cat
 * (the catalogues), each with its own TAP_SCHEMA, VOSI tables and capabilities, sync and async; a
 * table outside a service is "does not exist"; anonymous callers get exactly /tap's anonymous rows and
 * a bearer token or Basic credentials the private programme's raw frames its member was granted.
 */
class ScopedTapServicesIT {

    private static final DemoHttp HTTP = new DemoHttp();
    private static final String PRIVATE = "0116.C-0702(A)";
    private static String jwt;

    @BeforeAll
    static void token() throws Exception {
        HttpResponse<String> issued =
                HTTP.post("/sso/oidc/token", "grant_type=password&username=eso_user&password=eso-demo");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        jwt = new ObjectMapper().readTree(issued.body()).get("access_token").asText();
    }

    @Test
    void eachServicePublishesOnlyItsTablesInTapSchemaAndVosi() throws Exception {
        Set<String> obs = column("/tap_obs", "SELECT table_name FROM TAP_SCHEMA.tables", null);
        assertThat(obs)
                .contains("ivoa.ObsCore", "dbo.raw", "asm.meteo_paranal", "asm.dimm_paranal", "TAP_SCHEMA.columns")
                .noneMatch(t -> t.startsWith("gaiadr"));
        Set<String> cat = column("/tap_cat", "SELECT table_name FROM TAP_SCHEMA.tables", null);
        assertThat(cat)
                .contains("gaiadr3.gaia_source", "TAP_SCHEMA.tables")
                .doesNotContain("ivoa.ObsCore", "dbo.raw")
                .noneMatch(t -> t.startsWith("asm."));
        Set<String> all = column("/tap", "SELECT table_name FROM TAP_SCHEMA.tables", null);
        assertThat(all).containsAll(obs).containsAll(cat);
        // TAP_SCHEMA agrees with itself and with VOSI /tables.
        assertThat(column("/tap_cat", "SELECT DISTINCT table_name FROM TAP_SCHEMA.columns", null))
                .isEqualTo(cat);
        assertThat(column("/tap_obs", "SELECT schema_name FROM TAP_SCHEMA.schemas", null))
                .containsExactlyInAnyOrder("ivoa", "dbo", "asm", "TAP_SCHEMA");
        for (String base : List.of("/tap_obs", "/tap_cat")) {
            HttpResponse<String> tables = HTTP.get(base + "/tables");
            assertThat(tables.statusCode()).isEqualTo(200);
            Set<String> named = new TreeSet<>();
            Matcher m = Pattern.compile("<table[^>]*>\\s*<name>([^<]+)</name>").matcher(tables.body());
            while (m.find()) {
                named.add(m.group(1));
            }
            assertThat(named).isEqualTo(base.equals("/tap_obs") ? obs : cat);
        }
        assertThat(HTTP.get("/tap_cat/tables/ivoa.ObsCore").statusCode()).isEqualTo(404);
        assertThat(HTTP.get("/tap_obs/tables/ivoa.ObsCore").statusCode()).isEqualTo(200);
    }

    @Test
    void aTableOfAnotherServiceIsUnknown() throws Exception {
        for (String[] c : List.of(
                new String[] {"/tap_cat", "SELECT TOP 1 * FROM ivoa.ObsCore"},
                new String[] {"/tap_cat", "SELECT TOP 1 * FROM asm.meteo_paranal"},
                new String[] {"/tap_cat", "SELECT TOP 1 * FROM tap_schema.tables WHERE EXISTS (SELECT 1 FROM dbo.raw)"},
                new String[] {"/tap_obs", "SELECT TOP 1 source_id FROM gaiadr3.gaia_source"},
                new String[] {"/tap_obs", "WITH g AS (SELECT source_id FROM gaiadr3.gaia_source) SELECT * FROM g"})) {
            HttpResponse<String> r = HTTP.get(sync(c[0], c[1], "votable"));
            assertThat(r.statusCode()).as(c[1]).isEqualTo(400);
            assertThat(r.body())
                    .as(c[1])
                    .contains("QUERY_STATUS\" value=\"ERROR\"")
                    .contains("unknown table");
        }
        assertThat(HTTP.get(sync("/tap", "SELECT TOP 1 source_id FROM gaiadr3.gaia_source", "csv"))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void capabilitiesNameTheServiceAndItsSecurityMethods() throws Exception {
        for (String base : List.of("/tap_obs", "/tap_cat")) {
            String caps = HTTP.get(base + "/capabilities").body();
            assertThat(caps)
                    .contains("<accessURL use=\"base\">" + DemoServer.baseUrl() + base + "</accessURL>")
                    .contains("standardID=\"ivo://ivoa.net/sso#OAuth\"")
                    .contains("standardID=\"ivo://ivoa.net/sso#BasicAA\"")
                    .contains(DemoServer.baseUrl() + base + "/tables");
            assertThat(HTTP.get(base + "/availability").body()).contains("<vosi:available>true</vosi:available>");
        }
    }

    @Test
    void anonymousCallersGetTheAnonymousRowsAndGrantedCallersTheirs() throws Exception {
        String raw = "SELECT COUNT(*) AS n FROM dbo.raw WHERE prog_id = '" + PRIVATE + "'";
        String obscore = "SELECT COUNT(*) AS n FROM ivoa.ObsCore";
        long granted = rawFramesOf(PRIVATE);
        long released = rawFramesOf(PRIVATE, "o.release <= now()");
        assertThat(granted).isGreaterThan(released);
        // The programme's metadata are private until release: anonymous callers see the released frames.
        assertThat(count("/tap_obs", raw, null)).isEqualTo(released);
        assertThat(count("/tap_obs", obscore, null)).isEqualTo(count("/tap", obscore, null));
        assertThat(count("/tap_obs", "SELECT COUNT(*) AS n FROM dbo.raw", null))
                .isEqualTo(count("/tap", "SELECT COUNT(*) AS n FROM dbo.raw", null));
        assertThat(count("/tap_obs", raw, "Bearer " + jwt)).isEqualTo(granted);
        String basic = Base64.getEncoder().encodeToString("eso_user:eso-demo".getBytes());
        assertThat(count("/tap_obs", raw, "Basic " + basic)).isEqualTo(granted);
        // Another account's token sees what anonymous callers see of the programme.
        HttpResponse<String> other =
                HTTP.post("/sso/oidc/token", "grant_type=password&username=bilbo&password=myprecious");
        String bilbo =
                new ObjectMapper().readTree(other.body()).get("access_token").asText();
        assertThat(count("/tap_obs", raw, "Bearer " + bilbo)).isEqualTo(released);
        // A tampered token is refused, never answered as anonymous.
        HttpResponse<String> tampered = HTTP.send(HttpRequest.newBuilder(DemoHttp.uri(sync("/tap_obs", raw, "csv")))
                .header("Authorization", "Bearer " + jwt.substring(0, jwt.length() - 4) + "AAAA")
                .build());
        assertThat(tampered.statusCode()).isEqualTo(401);
        assertThat(tampered.headers().firstValue("WWW-Authenticate")).isPresent();
    }

    @Test
    void asyncJobsRunInTheirOwnServiceAndListOnlyThere() throws Exception {
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(DemoHttp.uri("/tap_obs/async"))
                .header("Authorization", "Bearer " + jwt)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("LANG=ADQL&RESPONSEFORMAT=csv&PHASE=RUN&QUERY="
                        + DemoHttp.enc("SELECT COUNT(*) AS n FROM dbo.raw WHERE prog_id = '" + PRIVATE + "'")))
                .build());
        assertThat(created.statusCode()).isEqualTo(303);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(DemoServer.baseUrl() + "/tap_obs/async/");
        String id = location.substring(location.lastIndexOf('/') + 1);
        String job = bearer("/tap_obs/async/" + id + "?WAIT=30").body();
        for (int i = 0; i < 30 && !job.contains("COMPLETED") && !job.contains("ERROR"); i++) {
            job = bearer("/tap_obs/async/" + id + "?WAIT=10").body();
        }
        assertThat(job).contains("<uws:phase>COMPLETED</uws:phase>");
        String result = bearer("/tap_obs/async/" + id + "/results/result").body();
        assertThat(result.lines().skip(1).findFirst().orElseThrow().trim())
                .isEqualTo(Long.toString(rawFramesOf(PRIVATE)));
        assertThat(bearer("/tap_obs/async").body()).contains(id);
        assertThat(bearer("/tap/async").body()).doesNotContain(id);
        assertThat(bearer("/tap/async/" + id).statusCode()).isEqualTo(404);
        assertThat(HTTP.get("/tap_obs/async/" + id).statusCode())
                .as("not another caller's")
                .isIn(401, 403, 404);
        // A job of /tap_cat checks its names against /tap_cat's tables.
        HttpResponse<String> refused =
                HTTP.post("/tap_cat/async", "LANG=ADQL&PHASE=RUN&QUERY=" + DemoHttp.enc("SELECT TOP 1 * FROM dbo.raw"));
        String catJob = refused.headers().firstValue("Location").orElseThrow();
        String phase = HTTP.get(catJob.substring(DemoServer.baseUrl().length()) + "?WAIT=30")
                .body();
        for (int i = 0; i < 30 && !phase.contains("ERROR") && !phase.contains("COMPLETED"); i++) {
            phase = HTTP.get(catJob.substring(DemoServer.baseUrl().length()) + "?WAIT=10")
                    .body();
        }
        assertThat(phase).contains("<uws:phase>ERROR</uws:phase>").contains("unknown table");
    }

    private static HttpResponse<String> bearer(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(DemoHttp.uri(path))
                .header("Authorization", "Bearer " + jwt)
                .build());
    }

    private static long rawFramesOf(String programme) throws Exception {
        return rawFramesOf(programme, "true");
    }

    private static long rawFramesOf(String programme, String condition) throws Exception {
        try (Connection c = DemoServer.archive().db().connection();
                PreparedStatement s = c.prepareStatement(
                        "select count(*) from dbo.raw_all o where o.program_id = ? and " + condition)) {
            s.setString(1, programme);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static String sync(String base, String adql, String format) {
        return base + "/sync?REQUEST=doQuery&LANG=ADQL&RESPONSEFORMAT=" + format + "&QUERY=" + DemoHttp.enc(adql);
    }

    private static long count(String base, String adql, String authorization) throws Exception {
        return Long.parseLong(csv(base, adql, authorization).iterator().next());
    }

    private static Set<String> column(String base, String adql, String authorization) throws Exception {
        return new TreeSet<>(csv(base, adql, authorization));
    }

    /** The first column of a sync query's CSV answer, without its header. */
    private static List<String> csv(String base, String adql, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(DemoHttp.uri(sync(base, adql, "csv")));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        HttpResponse<String> r = HTTP.send(b.build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body()
                .lines()
                .skip(1)
                .map(String::trim)
                .filter(l -> !l.isEmpty())
                .toList();
    }
}
