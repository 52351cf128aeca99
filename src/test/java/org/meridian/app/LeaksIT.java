// SPDX-License-Identifier: Apache-2.0
package org.meridian.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meridian.core.auth.Accounts;
import org.meridian.dialect.lco.archive.UrlSigner;
import org.meridian.testing.DemoHttp;
import org.meridian.testing.DemoServer;

/**
 * The leaks an outside review found on the demo, each driven through every dialect's routes
 * (docs/access.md): LCO engineering frames, an ESO programme with private metadata, and JWST
 * exclusive-access data. Each dialect must give the same answer for the same observation.
 */
class LeaksIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final DemoHttp http = new DemoHttp();

    /** A demo file of a program: its dataset name, stored filename, LCO frame id and version id. */
    private record DemoFile(String name, String filename, long observationRowId, long versionId) {}

    // ---- LCO engineering frames: nothing before their public date, a thousand years ahead ----

    @Test
    void lcoEngineeringFramesAreNotListedAnywhere() throws Exception {
        List<DemoFile> frames = files("LCOEngineering");
        assertThat(frames).isNotEmpty();
        assertThat(json(get("/frames/?PROPID=LCOEngineering", null))
                        .path("count")
                        .asLong())
                .isZero();
        assertThat(json(get("/frames/?proposal_id=LCOEngineering", null))
                        .path("count")
                        .asLong())
                .isZero();
        assertThat(json(get("/frames/?PROPID=LCOEngineering", lcoToken("bilbo", "myprecious")))
                        .path("count")
                        .asLong())
                .isZero();
        assertThat(json(get("/frames/?PROPID=LCOEngineering", lcoToken("admin", "admin-demo")))
                        .path("count")
                        .asLong())
                .isEqualTo(frames.size());
        assertThat(json(get("/frames/?public=false", null)).path("count").asLong())
                .isZero();
        assertThat(tapCount("ivoa.ObsCore", "proposal_id", "LCOEngineering")).isZero();
        assertThat(mastFiltered("proposal_id", "LCOEngineering", null)).isEmpty();
        assertThat(json(get("/jsonsummary/progid=LCOEngineering", null))).isEmpty();
    }

    @Test
    void lcoEngineeringFrameBytesAndPreviewsAreRefusedEverywhere() throws Exception {
        DemoFile frame = files("LCOEngineering").getFirst();
        assertThat(get("/frames/" + frame.observationRowId() + "/", null).statusCode())
                .isEqualTo(404);
        assertThat(get("/frames/" + frame.observationRowId() + "/headers/", null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(get("/thumbnails/" + frame.observationRowId() + "/", null).statusCode())
                .isEqualTo(404);
        // A validly signed anonymous link (as the listing used to hand out) no longer opens the bytes.
        String signed = UrlSigner.forArchive(DemoServer.archive().db(), Clock.systemUTC())
                .sign("version:" + frame.versionId() + ":0", Duration.ofHours(1));
        assertThat(get("/versions/" + frame.versionId() + "/download/?account=0&" + signed, null)
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> zip = http.send(HttpRequest.newBuilder(DemoHttp.uri("/frames/zip/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"frame_ids\": [" + frame.observationRowId() + "]}"))
                .build());
        assertThat(zip.statusCode()).isEqualTo(404);
        assertThat(get("/file/" + frame.filename(), null).statusCode()).isEqualTo(404);
        assertThat(get("/api/v0.1/Download/file?uri=mast:LCO/product/" + frame.filename(), null)
                        .statusCode())
                .isEqualTo(404);
        // Staff still get the bytes.
        assertThat(get("/frames/" + frame.observationRowId() + "/", lcoToken("admin", "admin-demo"))
                        .statusCode())
                .isEqualTo(200);
    }

    // ---- ESO: a programme whose raw metadata stay private ----

    @Test
    void esoPrivateProgrammeIsHiddenFromOthersInEveryDialect() throws Exception {
        String programme = "0116.C-0702(A)";
        List<DemoFile> withheld = unreleased(programme);
        assertThat(withheld).hasSizeGreaterThanOrEqualTo(10);
        String adql = "SELECT obs_publisher_did FROM ivoa.ObsCore WHERE proposal_id = '" + programme + "'";
        String raw = "SELECT dp_id FROM dbo.raw WHERE prog_id = '" + programme + "'";
        String mast = "{\"service\":\"Mast.Caom.Filtered\",\"params\":{\"columns\":\"*\",\"filters\":"
                + "[{\"paramName\":\"proposal_id\",\"values\":[\"" + programme + "\"]}]}}";
        for (String credential : new String[] {null, lcoToken("gemini_pi", "gemini-demo")}) {
            String session = credential == null ? null : geminiSession("gemini_pi", "gemini-demo");
            assertNoneNamed(get("/jsonsummary/progid=" + programme, session), withheld);
            assertNoneNamed(get("/jsonfilelist/progid=" + programme, session), withheld);
            assertNoneNamed(get("/download/progid=" + programme, session), withheld);
            assertNoneNamed(get(tapQuery(adql), credential), withheld);
            assertNoneNamed(get(tapQuery(raw), credential), withheld);
            // ESO's own TAP services over part of the tables: the same anonymous rows as /tap.
            assertNoneNamed(get(tapQuery(adql).replaceFirst("^/tap/", "/tap_obs/"), credential), withheld);
            assertNoneNamed(get(tapQuery(raw).replaceFirst("^/tap/", "/tap_obs/"), credential), withheld);
            assertNoneNamed(
                    get(
                            tapQuery("SELECT * FROM TAP_SCHEMA.tables, dbo.raw WHERE prog_id = '" + programme + "'")
                                    .replaceFirst("^/tap/", "/tap_obs/"),
                            credential),
                    withheld);
            assertNoneNamed(mastInvoke(mast, credential), withheld);
            assertThat(get("/file/" + withheld.getFirst().filename(), session).statusCode())
                    .isEqualTo(404);
            assertThat(get(
                                    "/api/v0.1/Download/file?uri=mast:ESO/product/"
                                            + withheld.getFirst().filename(),
                                    credential)
                            .statusCode())
                    .isEqualTo(404);
            // ESO's own services: DataLink answers as for an unknown ID, bytes and cutouts are "not found".
            for (DemoFile f : List.of(withheld.getFirst(), withheld.getLast())) {
                String id = DemoHttp.enc("ivo://eso.org/ID?" + f.name().replaceFirst("\\.fits$", ""));
                HttpResponse<String> links = get("/datalink/links?ID=" + id, credential);
                assertThat(links.statusCode()).isEqualTo(200);
                assertThat(links.body()).contains("NotFoundFault").doesNotContain("/dataportal_new/file/");
                assertThat(get("/dataportal_new/file/" + f.name().replaceFirst("\\.fits$", ""), credential)
                                .statusCode())
                        .isEqualTo(404);
                assertThat(get("/soda/sync?ID=" + id, credential).statusCode()).isEqualTo(404);
                // Calibration selection knows the frame no more than DataLink does.
                HttpResponse<String> cals =
                        get("/calselector/associations?mode=Raw2Raw&cascade=true&ID=" + id, credential);
                assertThat(cals.statusCode()).isEqualTo(200);
                assertThat(cals.body()).contains("NotFoundFault").doesNotContain("/dataportal_new/file/");
                // Nor does a SODA async job: refused at creation as for an unknown ID.
                HttpResponse<String> job =
                        post("/soda/async", "ID=" + id + "&CIRCLE=266.41683+-29.00781+0.001", credential);
                assertThat(job.statusCode()).isEqualTo(400);
                assertThat(job.body()).contains("NotFoundFault");
            }
        }
        HttpResponse<String> lookup =
                mastInvoke("{\"service\":\"Mast.Name.Lookup\",\"params\":{\"input\":\"SGR A* FIELD\"}}", null);
        assertThat(json(lookup).path("resolvedCoordinate")).isEmpty();
    }

    @Test
    void esoPrivateProgrammeIsWholeForItsMembers() throws Exception {
        String programme = "0116.C-0702(A)";
        String session = geminiSession("eso_user", "eso-demo");
        // The Gemini URLs serve Gemini's collection only (gemini.collections), whoever asks.
        assertThat(json(get("/jsonsummary/progid=" + programme, session))).isEmpty();
        String token = "Token " + apiToken("eso_user", "eso-demo");
        HttpResponse<String> tap = http.send(HttpRequest.newBuilder(
                        DemoHttp.uri(tapQuery("SELECT COUNT(*) AS n FROM dbo.raw WHERE prog_id = '" + programme + "'")))
                .header("Authorization", token)
                .build());
        long raw = files(programme).stream()
                .filter(f -> !f.name().startsWith("ADP."))
                .count();
        assertThat(raw).isPositive();
        assertThat(tap.body().lines().skip(1).findFirst().orElseThrow().trim()).isEqualTo(Long.toString(raw));
        String unreleased = "/api/v0.1/Download/file?uri=mast:ESO/product/"
                + unreleased(programme).getFirst().filename();
        assertThat(get(unreleased, null).statusCode())
                .as("not listed to strangers")
                .isEqualTo(404);
        assertThat(http.send(HttpRequest.newBuilder(DemoHttp.uri(unreleased))
                                .header("Authorization", token)
                                .build())
                        .statusCode())
                .isEqualTo(200);
        String dpId = unreleased(programme).getFirst().name().replaceFirst("\\.fits$", "");
        HttpResponse<String> links = http.send(
                HttpRequest.newBuilder(DemoHttp.uri("/datalink/links?ID=" + DemoHttp.enc("ivo://eso.org/ID?" + dpId)))
                        .header("Authorization", token)
                        .build());
        assertThat(links.body()).contains("/dataportal_new/file/" + dpId).doesNotContain("NotAuthorizedFault");
        HttpResponse<String> bytes = http.send(HttpRequest.newBuilder(DemoHttp.uri("/dataportal_new/file/" + dpId))
                .header("Authorization", token)
                .build());
        assertThat(bytes.statusCode()).isEqualTo(200);
        // SSAP lists the programme's spectra to its members only, at its position or anywhere.
        for (String query : List.of("POS=266.41683,-29.00781&SIZE=0.1", "MAXREC=10000")) {
            String ssa = "/ssa?REQUEST=queryData&" + query;
            assertThat(get(ssa, null).body()).as(ssa).doesNotContain(programme, "SGR A*");
            assertThat(http.send(HttpRequest.newBuilder(DemoHttp.uri(ssa))
                                    .header("Authorization", token)
                                    .build())
                            .body())
                    .as(ssa)
                    .contains(programme);
        }
    }

    // ---- JWST: exclusive-access data are listed to everyone, their bytes are not ----

    @Test
    void jwstExclusiveAccessDataAreListedAlikeEverywhere() throws Exception {
        List<DemoFile> exclusive = files("4520");
        assertThat(exclusive).isNotEmpty();
        JsonNode mast = mastFiltered("proposal_id", "4520", null);
        assertThat(mast).hasSize(3);
        mast.forEach(row -> assertThat(row.path("dataRights").asText()).isEqualTo("EXCLUSIVE_ACCESS"));
        assertThat(tapCount("ivoa.ObsCore", "proposal_id", "4520")).isPositive();
        // ... except behind the Gemini URLs, which serve Gemini's collection only (gemini.collections).
        assertThat(json(get("/jsonsummary/progid=4520", null))).isEmpty();
    }

    @Test
    void jwstExclusiveAccessBytesOnlyForMembers() throws Exception {
        DemoFile f = files("4520").getFirst();
        String mastUri = "/api/v0.1/Download/file?uri=mast:JWST/product/" + f.filename();
        assertThat(get(mastUri, null).statusCode()).isEqualTo(401);
        assertThat(get("/file/" + f.filename(), geminiSession("jwst_user", "jwst-demo"))
                        .statusCode())
                .as("the Gemini URLs serve no JWST file, not even to its members")
                .isEqualTo(404);
        assertThat(http.send(HttpRequest.newBuilder(DemoHttp.uri(mastUri))
                                .header("Authorization", "token " + apiToken("jwst_user", "jwst-demo"))
                                .build())
                        .statusCode())
                .isEqualTo(200);
    }

    // ---- helpers ----

    private static List<DemoFile> files(String program) throws Exception {
        return files(program, "true");
    }

    /** The program's files still in their proprietary period (an ESO programme's calibrations are public at once). */
    private static List<DemoFile> unreleased(String program) throws Exception {
        return files(program, "o.release > now()");
    }

    private static List<DemoFile> files(String program, String condition) throws Exception {
        List<DemoFile> out = new ArrayList<>();
        try (Connection c = DemoServer.archive().db().connection();
                PreparedStatement s = c.prepareStatement("""
                        select f.name, v.filename, o.id, v.id from observation o join file f on f.observation_id = o.id
                          join file_version v on v.file_id = f.id and v.canonical
                         where o.program_id = ? and %s order by f.name""".formatted(condition))) {
            s.setString(1, program);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new DemoFile(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4)));
                }
            }
        }
        return out;
    }

    /** GET with an Authorization header value, a Gemini session cookie value ({@code gemini_archive_session=...}), or nothing. */
    // ---- Gaia TAP+ user tables: their owner's only ----

    @Test
    void aUsersTapPlusTableIsInvisibleToEveryoneElse() throws Exception {
        String bilbo = lcoToken("bilbo", "myprecious");
        HttpResponse<String> up = http.send(HttpRequest.newBuilder(DemoHttp.uri("/tap-server/Upload"))
                .header("Authorization", bilbo)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("TABLE_NAME=leakprobe&DELETE=TRUE"))
                .build());
        assertThat(up.statusCode()).isIn(200, 404); // a leftover of an earlier run is removed first
        org.meridian.testing.Multipart form = org.meridian.testing.Multipart.of(
                java.util.Map.of("TABLE_NAME", "leakprobe", "FORMAT", "csv"),
                java.util.Map.of("FILE", "marker_col\n987654321\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        up = http.send(HttpRequest.newBuilder(DemoHttp.uri("/tap-server/Upload"))
                .header("Authorization", bilbo)
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.body()))
                .build());
        assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
        try {
            assertThat(get(tapQuery("SELECT marker_col FROM user_bilbo.leakprobe"), bilbo)
                            .body())
                    .contains("987654321");
            for (String other : java.util.Arrays.asList(null, lcoToken("gemini_pi", "gemini-demo"))) {
                for (String path : List.of(
                        "/tap-server/tap/tables",
                        "/tap-server/tap/tables?tables=user_bilbo.leakprobe",
                        "/tap-server/tap/tables?schemas=user_bilbo&only_tables=true",
                        "/tap/tables",
                        tapQuery("SELECT * FROM TAP_SCHEMA.tables"),
                        tapQuery("SELECT * FROM TAP_SCHEMA.columns"),
                        "/tap-server/tap/sync?LANG=ADQL&FORMAT=csv&QUERY="
                                + DemoHttp.enc("SELECT * FROM TAP_SCHEMA.schemas"))) {
                    HttpResponse<String> r = get(path, other);
                    assertThat(r.statusCode()).as(path).isEqualTo(200);
                    assertThat(r.body()).as(path).doesNotContain("leakprobe", "marker_col", "987654321");
                }
                HttpResponse<String> r = get(tapQuery("SELECT marker_col FROM user_bilbo.leakprobe"), other);
                assertThat(r.statusCode()).isEqualTo(400);
                assertThat(r.body()).doesNotContain("987654321");
            }
        } finally {
            http.send(HttpRequest.newBuilder(DemoHttp.uri("/tap-server/Upload"))
                    .header("Authorization", bilbo)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("TABLE_NAME=leakprobe&DELETE=TRUE"))
                    .build());
        }
    }

    // ---- UWS jobs: a job's rows are its owner's; the Gaia data server reads job: IDs as the caller ----

    @Test
    void anotherUsersJobNeverFeedsTheGaiaDataServer() throws Exception {
        String owner = lcoToken("bilbo", "myprecious");
        String job = new DemoHttp()
                .finishedJob(
                        "/tap", owner, "SELECT source_id FROM gaiadr3.gaia_source WHERE source_id = 30343944744320");
        String path = "/data-server/data?RETRIEVAL_TYPE=EPOCH_PHOTOMETRY&ID=job:" + job + ".source_id";
        assertThat(get(path, owner).statusCode()).isEqualTo(200);
        for (String other :
                new String[] {null, lcoToken("gemini_pi", "gemini-demo"), lcoToken("admin", "admin-demo")}) {
            HttpResponse<String> r = get(path, other);
            assertThat(r.statusCode()).as(other + ": " + r.body()).isBetween(401, 403);
            assertThat(r.body()).doesNotContain("30343944744320").contains("QUERY_STATUS\" value=\"ERROR");
        }
    }

    // ---- Gemini proprietary coordinates: masked alike in every dialect ----

    /**
     * The authorization matrix found these shown through TAP and MAST while the Gemini URLs masked
     * them: a programme whose coordinates are proprietary shows its rows, but neither position nor
     * target name, and a cone on that position finds them only for members.
     */
    @Test
    void geminiProprietaryCoordinatesAreMaskedInTapAndMast() throws Exception {
        String programme = "GN-2025B-Q-210";
        String adql =
                "SELECT target_name, s_ra, s_dec, s_region FROM ivoa.ObsCore WHERE proposal_id = '" + programme + "'";
        String anonymous = get(tapQuery(adql), null).body();
        assertThat(anonymous.lines().skip(1).toList()).hasSize(3).allMatch(line -> line.equals(",,,"));
        assertThat(get(tapQuery(adql), lcoToken("gemini_pi", "gemini-demo")).body())
                .contains("HUDF-par2,53.358,-27.885");
        String cone = "SELECT COUNT(*) AS n FROM ivoa.ObsCore WHERE proposal_id = '" + programme
                + "' AND CONTAINS(POINT('ICRS', s_ra, s_dec), CIRCLE('ICRS', 53.358, -27.885, 0.01)) = 1";
        assertThat(get(tapQuery(cone), null).body().lines().skip(1).findFirst()).hasValue("0");
        assertThat(get(tapQuery(cone), lcoToken("gemini_pi", "gemini-demo"))
                        .body()
                        .lines()
                        .skip(1)
                        .findFirst())
                .hasValue("3");
        JsonNode rows = mastFiltered("proposal_id", programme, null);
        assertThat(rows).hasSize(3);
        for (JsonNode row : rows) {
            assertThat(row.path("s_ra").isNull()).as(row.toString()).isTrue();
            assertThat(row.path("target_name").isNull()).as(row.toString()).isTrue();
            assertThat(row.path("s_region").isNull()).as(row.toString()).isTrue();
        }
        assertThat(mastFiltered("proposal_id", programme, apiToken("gemini_pi", "gemini-demo"))
                        .get(0)
                        .path("s_ra")
                        .asDouble())
                .isEqualTo(53.358);
        String mastCone = "{\"service\":\"Mast.Caom.Cone\",\"format\":\"json\",\"params\":{\"ra\":53.358,"
                + "\"dec\":-27.885,\"radius\":0.01}}";
        assertThat(mastInvoke(mastCone, null).body()).doesNotContain(programme);
    }

    private HttpResponse<String> get(String path, String credential) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(DemoHttp.uri(path));
        if (credential != null && credential.startsWith("gemini_archive_session=")) {
            b.header("Cookie", credential);
        } else if (credential != null) {
            b.header("Authorization", credential);
        }
        return http.send(b.build());
    }

    private HttpResponse<String> post(String path, String form, String credential) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(DemoHttp.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (credential != null) {
            b.header("Authorization", credential);
        }
        return http.send(b.build());
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static long accountId(String user, String password) throws Exception {
        return DemoServer.archive()
                .accounts()
                .login(user, password)
                .orElseThrow()
                .accountId();
    }

    private static String apiToken(String user, String password) throws Exception {
        return DemoServer.archive().accounts().tokenOf(accountId(user, password));
    }

    private static String lcoToken(String user, String password) throws Exception {
        return "Token " + apiToken(user, password);
    }

    private static String geminiSession(String user, String password) throws Exception {
        Accounts accounts = DemoServer.archive().accounts();
        return "gemini_archive_session=" + accounts.openSession(accountId(user, password));
    }

    private static String tapQuery(String adql) {
        return "/tap/sync?REQUEST=doQuery&LANG=ADQL&RESPONSEFORMAT=csv&QUERY=" + DemoHttp.enc(adql);
    }

    private long tapCount(String table, String column, String value) throws Exception {
        HttpResponse<String> r =
                get(tapQuery("SELECT COUNT(*) AS n FROM " + table + " WHERE " + column + " = '" + value + "'"), null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().trim());
    }

    /** The answer is a 200 that names none of the files (by dataset name without {@code .fits}). */
    private static void assertNoneNamed(HttpResponse<String> r, List<DemoFile> files) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        for (DemoFile f : files) {
            assertThat(r.body()).doesNotContain(f.name().replaceFirst("\\.fits$", ""));
        }
    }

    private HttpResponse<String> mastInvoke(String request, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(DemoHttp.uri("/api/v0/invoke"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "request=" + DemoHttp.enc(request).replace("+", "%20")));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build());
    }

    private JsonNode mastFiltered(String column, String value, String token) throws Exception {
        String request = "{\"service\":\"Mast.Caom.Filtered\",\"format\":\"json\",\"params\":{\"columns\":\"*\","
                + "\"filters\":[{\"paramName\":\"" + column + "\",\"values\":[\"" + value + "\"]}]}}";
        HttpRequest.Builder b = HttpRequest.newBuilder(DemoHttp.uri("/api/v0/invoke"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "request=" + DemoHttp.enc(request).replace("+", "%20")));
        if (token != null) {
            b.header("Authorization", "token " + token);
        }
        return json(http.send(b.build())).path("data");
    }
}
