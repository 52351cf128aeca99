// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.trust.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meridian.testing.DemoHttp;
import org.meridian.testing.DemoServer;
import org.meridian.testing.Multipart;

/**
 * Hostile input for every parser a client reaches over HTTP (docs/operations.md, "Fuzzing"): ADQL,
 * Gemini selections, MAST and LCO request JSON, table uploads and raw HTTP. Every answer must be a
 * 4xx or better, in bounded time, without internals, and the server must stay healthy.
 */
class HttpFuzzIT {

    private static String lcoToken;

    @BeforeAll
    static void login() throws Exception {
        var accounts = DemoServer.archive().accounts();
        lcoToken = accounts.tokenOf(
                accounts.login("bilbo", "myprecious").orElseThrow().accountId());
    }

    // ---- ADQL through TAP sync ----

    private static final List<String> ADQL_SEEDS = List.of(
            "SELECT TOP 10 obs_id, s_ra, s_dec FROM ivoa.ObsCore WHERE dataproduct_type = 'image' ORDER BY s_ra",
            "SELECT COUNT(*) AS n, instrument_name FROM ivoa.ObsCore GROUP BY instrument_name HAVING COUNT(*) > 1",
            "SELECT source_id, ra, dec FROM gaiadr3.gaia_source WHERE 1 = CONTAINS(POINT('ICRS', ra, dec),"
                    + " CIRCLE('ICRS', 56.75, 24.12, 0.5))",
            "SELECT a.source_id, DISTANCE(POINT(a.ra, a.dec), POINT(b.ra, b.dec)) AS d FROM gaiadr3.gaia_source AS a"
                    + " JOIN gaiadr2.gaia_source AS b ON a.source_id = b.source_id WHERE a.phot_g_mean_mag < 12",
            "SELECT TOP 5 * FROM TAP_SCHEMA.columns WHERE table_name LIKE 'ivoa%' OR indexed = 1",
            "WITH t AS (SELECT TOP 3 obs_id FROM ivoa.ObsCore) SELECT * FROM t UNION SELECT obs_id FROM ivoa.ObsCore"
                    + " WHERE obs_id IN (SELECT obs_id FROM t)",
            "SELECT ROUND(s_ra, 2), TRUNCATE(s_dec, 1), LOWER(target_name), CAST(s_ra AS INTEGER)"
                    + " FROM ivoa.ObsCore WHERE s_ra BETWEEN 10 AND 300 AND t_exptime IS NOT NULL",
            "SELECT dp_id, object FROM dbo.raw WHERE 1 = INTERSECTS(POINT('ICRS', ra, dec),"
                    + " POLYGON('ICRS', 260, -30, 270, -30, 270, -28, 260, -28)) OFFSET 2",
            "SELECT CASE WHEN s_ra > 180 THEN 'west' ELSE 'east' END AS side, COUNT(*) FROM ivoa.ObsCore GROUP BY side",
            "SELECT TOP 1 ivo_healpix_index(10, ra, dec) FROM gaiadr3.gaia_source");

