// SPDX-License-Identifier: Apache-2.0
package org.meridian.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.testing.DemoHttp.enc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.meridian.testing.DemoHttp;

/**
 * Hostile input through every dialect, over real HTTP against the demo server: each is a 4xx in
 * the dialect's own error form (TAP a DALI VOTable, UWS and Gemini plain text, Gemini REST and LCO
 * DRF JSON, MAST its status/msg JSON), shows no stack trace or Java names, echoes no NUL, and the
 * same dialect answers a normal database query right after, twice (a NUL in SQL text used to
 * break a pooled connection). Each case answered 500, an empty body or malformed XML before.
 */
class HostileInputIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NUL = "\0";
    private static final DemoHttp HTTP = new DemoHttp();

    private static String lcoToken;

    enum Form {
        VOTABLE,
        PLAIN_TEXT,
        DRF_JSON,
        MAST_JSON
    }

    /** Each dialect with a request that reads the database, and what its success looks like. */
    enum Dialect {
        TAP(
                () -> form("/tap/sync", "LANG=ADQL&QUERY=" + enc("SELECT TOP 3 table_name FROM tap_schema.tables")),
                "QUERY_STATUS\" value=\"OK\""),
        GEMINI(() -> get("/jsonsummary/GN-2010B-Q-22"), "GN-2010B-Q-22"),
        GEMINI_REST(() -> get("/api/headers/?instrument=GMOS-N"), "\"count\""),
        LCO_ARCHIVE(() -> get("/frames/?limit=2"), "\"results\""),
        LCO_PORTAL(() -> get("/api/semesters/"), "\"results\""),
        MAST(() -> mast("{\"paramName\":\"obs_collection\",\"values\":[\"JWST\"]}"), "\"COMPLETE\""),
        GAIA_DATA(() -> get("/data-server/datalink/links?ID=Gaia+DR3+30343944744320"), "QUERY_STATUS\" value=\"OK\""),
        ESO(() -> get("/ssa?REQUEST=queryData&POS=123.26956,-34.57804&SIZE=0.1"), "QUERY_STATUS\" value=\"OK\"");

        final Supplier<HttpRequest> normal;
        final String success;

        Dialect(Supplier<HttpRequest> normal, String success) {
            this.normal = normal;
            this.success = success;
        }
    }

    record Case(String name, Dialect dialect, Form form, Supplier<HttpRequest> request) {
        @Override
        public String toString() {
            return dialect + ": " + name;
        }
    }

    @BeforeAll
    static void logIn() throws Exception {
        HttpResponse<String> r = HTTP.post("/api/api-token-auth/", "username=bilbo&password=myprecious");
        lcoToken = JSON.readTree(r.body()).path("token").asText();
    }

    static Stream<Case> cases() {
        return Stream.of(
                tap("TOP beyond 64 bits", "SELECT TOP 9223372036854775808 * FROM tap_schema.tables"),
                // ESO's services over part of the tables share TAP's door and parser.
                scoped("/tap_obs", "NUL in a string literal", "SELECT * FROM dbo.raw WHERE dp_id = 'a" + NUL + "b'"),
                scoped(
                        "/tap_obs",
                        "3,000 nested parentheses",
                        "SELECT * FROM dbo.raw WHERE " + nest("(", "1=1", ")", 3000)),
                scoped(
                        "/tap_cat",
                        "OFFSET beyond 64 bits",
                        "SELECT * FROM tap_schema.tables OFFSET 9223372036854775808"),
                scoped("/tap_cat", "a table of another service", "SELECT * FROM ivoa.ObsCore"),
                new Case(
                        "NUL in an async job's QUERY, /tap_obs",
                        Dialect.TAP,
                        Form.VOTABLE,
                        () -> form("/tap_obs/async", "LANG=ADQL&QUERY=" + enc("SELECT '" + NUL + "' FROM dbo.raw"))),
                new Case(
                        "NUL in VOSI tables' detail, /tap_cat",
                        Dialect.TAP,
                        Form.VOTABLE,
                        () -> get("/tap_cat/tables?detail=a%00b")),
                tap("OFFSET beyond 64 bits", "SELECT * FROM tap_schema.tables OFFSET 9223372036854775808"),
                tap("a CAST length beyond 32 bits", "SELECT CAST(1 AS VARCHAR(99999999999)) FROM tap_schema.tables"),
                tap("NUL in a string literal", "SELECT * FROM tap_schema.tables WHERE table_name = 'a" + NUL + "b'"),
                tap("NUL in a delimited alias", "SELECT TOP 1 1 AS \"a" + NUL + "b\" FROM tap_schema.tables"),
                tap("NUL in a comment", "SELECT TOP 1 * FROM tap_schema.tables -- x" + NUL + "y"),
                tap("3,000 nested parentheses", "SELECT * FROM tap_schema.tables WHERE " + nest("(", "1=1", ")", 3000)),
                tap(
                        "1,000 nested function calls",
                        "SELECT " + nest("ABS(", "1", ")", 1000) + " FROM tap_schema.tables"),
                tap(
                        "1,000 nested CASE",
                        "SELECT " + nest("CASE WHEN 1=1 THEN ", "1", " END", 1000) + " FROM tap_schema.tables"),
                tap("a chain of 2,000 additions", "SELECT 1" + " + 1".repeat(2000) + " FROM tap_schema.tables"),
                tap(
                        "1,000 nested subqueries",
                        "SELECT * FROM " + nest("(SELECT * FROM ", "tap_schema.tables", " AS t)", 1000) + " AS x"),
                new Case(
                        "NUL in a string literal, by GET",
                        Dialect.TAP,
                        Form.VOTABLE,
                        () -> get("/tap/sync?LANG=ADQL&QUERY="
                                + enc("SELECT * FROM tap_schema.tables WHERE table_name = '" + NUL + "'"))),
                new Case(
                        "NUL in a string literal, in a multipart part",
                        Dialect.TAP,
                        Form.VOTABLE,
                        () -> multipart(
                                "/tap/sync",
                                "LANG",
                                "ADQL",
                                "QUERY",
                                "SELECT * FROM tap_schema.tables WHERE table_name = 'a" + NUL + "b'")),
                new Case(
                        "NUL in an async job's QUERY",
                        Dialect.TAP,
                        Form.VOTABLE,
                        () -> form(
                                "/tap/async",
                                "LANG=ADQL&QUERY="
                                        + enc("SELECT * FROM tap_schema.tables WHERE table_name = '" + NUL + "'"))),
                new Case(
                        "NUL in an async job's RUNID",
                        Dialect.TAP,
                        Form.VOTABLE,
                        () -> form("/tap/async", "LANG=ADQL&RUNID=a%00b&QUERY=" + enc("SELECT 1"))),
                new Case(
                        "TAP+: NUL in /tables' tables",
                        Dialect.TAP,
                        Form.VOTABLE,
                        () -> get("/tap-server/tap/tables?tables=a%00b")),
                new Case(
                        "TAP+: NUL in a login",
                        Dialect.TAP,
                        Form.VOTABLE,
                        () -> form("/tap-server/login", "username=a%00b&password=x")),
                new Case(
                        "TAP+: NUL in an Upload's TABLE_NAME",
                        Dialect.TAP,
                        Form.VOTABLE,
                        () -> withToken(form("/tap-server/Upload", "TABLE_NAME=a%00b&DELETE=TRUE"))),
                new Case(
                        "TAP+: NUL in an Upload's TABLE_DESC, in a multipart part",
                        Dialect.TAP,
                        Form.VOTABLE,
                        () -> withToken(multipart(
                                "/tap-server/Upload",
                                "TABLE_NAME",
                                "nul_desc",
                                "TABLE_DESC",
                                "a" + NUL + "b",
                                "FORMAT",
                                "csv",
                                "FILE",
                                "id\n1\n"))),
                new Case(
                        "TAP+: NUL in an uploaded table's value",
                        Dialect.TAP,
                        Form.VOTABLE,
                        () -> withToken(multipart(
                                "/tap-server/Upload",
                                "TABLE_NAME",
                                "nul_value",
                                "FORMAT",
                                "csv",
                                "FILE",
                                "id,s\n1,a" + NUL + "b\n"))),
                new Case(
                        "TAP+: NUL in a TableTool column",
                        Dialect.TAP,
                        Form.VOTABLE,
                        () -> withToken(form("/tap-server/TableTool", "ACTION=radec&TABLE_NAME=t&RA=a%00b&DEC=d"))),
                new Case(
                        "TAP+: NUL in a group's title",
                        Dialect.TAP,
                        Form.VOTABLE,
                        () -> withToken(form("/tap-server/tap/share", "action=CreateOrUpdateGroup&title=a%00b"))),
                new Case(
                        "TAP+: NUL in deletejobs",
                        Dialect.TAP,
                        Form.VOTABLE,
                        () -> withToken(form("/tap-server/tap/deletejobs", "JOB_IDS=a%00b"))),
                new Case("NUL in a Basic credential", Dialect.TAP, Form.PLAIN_TEXT, () -> HttpRequest.newBuilder(
                                DemoHttp.uri("/tap/async"))
                        .timeout(TIMEOUT)
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(("a" + NUL + "b:pw").getBytes(StandardCharsets.UTF_8)))
                        .build()),
                new Case(
                        "NUL in a download form",
                        Dialect.GEMINI,
                        Form.PLAIN_TEXT,
                        () -> form("/download", "files=a%00b.fits")),
                new Case(
                        "NUL in a login form",
                        Dialect.GEMINI,
                        Form.PLAIN_TEXT,
                        () -> form("/login", "username=a%00b&password=x")),
                new Case(
                        "NUL in orderby",
                        Dialect.GEMINI,
                        Form.PLAIN_TEXT,
                        () -> get("/jsonsummary/GN-2010B-Q-22?orderby=a%00b")),
                new Case(
                        "NUL in a headers filter",
                        Dialect.GEMINI_REST,
                        Form.DRF_JSON,
                        () -> get("/api/headers/?object=a%00b")),
                new Case(
                        "NUL in a files filter with __ne",
                        Dialect.GEMINI_REST,
                        Form.DRF_JSON,
                        () -> get("/api/files/?name__ne=a%00b")),
                new Case(
                        "NUL in a programs filter",
                        Dialect.GEMINI_REST,
                        Form.DRF_JSON,
                        () -> get("/api/programs/?program_id=a%00b")),
                new Case("NUL in OBJECT", Dialect.LCO_ARCHIVE, Form.DRF_JSON, () -> get("/frames/?OBJECT=a%00b")),
                new Case("NUL in PROPID", Dialect.LCO_ARCHIVE, Form.DRF_JSON, () -> get("/frames/?PROPID=a%00b")),
                new Case("NUL in basename", Dialect.LCO_ARCHIVE, Form.DRF_JSON, () -> get("/frames/?basename=a%00b")),
                new Case(
                        "NUL in a JSON token request",
                        Dialect.LCO_ARCHIVE,
                        Form.DRF_JSON,
                        () -> json("/api-token-auth/", "{\"username\":\"a\\u0000b\",\"password\":\"x\"}")),
                new Case(
                        "NUL in a userrequests filter",
                        Dialect.LCO_PORTAL,
                        Form.DRF_JSON,
                        () -> withToken(get("/api/userrequests/?proposal=a%00b"))),
                new Case(
                        "NUL in a requestgroups filter",
                        Dialect.LCO_PORTAL,
                        Form.DRF_JSON,
                        () -> withToken(get("/api/requestgroups/?title=a%00b"))),
                new Case(
                        "NUL in pressure's instrument",
                        Dialect.LCO_PORTAL,
                        Form.DRF_JSON,
                        () -> get("/api/pressure/?instrument=a%00b")),
                new Case(
                        "NUL in telescope_states' site",
                        Dialect.LCO_PORTAL,
                        Form.DRF_JSON,
                        () -> get("/api/telescope_states/?site=a%00b")),
                new Case(
                        "NUL in a token request's username",
                        Dialect.LCO_PORTAL,
                        Form.DRF_JSON,
                        () -> form("/api/api-token-auth/", "username=bil%00bo&password=x")),
                new Case(
                        "NUL in a submitted request group",
                        Dialect.LCO_PORTAL,
                        Form.DRF_JSON,
                        () -> withToken(json("/api/userrequests/", requestGroup("a\\u0000b")))),
                new Case(
                        "telescope_availability over a century",
                        Dialect.LCO_PORTAL,
                        Form.DRF_JSON,
                        () -> get("/api/telescope_availability/?start=2000-01-01&end=2100-01-01")),
                new Case(
                        "telescope_states over a century",
                        Dialect.LCO_PORTAL,
                        Form.DRF_JSON,
                        () -> get("/api/telescope_states/?start=2000-01-01&end=2100-01-01")),
                new Case(
                        "NUL in a filter value",
                        Dialect.MAST,
                        Form.MAST_JSON,
                        () -> mast("{\"paramName\":\"obs_collection\",\"values\":[\"a\\u0000b\"]}")),
                new Case(
                        "NUL in freeText",
                        Dialect.MAST,
                        Form.MAST_JSON,
                        () -> mast("{\"paramName\":\"target_name\",\"values\":[],\"freeText\":\"a\\u0000b\"}")),
                new Case(
                        "NUL in a name to resolve",
                        Dialect.MAST,
                        Form.MAST_JSON,
                        () -> form(
                                "/api/v0/invoke",
                                "request="
                                        + enc("{\"service\":\"Mast.Name.Lookup\",\"format\":\"json\","
                                                + "\"params\":{\"input\":\"M\\u000031\"}}"))),
                gaia("NUL in an ID", "/data-server/data?RETRIEVAL_TYPE=RVS&ID=Gaia+DR3+1%00"),
                gaia("an unknown retrieval type", "/data-server/data?RETRIEVAL_TYPE=SPECTRA&ID=30343944744320"),
                gaia("a list mixing ids and designations", "/data-server/data?RETRIEVAL_TYPE=RVS&ID=1,Gaia+DR3+2"),
                gaia("a source_id beyond 64 bits", "/data-server/data?RETRIEVAL_TYPE=RVS&ID=99999999999999999999"),
                gaia("a reversed range", "/data-server/data?RETRIEVAL_TYPE=RVS&ID=9-1"),
                gaia("another user's table", "/data-server/data?RETRIEVAL_TYPE=RVS&ID=user_x.t.source_id"),
                gaia("a job that does not exist", "/data-server/data?RETRIEVAL_TYPE=RVS&ID=job:nosuch.source_id"),
                gaia("NUL in a DataLink ID", "/data-server/datalink/links?ID=1%00"),
                gaia("a DataLink batch of 1,001 IDs", "/data-server/datalink/links?ID=" + ids(1001)),
                eso("NUL in an SSAP position", Form.VOTABLE, "/ssa?REQUEST=queryData&POS=1%00,2"),
                eso("an SSAP SIZE that is no number", Form.VOTABLE, "/ssa?REQUEST=queryData&POS=1,2&SIZE=wide"),
                eso("NUL in a DataLink ID", Form.VOTABLE, "/datalink/links?ID=a%00b"),
                eso("a SODA POS that is no shape", Form.PLAIN_TEXT, "/soda/sync?ID=x&POS=TRIANGLE+1+2+3"),
                eso("a SODA CIRCLE beyond the pole", Form.PLAIN_TEXT, "/soda/sync?ID=x&CIRCLE=10+95+1"),
                eso("a token request without a grant", Form.DRF_JSON, "/sso/oidc/token?username=a%00b"),
                eso("NUL in a calibration selection ID", Form.VOTABLE, "/calselector/associations?ID=a%00b"),
                eso(
                        "an unknown calibration selection mode",
                        Form.VOTABLE,
                        "/calselector/associations?ID=x&mode=Raw2Everything"),
                eso("a cascade that is no boolean", Form.VOTABLE, "/calselector/associations?ID=x&cascade=maybe"),
                new Case(
                        "a SODA async job with a CIRCLE beyond the pole",
                        Dialect.ESO,
                        Form.VOTABLE,
                        () -> form("/soda/async", "ID=x&CIRCLE=10+95+1")),
                new Case(
                        "NUL in a SODA async job's ID",
                        Dialect.ESO,
                        Form.VOTABLE,
                        () -> form("/soda/async", "ID=a%00b")),
                new Case(
                        "a SODA async job for no dataset",
                        Dialect.ESO,
                        Form.VOTABLE,
                        () -> form("/soda/async", "ID=ivo%3A%2F%2Feso.org%2FID%3Fnothing&CIRCLE=1+2+0.1")));
    }

    private static Case gaia(String name, String path) {
        return new Case(name, Dialect.GAIA_DATA, Form.VOTABLE, () -> get(path));
    }

    private static Case eso(String name, Form form, String path) {
        return new Case(name, Dialect.ESO, form, () -> get(path));
    }

    private static String ids(int n) {
        return String.join(
                ",",
                java.util.stream.LongStream.rangeClosed(1, n)
                        .mapToObj(Long::toString)
                        .toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedInTheDialectsFormAndTheServerStaysHealthy(Case c) throws Exception {
        HttpResponse<String> r = HTTP.send(c.request().get());
        String type = r.headers().firstValue("Content-Type").orElse("");
        assertThat(r.statusCode()).as(c + ": " + r.body()).isBetween(400, 499);
        assertThat(r.body())
                .as(c.toString())
                .isNotBlank()
                .doesNotContain("Exception", "at org.", "org.meridian", ".java:", "java.", NUL);
        switch (c.form()) {
            case VOTABLE -> {
                assertThat(type).startsWith("application/x-votable+xml");
                assertThat(r.body()).contains("<INFO name=\"QUERY_STATUS\" value=\"ERROR\">");
                assertWellFormedXml(r.body());
            }
            case PLAIN_TEXT -> assertThat(type).startsWith("text/plain");
            case DRF_JSON -> {
                assertThat(type).startsWith("application/json");
                JsonNode body = JSON.readTree(r.body());
                assertThat(body.isObject() && !body.isEmpty()).as(r.body()).isTrue();
            }
            case MAST_JSON -> {
                assertThat(type).startsWith("application/json");
                JsonNode body = JSON.readTree(r.body());
                assertThat(body.path("status").asText()).isEqualTo("ERROR");
                assertThat(body.path("msg").asText()).isNotBlank();
            }
        }
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> normal = HTTP.send(c.dialect().normal.get());
            assertThat(normal.statusCode())
                    .as("after " + c + ": " + normal.body())
                    .isEqualTo(200);
            assertThat(normal.body()).contains(c.dialect().success);
        }
    }

    @Test
    void aQueryNestedTooDeeplyEndsItsAsyncJobInError() throws Exception {
        String adql = "SELECT * FROM tap_schema.tables WHERE " + nest("(", "1=1", ")", 3000);
        HttpResponse<String> created = HTTP.send(form("/tap/async", "LANG=ADQL&PHASE=RUN&QUERY=" + enc(adql)));
        assertThat(created.statusCode()).isEqualTo(303);
        String job = URI.create(created.headers().firstValue("Location").orElseThrow())
                .getPath();
        Instant until = Instant.now().plusSeconds(30);
        String phase;
        do {
            Thread.sleep(100);
            phase = HTTP.get(job + "/phase").body().trim();
        } while (!phase.equals("ERROR")
                && !phase.equals("COMPLETED")
                && Instant.now().isBefore(until));
        assertThat(phase).isEqualTo("ERROR");
        assertThat(HTTP.get(job + "/error").body()).contains("nested too deeply");
        HTTP.send(HttpRequest.newBuilder(DemoHttp.uri(job)).DELETE().build());
    }

    @Test
    void aConditionOfThousandsOfOrsIsAnswered() throws Exception {
        StringBuilder adql = new StringBuilder("SELECT TOP 5 table_name FROM tap_schema.tables WHERE table_index = 0");
        for (int i = 1; i < 5000; i++) adql.append(" OR table_index = ").append(i);
        HttpResponse<String> r = HTTP.send(form("/tap/sync", "LANG=ADQL&QUERY=" + enc(adql.toString())));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("QUERY_STATUS\" value=\"OK\"");
    }

    private static Case scoped(String base, String name, String adql) {
        return new Case(
                name + ", " + base,
                Dialect.TAP,
                Form.VOTABLE,
                () -> form(base + "/sync", "LANG=ADQL&QUERY=" + enc(adql)));
    }

    private static Case tap(String name, String adql) {
        return new Case(name, Dialect.TAP, Form.VOTABLE, () -> form("/tap/sync", "LANG=ADQL&QUERY=" + enc(adql)));
    }

    private static String nest(String open, String inner, String close, int n) {
        return open.repeat(n) + inner + close.repeat(n);
    }

    private static HttpRequest get(String path) {
        return HttpRequest.newBuilder(DemoHttp.uri(path)).timeout(TIMEOUT).build();
    }

    private static HttpRequest form(String path, String body) {
        return HttpRequest.newBuilder(DemoHttp.uri(path))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static HttpRequest json(String path, String body) {
        return HttpRequest.newBuilder(DemoHttp.uri(path))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** Text fields as multipart/form-data parts, name then value. */
    private static HttpRequest multipart(String path, String... fields) {
        String boundary = "hostile-input-boundary";
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            body.append("--")
                    .append(boundary)
                    .append("\r\nContent-Disposition: form-data; name=\"")
                    .append(fields[i])
                    .append("\"\r\n\r\n")
                    .append(fields[i + 1])
                    .append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        return HttpRequest.newBuilder(DemoHttp.uri(path))
                .timeout(TIMEOUT)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
    }

    private static HttpRequest withToken(HttpRequest request) {
        return HttpRequest.newBuilder(request, (name, value) -> true)
                .header("Authorization", "Token " + lcoToken)
                .build();
    }

    private static HttpRequest mast(String filter) {
        return form(
                "/api/v0/invoke",
                "request="
                        + enc("{\"service\":\"Mast.Caom.Filtered\",\"format\":\"json\",\"pagesize\":2,"
                                + "\"params\":{\"columns\":\"*\",\"filters\":[" + filter + "]}}"));
    }

    /** A request group bilbo may submit (a window in the next days), named {@code groupId} (JSON-escaped). */
    private static String requestGroup(String groupId) {
        Instant start = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        return "{\"proposal\":\"LCOEPO1\",\"group_id\":\"" + groupId + "\",\"operator\":\"SINGLE\",\"ipp_value\":1.0,"
                + "\"observation_type\":\"NORMAL\",\"requests\":[{\"target\":{\"name\":\"m31\",\"type\":\"SIDEREAL\","
                + "\"ra\":10.68,\"dec\":41.27},\"molecules\":[{\"type\":\"EXPOSE\",\"instrument_name\":"
                + "\"1M0-SCICAM-SINISTRO\",\"filter\":\"rp\",\"exposure_time\":30,\"exposure_count\":1,\"bin_x\":1,"
                + "\"bin_y\":1}],\"location\":{\"telescope_class\":\"1m0\"},\"constraints\":{\"max_airmass\":2.0,"
                + "\"min_lunar_distance\":30.0},\"windows\":[{\"start\":\"" + start + "\",\"end\":\""
                + start.plus(2, ChronoUnit.DAYS) + "\"}]}]}";
    }

    private static void assertWellFormedXml(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