    private static final List<String> ADQL_WORDS = List.of(
            "SELECT",
            "TOP",
            "DISTINCT",
            "FROM",
            "WHERE",
            "AND",
            "OR",
            "NOT",
            "JOIN",
            "LEFT OUTER JOIN",
            "NATURAL",
            "ON",
            "USING",
            "GROUP BY",
            "HAVING",
            "ORDER BY",
            "DESC",
            "UNION",
            "EXCEPT",
            "INTERSECT",
            "ALL",
            "WITH",
            "AS",
            "IN",
            "BETWEEN",
            "LIKE",
            "ILIKE",
            "IS NULL",
            "EXISTS",
            "CASE",
            "WHEN",
            "THEN",
            "ELSE",
            "END",
            "OFFSET",
            "CONTAINS",
            "POINT",
            "CIRCLE",
            "BOX",
            "POLYGON",
            "DISTANCE",
            "INTERSECTS",
            "AREA",
            "COORD1",
            "COORD2",
            "REGION",
            "COORDSYS",
            "CENTROID",
            "ABS",
            "CEILING",
            "DEGREES",
            "EXP",
            "FLOOR",
            "LOG",
            "LOG10",
            "MOD",
            "PI()",
            "POWER",
            "RADIANS",
            "SQRT",
            "RAND",
            "ROUND",
            "TRUNCATE",
            "SIN",
            "COS",
            "ATAN2",
            "UPPER",
            "COUNT(*)",
            "SUM",
            "AVG",
            "MIN",
            "MAX",
            "CAST",
            "COALESCE",
            "IN_UNIT",
            "ivo_string_agg",
            "ivoa.ObsCore",
            "dbo.raw",
            "gaiadr3.gaia_source",
            "TAP_SCHEMA.tables",
            "TAP_UPLOAD.t",
            "s_ra",
            "s_dec",
            "obs_id",
            "source_id",
            "ra",
            "dec",
            "'ICRS'",
            "'GALACTIC'",
            "1",
            "0",
            "-1",
            "1.5e3",
            "NULL",
            "\"s_ra\"",
            "\"weird name\"",
            "||",
            "<>",
            "!=",
            ">=",
            "=",
            "*",
            "/",
            "+",
            "-",
            "(",
            ")",
            ",",
            "a.",
            ".*");

    @Test
    void adql() throws Exception {
        for (String seed : ADQL_SEEDS) { // the fuzzer starts from queries that really run
            assertThat(HttpProperty.holds(form("/tap/sync", "REQUEST", "doQuery", "LANG", "ADQL", "QUERY", seed))
                            .statusCode())
                    .as(seed)
                    .isEqualTo(200);
        }
        List<String> seeds = new ArrayList<>(ADQL_SEEDS);
        seeds.addAll(lyonetiaQueries());
        Fuzzer.run(
                "ADQL (parse, translate, run)",
                400,
                r -> r.nextInt(8) == 0 ? tokenSoup(r) : Mutations.mutate(r, Mutations.pick(r, seeds), ADQL_WORDS),
                q -> q,
                q -> HttpProperty.holds(form("/tap/sync", "REQUEST", "doQuery", "LANG", "ADQL", "QUERY", q)));
    }

    private static String tokenSoup(java.util.Random r) {
        StringBuilder q = new StringBuilder("SELECT ");
        int n = 1 + r.nextInt(25);
        for (int i = 0; i < n; i++) {
            q.append(Mutations.pick(r, ADQL_WORDS)).append(' ');
        }
        return q.toString();
    }

    /** The IVOA validation queries, when ../shared is beside the checkout (CI); none otherwise. */
    private static List<String> lyonetiaQueries() throws Exception {
        List<String> queries = new ArrayList<>();
        for (Path root : List.of(Path.of("..", "shared"), Path.of("/work/shared"))) {
            Path dir = root.resolve("corpora/lyonetia/src/adql");
            if (!Files.isDirectory(dir)) {
                continue;
            }
            Pattern adql = Pattern.compile("<adql[^>]*>(.*?)</adql>", Pattern.DOTALL);
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".xml"))
                        .sorted()
                        .toList()) {
                    Matcher m = adql.matcher(Files.readString(f));
                    while (m.find()) {
                        queries.add(m.group(1)
                                .replace("&lt;", "<")
                                .replace("&gt;", ">")
                                .replace("&quot;", "\"")
                                .replace("&apos;", "'")
                                .replace("&amp;", "&")
                                .trim());
                    }
                }
            }
            break;
        }
        return queries;
    }

    // ---- Gemini selection paths ----

    private static final List<String> GEMINI_WORDS = List.of(
            "GN-2010B-Q-22",
            "GS-2025B-Q-105",
            "GN-2010B-Q-22-1-001",
            "N20101231S0338.fits",
            "20101231",
            "20101231-20110105",
            "2010-12-31",
            "today",
            "yesterday",
            "GMOS-N",
            "GMOS-S",
            "NIRI",
            "F2",
            "GNIRS",
            "GHOST",
            "OBJECT",
            "BIAS",
            "FLAT",
            "ARC",
            "science",
            "calibration",
            "imaging",
            "spectroscopy",
            "Pass",
            "Fail",
            "Lucky",
            "AnyQA",
            "Win",
            "ra=10:00:00",
            "dec=-30",
            "sr=10",
            "ra=123.4-125",
            "dec=-30--20",
            "object=M31",
            "filter=g",
            "binning=2x2",
            "exposure_time=30",
            "present",
            "canonical",
            "notengineering",
            "engineering",
            "raw",
            "processed_bias",
            "cols=CTOWEQ",
            "az=10-20",
            "el=40-50",
            "crpa=0-30",
            "N",
            "S",
            "obsid=GN-2010B-Q-22-1",
            "datalabel=GN-2010B-Q-22-1-001",
            "progid=GN-2010B-Q-22",
            "twilight",
            "nottwilight",
            "AO",
            "NOTAO",
            "LGS",
            "NGS",
            "fullframe",
            "centralspectrum",
            "low",
            "high",
            "slow");

    @Test
    void geminiSelections() throws Exception {
        List<String> features = List.of("jsonsummary", "jsonfilelist", "jsoncalmgr", "calibrations", "summary");
        Fuzzer.run(
                "Gemini selections",
                300,
                r -> {
                    StringBuilder path = new StringBuilder("/" + Mutations.pick(r, features));
                    int n = 1 + r.nextInt(5);
                    for (int i = 0; i < n; i++) {
                        String word = r.nextInt(4) == 0
                                ? Mutations.mutate(r, Mutations.pick(r, GEMINI_WORDS), GEMINI_WORDS)
                                : Mutations.pick(r, GEMINI_WORDS);
                        path.append('/')
                                .append(DemoHttp.enc(word).replace("+", "%20").replace("%2F", "/"));
                    }
                    return path.toString();
                },
                p -> p,
                p -> HttpProperty.holds(HttpRequest.newBuilder(URI.create(DemoServer.baseUrl() + p))));
    }

    // ---- MAST request JSON ----

    private static final List<String> MAST_SEEDS = List.of(
            "{\"service\":\"Mast.Caom.Filtered\",\"format\":\"json\",\"params\":{\"columns\":\"*\",\"filters\":"
                    + "[{\"paramName\":\"obs_collection\",\"values\":[\"JWST\"]},{\"paramName\":\"t_exptime\","
                    + "\"values\":[{\"min\":1,\"max\":1000}]}]},\"pagesize\":50,\"page\":1}",
            "{\"service\":\"Mast.Caom.Cone\",\"format\":\"json\",\"params\":{\"ra\":53.16,\"dec\":-27.79,"
                    + "\"radius\":0.2},\"pagesize\":10,\"page\":2,\"removenullcolumns\":true}",
            "{\"service\":\"Mast.Name.Lookup\",\"format\":\"json\",\"params\":{\"input\":\"M31\"}}",
            "{\"service\":\"Mast.Caom.Products\",\"format\":\"json\",\"params\":{\"obsid\":\"1,2,3\"}}",
            "{\"service\":\"Mast.Caom.Filtered.Position\",\"format\":\"json\",\"params\":{\"columns\":\"COUNT_BIG(*)\","
                    + "\"filters\":[{\"paramName\":\"instrument_name\",\"values\":[\"NIRCAM\"]}],"
                    + "\"position\":\"53.16, -27.79, 0.5\"}}",
            "{\"service\":\"Mast.Caom.Filtered\",\"format\":\"json\",\"params\":{\"columns\":\"obs_id,s_ra\","
                    + "\"filters\":[{\"paramName\":\"target_name\",\"values\":[],\"freeText\":\"%HUDF%\"}]}}");

    private static final List<String> MAST_WORDS = List.of(
            "service",
            "params",
            "columns",
            "filters",
            "paramName",
            "values",
            "min",
            "max",
            "freeText",
            "ra",
            "dec",
            "radius",
            "position",
            "input",
            "obsid",
            "pagesize",
            "page",
            "format",
            "separator",
            "Mast.Caom.Cone",
            "Mast.Caom.Filtered",
            "Mast.Name.Lookup",
            "Mast.Caom.Products",
            "Mast.Missions.List",
            "obs_collection",
            "instrument_name",
            "proposal_id",
            "t_min",
            "s_ra",
            "dataproduct_type",
            "COUNT_BIG(*)",
            "*",
            "csv");

    @Test
    void mastRequests() throws Exception {
        for (String seed : MAST_SEEDS) {
            assertThat(HttpProperty.holds(form("/api/v0/invoke", "request", seed))
                            .statusCode())
                    .as(seed)
                    .isEqualTo(200);
        }
        Fuzzer.run(
                "MAST request JSON",
                300,
                r -> JsonMutations.mutate(r, Mutations.pick(r, MAST_SEEDS), MAST_WORDS),
                j -> j,
                j -> HttpProperty.holds(form("/api/v0/invoke", "request", j)));
    }

    // ---- LCO request payloads ----

    private static final String LCO_GROUP = """
            {"name":"fuzz","proposal":"LCOEPO1","ipp_value":1.0,"observation_type":"NORMAL","operator":"SINGLE",
             "requests":[{"optimization_type":"TIME","configuration_repeats":1,
               "configurations":[{"type":"EXPOSE","instrument_type":"1M0-SCICAM-SBIG","priority":1,
                 "instrument_configs":[{"exposure_count":2,"exposure_time":30,"mode":"2x2",
                   "optical_elements":{"filter":"rp"},"extra_params":{}}],
                 "acquisition_config":{"mode":"OFF"},"guiding_config":{"mode":"ON","optional":true},
                 "constraints":{"max_airmass":2.0,"min_lunar_distance":30.0},
                 "target":{"name":"m31","type":"ICRS","ra":10.68,"dec":41.27,"epoch":2000}}],
               "windows":[{"start":"2016-09-21T00:00:00Z","end":"2016-10-21T00:00:00Z"}],
               "location":{"telescope_class":"1m0"},
               "cadence":{"start":"2016-09-21T00:00:00Z","end":"2016-09-25T00:00:00Z","period":24,"jitter":12}}]}""";

    private static final String VALHALLA_GROUP = """
            {"group_id":"fuzz","proposal":"LCOEPO1","ipp_value":1.0,"observation_type":"NORMAL","operator":"MANY",
             "requests":[{"target":{"name":"m31","type":"SIDEREAL","ra":10.68,"dec":41.27},
               "molecules":[{"type":"EXPOSE","instrument_name":"1M0-SCICAM-SBIG","filter":"rp","exposure_time":30,
                 "exposure_count":1,"bin_x":2,"bin_y":2}],
               "windows":[{"start":"2016-09-21T00:00:00Z","end":"2016-10-21T00:00:00Z"}],
               "location":{"telescope_class":"1m0"},"constraints":{"max_airmass":2.0}}]}""";

    private static final List<String> LCO_WORDS = List.of(
            "requests",
            "configurations",
            "instrument_configs",
            "target",
            "constraints",
            "windows",
            "location",
            "cadence",
            "molecules",
            "type",
            "ra",
            "dec",
            "epoch",
            "exposure_time",
            "exposure_count",
            "mode",
            "filter",
            "NORMAL",
            "TIME_CRITICAL",
            "RAPID_RESPONSE",
            "SINGLE",
            "MANY",
            "AND",
            "EXPOSE",
            "REPEAT_EXPOSE",
            "SCRIPT",
            "ICRS",
            "ORBITAL_ELEMENTS",
            "SATELLITE",
            "JPL_MAJOR_PLANET",
            "MPC_MINOR_PLANET",
            "meananom",
            "eccentricity",
            "2016-09-21T00:00:00Z",
            "2099-01-01",
            "1M0-SCICAM-SINISTRO",
            "2M0-FLOYDS-SCICAM",
            "period",
            "jitter");

    @Test
    void lcoRequests() throws Exception {
        List<String> paths = List.of(
                "/api/requestgroups/validate/",
                "/api/requestgroups/max_allowable_ipp/",
                "/api/requestgroups/cadence/",
                "/api/userrequests/validate/",
                "/api/airmass/");
        Fuzzer.run(
                "LCO request JSON",
                300,
                r -> {
                    String path = Mutations.pick(r, paths);
                    String seed = path.startsWith("/api/userrequests") ? VALHALLA_GROUP : LCO_GROUP;
                    if (path.equals("/api/airmass/")) {
                        seed = seed.substring(seed.indexOf("[{") + 1, seed.lastIndexOf("}]") + 1);
                    }
                    return new String[] {path, JsonMutations.mutate(r, seed, LCO_WORDS)};
                },
                p -> p[0] + " " + p[1],
                p -> HttpProperty.holds(HttpRequest.newBuilder(DemoHttp.uri(p[0]))
                        .header("Authorization", "Token " + lcoToken)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(p[1]))));
    }

    // ---- Table uploads (VOTable, CSV) ----

    private static final String VOTABLE = """
            <?xml version="1.0"?>
            <VOTABLE version="1.4" xmlns="http://www.ivoa.net/xml/VOTable/v1.3"><RESOURCE><TABLE name="t">
            <FIELD name="id" datatype="long"/><FIELD name="ra" datatype="double" unit="deg" ucd="pos.eq.ra"/>
            <FIELD name="dec" datatype="double" unit="deg"/><FIELD name="name" datatype="char" arraysize="*"/>
            <FIELD name="flags" datatype="short" arraysize="3"/>
            <DATA><TABLEDATA><TR><TD>1</TD><TD>10.5</TD><TD>-5.25</TD><TD>first</TD><TD>1 2 3</TD></TR>
            <TR><TD>2</TD><TD>200.125</TD><TD>45</TD><TD></TD><TD>4 5 6</TD></TR></TABLEDATA></DATA>
            </TABLE></RESOURCE></VOTABLE>""";

    private static final String CSV = "id,ra,dec,name\n1,10.5,-5.25,first\n2,200.125,45,\"sec,ond\"\n";

    @Test
    void tableUploads() throws Exception {
        List<String> words = List.of(
                "<TR>",
                "</TD>",
                "<TD>",
                "datatype=\"int\"",
                "arraysize=\"*\"",
                "<FIELD",
                "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
                "&e;",
                "<STREAM href=\"file:///etc/passwd\"/>",
                "<BINARY2>",
                "encoding=\"base64\"",
                ",",
                "\n",
                "\"",
                "1e999",
                "nan");
        Fuzzer.run(
                "table uploads",
                200,
                r -> {
                    boolean csv = r.nextBoolean();
                    byte[] body = r.nextBoolean()
                            ? Mutations.mutate(r, csv ? CSV : VOTABLE, words).getBytes(StandardCharsets.UTF_8)
                            : Mutations.mutate(r, (csv ? CSV : VOTABLE).getBytes(StandardCharsets.UTF_8));
                    return Map.entry(csv, body);
                },
                e -> (e.getKey() ? "csv " : "votable ") + new String(e.getValue(), StandardCharsets.UTF_8),
                e -> {
                    Multipart form = Multipart.of(
                            Map.of(
                                    "REQUEST", "doQuery",
                                    "LANG", "ADQL",
                                    "UPLOAD", "t,param:t",
                                    "QUERY", "SELECT * FROM TAP_UPLOAD.t"),
                            Map.of("t", e.getValue()));
                    HttpProperty.holds(HttpRequest.newBuilder(DemoHttp.uri("/tap/sync"))
                            .header("Content-Type", form.contentType())
                            .POST(HttpRequest.BodyPublishers.ofByteArray(form.body())));
                });
    }

    // ---- Raw HTTP: request lines, headers, encodings, multipart framing ----

    private static final String RAW = "POST /tap/sync HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data;"
            + " boundary=b\r\nAuthorization: Token abc\r\nCookie: JSESSIONID=x; sessionid=y\r\nAccept-Encoding: gzip\r\n"
            + "Range: bytes=0-10\r\nContent-Length: 97\r\nConnection: close\r\n\r\n--b\r\nContent-Disposition: form-data;"
            + " name=\"QUERY\"\r\n\r\nSELECT 1\r\n--b\r\nContent-Disposition: form-data; name=\"LANG\"\r\n\r\nADQL\r\n--b--\r\n";

    @Test
    void rawHttp() throws Exception {
        List<String> words = List.of(
                "\r\n",
                ": ",
                "Transfer-Encoding: chunked\r\n",
                "Content-Length: -1\r\n",
                "Content-Length: 99999999999\r\n",
                "Expect: 100-continue\r\n",
                "GET",
                "HEAD",
                "OPTIONS",
                "/tap/sync",
                "/file/..%2f..%2fetc%2fpasswd",
                "/frames/?limit=-1",
                "HTTP/1.0",
                "HTTP/2.0",
                "%",
                "%zz",
                "\u0000",
                "Range: bytes=99-1\r\n",
                "Range: bytes=-0\r\n",
                "Cookie: " + "a=b; ".repeat(100) + "\r\n",
                "Content-Type: application/x-www-form-urlencoded; charset=ebcdic\r\n",
                "boundary=\"\"",
                "--b");
        int port = URI.create(DemoServer.baseUrl()).getPort();
        Fuzzer.run(
                "raw HTTP",
                300,
                r -> r.nextBoolean()
                        ? Mutations.mutate(r, RAW, words).getBytes(StandardCharsets.ISO_8859_1)
                        : Mutations.mutate(r, RAW.getBytes(StandardCharsets.ISO_8859_1)),
                b -> new String(b, StandardCharsets.ISO_8859_1),
                b -> {
                    String status = exchange(port, b);
                    if (status != null) {
                        Matcher m = Pattern.compile("^HTTP/1\\.[01] (\\d{3})").matcher(status);
                        assertThat(m.find()).as("status line %s", status).isTrue();
                        int code = Integer.parseInt(m.group(1));
                        // 505: Jetty's protocol answer to a version token it does not know (RFC 9110 15.6.6).
                        assertThat(code < 500 || code == 505).as(status).isTrue();
                    }
                });
        assertThat(exchange(port, "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes()))
                .startsWith("HTTP/1.1 200");
    }

    /** Sends raw bytes; the first line of the answer, or null when the server closed without one. */
    private static String exchange(int port, byte[] request) throws Exception {
        try (Socket s = new Socket("localhost", port)) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            try {
                out.write(request);
                out.flush();
                s.shutdownOutput();
            } catch (java.io.IOException closedEarly) {
                // the server may refuse a request line before reading the rest
            }
            InputStream in = s.getInputStream();
            byte[] head = in.readNBytes(64);
            if (head.length == 0) {
                return null;
            }
            String line = new String(head, StandardCharsets.ISO_8859_1);
            int end = line.indexOf('\r');
            return end < 0 ? line : line.substring(0, end);
        } catch (java.net.SocketException reset) {
            return null; // reset by the server: refused, not failed
        }
    }

    /** Inputs the fuzzers found answered 500, kept as they were found. */
    @Test
    void regressions() throws Exception {
        String airmass = LCO_GROUP.substring(LCO_GROUP.indexOf("[{") + 1, LCO_GROUP.lastIndexOf("}]") + 1);
        for (String[] found : List.of(
                // a location that is not an object: its errors are a list, not fields to rename
                new String[] {
                    "/api/airmass/", airmass.replace("\"location\":{\"telescope_class\":\"1m0\"}", "\"location\":[1]")
                },
                // molecules that are not a list of objects: the errors are about the list
                new String[] {
                    "/api/requestgroups/validate/",
                    LCO_GROUP.replace("\"instrument_configs\":[", "\"instrument_configs\":[7,")
                },
                new String[] {
                    "/api/userrequests/validate/",
                    VALHALLA_GROUP.replace("\"molecules\":[", "\"molecules\":\"x\",\"m\":[")
                })) {
            assertThat(HttpProperty.holds(HttpRequest.newBuilder(DemoHttp.uri(found[0]))
                                    .header("Authorization", "Token " + lcoToken)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(found[1])))
                            .statusCode())
                    .as(found[0] + " " + found[1])
                    .isBetween(200, 499);
        }
    }

    private static HttpRequest.Builder form(String path, String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&")
                    .append(DemoHttp.enc(namesAndValues[i]))
                    .append('=')
                    .append(DemoHttp.enc(namesAndValues[i + 1]));
        }
        return HttpRequest.newBuilder(DemoHttp.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }
}
