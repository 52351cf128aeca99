// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.dialect.tap.vosi.ExamplesDocument;
import uk.ac.starlink.table.RowSequence;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StarTableFactory;
import uk.ac.starlink.util.ByteArrayDataSource;

class TapServiceIT {

    @TempDir
    static Path dir;

    @AutoClose
    private static TapFixture tap;

    @BeforeAll
    static void start() throws Exception {
        tap = new TapFixture(dir);
    }

    private static Map<String, String> adql(String query, String... more) {
        Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("REQUEST", "doQuery");
        p.put("LANG", "ADQL");
        p.put("QUERY", query);
        for (int i = 0; i < more.length; i += 2) p.put(more[i], more[i + 1]);
        return p;
    }

    private static StarTable table(byte[] body, String format) throws Exception {
        return new StarTableFactory(false).makeStarTable(new ByteArrayDataSource("result", body), format);
    }

    private static List<Object[]> rows(StarTable t) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        try (RowSequence s = t.getRowSequence()) {
            while (s.next()) rows.add(s.getRow());
        }
        return rows;
    }

    @Test
    void obscoreShowsAnonymousOnlyPublicRowsAndMembersTheirOwn() throws Exception {
        String q = "SELECT obs_id, s_ra, s_region, t_min, last_mod_date FROM ivoa.ObsCore ORDER BY obs_id";
        HttpResponse<String> anonymous = tap.sync(adql(q), null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/x-votable+xml"));
        StarTable t = table(anonymous.body().getBytes(StandardCharsets.UTF_8), "votable");
        List<Object[]> anonymousRows = rows(t);
        assertThat(anonymousRows).extracting(r -> r[0]).containsExactly("OB1");
        assertThat(anonymousRows.get(0)[2]).isEqualTo("Polygon ICRS 9.9 -20.1 10.1 -20.1 10.1 -19.9 9.9 -19.9");
        assertThat(t.getColumnInfo(2).getXtype()).isEqualTo("adql:REGION");
        assertThat(t.getColumnInfo(2).getUCD()).isEqualTo("pos.outline;obs.field");
        assertThat(t.getColumnInfo(4).getXtype()).isEqualTo("timestamp");
        assertThat(t.getColumnInfo(1).getUnitString()).isEqualTo("deg");
        assertThat(anonymous.body()).contains("<INFO name=\"QUERY_STATUS\" value=\"OK\"/>");

        HttpResponse<String> member = tap.sync(adql(q), "Bearer " + tap.memberToken);
        assertThat(rows(table(member.body().getBytes(StandardCharsets.UTF_8), "votable")))
                .extracting(r -> r[0])
                .containsExactly("OB1", "OB2");
        HttpResponse<String> basic = tap.sync(
                adql(q),
                "Basic "
                        + java.util.Base64.getEncoder()
                                .encodeToString("pi:secret-pw".getBytes(StandardCharsets.UTF_8)));
        assertThat(rows(table(basic.body().getBytes(StandardCharsets.UTF_8), "votable")))
                .hasSize(2);
        assertThat(tap.sync(adql(q), "Bearer wrong").statusCode()).isEqualTo(401);
        HttpResponse<String> session = tap.sync(adql(q), null, "JSESSIONID=" + tap.memberSession);
        assertThat(rows(table(session.body().getBytes(StandardCharsets.UTF_8), "votable")))
                .hasSize(2);
    }

    @Test
    void accessFilterCannotBeBypassedThroughQualifiedColumnsOrSubqueries() throws Exception {
        String q = "SELECT COUNT(*) AS n FROM (SELECT ivoa.ObsCore.obs_id FROM ivoa.ObsCore) AS x"
                + " WHERE EXISTS (SELECT 1 FROM dbo.raw AS r WHERE r.prog_id = '0101.A-0002')";
        HttpResponse<String> r = tap.sync(adql(q, "FORMAT", "csv"), null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("n\n0\n");
        assertThat(tap.sync(adql("SELECT * FROM observation"), null).statusCode())
                .isEqualTo(400);
        assertThat(tap.sync(adql("SELECT * FROM pg_catalog.pg_authid"), null).body())
                .contains("QUERY_STATUS", "unknown table");
    }

    @Test
    void everyFormatCarriesTheRows() throws Exception {
        String q = "SELECT source_id, ra, mag FROM testcat.stars ORDER BY source_id";
        for (String format : List.of("votable", "votable/td", "votable/b", "application/x-votable+xml", "fits")) {
            HttpResponse<byte[]> r = tap.http.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(tap.base() + "/sync?LANG=ADQL&FORMAT="
                                    + java.net.URLEncoder.encode(format, StandardCharsets.UTF_8) + "&QUERY="
                                    + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8)))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).as(format).isEqualTo(200);
            StarTable t = table(r.body(), format.equals("fits") ? "fits" : "votable");
            assertThat(rows(t))
                    .as(format)
                    .extracting(row -> ((Number) row[0]).longValue())
                    .containsExactly(1001L, 1002L, 1003L);
        }
        assertThat(tap.sync(adql(q, "FORMAT", "csv"), null).body())
                .isEqualTo("source_id,ra,mag\n1001,10.0,12.5\n1002,10.01,13.5\n1003,200.0,9.0\n");
        assertThat(tap.sync(adql(q, "RESPONSEFORMAT", "text/tab-separated-values"), null)
                        .body())
                .startsWith("source_id\tra\tmag\n1001\t10.0\t12.5\n");
        String json = tap.sync(adql(q, "format", "json"), null).body();
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        assertThat(tree.get("data")).hasSize(3);
        assertThat(tree.get("metadata").get(2).get("unit").asText()).isEqualTo("mag");
        assertThat(tap.sync(adql(q, "FORMAT", "xls"), null).statusCode()).isEqualTo(400);
    }

    @Test
    void maxrecCutsTheResultWithOverflow() throws Exception {
        HttpResponse<String> r = tap.sync(adql("SELECT source_id FROM testcat.stars", "MAXREC", "2"), null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(rows(table(r.body().getBytes(StandardCharsets.UTF_8), "votable")))
                .hasSize(2);
        assertThat(r.body()).contains("value=\"OVERFLOW\"");
        HttpResponse<String> exact = tap.sync(adql("SELECT source_id FROM testcat.stars", "MAXREC", "3"), null);
        assertThat(exact.body()).doesNotContain("OVERFLOW");
    }

    @Test
    void malformedAdqlIsA400VotableErrorWithThePosition() throws Exception {
        HttpResponse<String> r = tap.sync(adql("SELECT FROM WHERE"), null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("<INFO name=\"QUERY_STATUS\" value=\"ERROR\">", "line 1, column");
        assertThat(tap.sync(Map.of("LANG", "SQL", "QUERY", "SELECT 1"), null).statusCode())
                .isEqualTo(400);
        assertThat(tap.sync(Map.of("LANG", "ADQL"), null).body()).contains("QUERY is missing");
        assertThat(tap.sync(adql("SELECT nosuch FROM testcat.stars"), null).statusCode())
                .isEqualTo(400);
        assertThat(tap.sync(adql("SELECT 1 FROM testcat.stars", "MAXREC", "lots"), null)
                        .statusCode())
                .isEqualTo(400);
    }

    /**
     * Issue 22 over HTTP: out-of-range geometry (DALI 1.1 §3.3.6), IN_UNIT of a value without unit
     * (ADQL 2.1 §4.9.1) and a database error are 400 VOTable errors in ADQL's terms, with no SQL;
     * IN_UNIT converts from TAP_SCHEMA's unit; a NULL alone in a CSV row is written as "" (TAP 1.1
     * §3.2, RFC 4180); a POINT in the select list is a DALI point (§3.3.5).
     */
    @Test
    void issue22ConformanceOverHttp() throws Exception {
        HttpResponse<String> circle = tap.sync(
                adql("SELECT * FROM testcat.stars WHERE CONTAINS(POINT(ra, dec), CIRCLE(10, 95, 1)) = 1"), null);
        assertThat(circle.statusCode()).isEqualTo(400);
        assertThat(circle.body()).contains("QUERY_STATUS\" value=\"ERROR\"", "latitude must be between -90 and 90");
        HttpResponse<String> bare = tap.sync(adql("SELECT IN_UNIT(42, 'arcsec') FROM testcat.stars"), null);
        assertThat(bare.statusCode()).isEqualTo(400);
        assertThat(bare.body()).contains("42 has no unit");
        HttpResponse<String> zero = tap.sync(adql("SELECT 1 / (source_id - source_id) FROM testcat.stars"), null);
        assertThat(zero.statusCode()).isEqualTo(400);
        assertThat(zero.body())
                .contains("division by zero")
                .doesNotContain("ERROR:")
                .doesNotContain("LIMIT");
        String arcmin = tap.sync(
                        adql("SELECT IN_UNIT(ra, 'arcmin') AS r, ra FROM testcat.stars", "FORMAT", "csv"), null)
                .body();
        String[] first = arcmin.lines().skip(1).findFirst().orElseThrow().split(",");
        assertThat(Double.parseDouble(first[0])).isCloseTo(60 * Double.parseDouble(first[1]), within(1e-9));
        String nulls = tap.sync(
                        adql("SELECT TOP 2 CAST(NULL AS DOUBLE PRECISION) AS n FROM testcat.stars", "FORMAT", "csv"),
                        null)
                .body();
        assertThat(nulls.lines().toList()).containsExactly("n", "\"\"", "\"\"");
        String point = tap.sync(adql("SELECT TOP 1 POINT(ra, dec) AS p FROM testcat.stars"), null)
                .body();
        assertThat(point)
                .containsPattern(
                        "<FIELD[^>]*arraysize=\"2\"[^>]*xtype=\"point\"|<FIELD[^>]*xtype=\"point\"[^>]*arraysize=\"2\"");
    }

    @Test
    void tapSchemaDescribesTheImportedCatalog() throws Exception {
        HttpResponse<String> r = tap.sync(
                adql(
                        "SELECT column_name, unit, ucd, description, indexed, principal"
                                + " FROM TAP_SCHEMA.columns WHERE table_name = 'testcat.stars' ORDER BY column_index",
                        "FORMAT",
                        "csv"),
                null);
        assertThat(r.body()).contains("mag,mag,phot.mag,G magnitude,", "ra,deg,pos.eq.ra;meta.main,");
        HttpResponse<String> tables = tap.sync(adql("SELECT table_name FROM TAP_SCHEMA.tables", "FORMAT", "csv"), null);
        assertThat(tables.body()).contains("ivoa.ObsCore", "dbo.raw", "testcat.stars", "TAP_SCHEMA.columns");
        HttpResponse<String> reserved = tap.sync(
                adql(
                        "SELECT column_name, datatype FROM TAP_SCHEMA.columns"
                                + " WHERE table_name = 'TAP_SCHEMA.columns' AND datatype = 'int'",
                        "FORMAT",
                        "csv"),
                null);
        assertThat(reserved.body()).contains("\"\"\"size\"\"\",int");
    }

    @Test
    void inlineVotableAndCsvUploadsJoinWithACatalog() throws Exception {
        String vot = """
                <VOTABLE version="1.4" xmlns="http://www.ivoa.net/xml/VOTable/v1.3"><RESOURCE><TABLE>
                <FIELD name="sid" datatype="long"/><FIELD name="label" datatype="char" arraysize="*"/>
                <DATA><TABLEDATA><TR><TD>1002</TD><TD>b</TD></TR><TR><TD>1003</TD><TD>c</TD></TR></TABLEDATA></DATA>
                </TABLE></RESOURCE></VOTABLE>
                """;
        HttpResponse<String> r = tap.multipart(
                Map.of(
                        "LANG",
                        "ADQL",
                        "FORMAT",
                        "csv",
                        "UPLOAD",
                        "mine,param:t1",
                        "QUERY",
                        "SELECT s.source_id, m.label FROM testcat.stars AS s JOIN TAP_UPLOAD.mine AS m"
                                + " ON s.source_id = m.sid ORDER BY s.source_id"),
                Map.of("t1", vot));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("source_id,label\n1002,b\n1003,c\n");

        HttpResponse<String> csv = tap.multipart(
                Map.of(
                        "lang",
                        "ADQL",
                        "format",
                        "csv",
                        "upload",
                        "pos,param:p",
                        "query",
                        "SELECT TAP_UPLOAD.pos.name, COUNT(*) AS n FROM TAP_UPLOAD.pos JOIN testcat.stars AS s"
                                + " ON 1 = CONTAINS(POINT('ICRS', s.ra, s.dec), CIRCLE('ICRS', pos.ra, pos.dec, 0.1))"
                                + " GROUP BY TAP_UPLOAD.pos.name"),
                Map.of("p", "name,ra,dec\nhere,10.0,-20.0\n"));
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.body()).isEqualTo("name,n\nhere,2\n");

        HttpResponse<String> missing = tap.multipart(
                Map.of("LANG", "ADQL", "UPLOAD", "x,param:nothere", "QUERY", "SELECT * FROM TAP_UPLOAD.x"), Map.of());
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("nothere");
    }

    @Test
    void vosiDocumentsAndExamples() throws Exception {
        String caps = new String(tap.get("/capabilities").body(), StandardCharsets.UTF_8);
        assertThat(caps)
                .contains(
                        "tr:TableAccess",
                        "#upload-http",
                        "#upload-inline",
                        "ivo://ivoa.net/std/ADQL#v2.1",
                        "features-adqlgeo",
                        "output-votable-binary2",
                        tap.base() + "</accessURL>");
        assertThat(new String(tap.get("/availability").body(), StandardCharsets.UTF_8))
                .contains("<vosi:available>true</vosi:available>");
        String min = new String(tap.get("/tables?detail=min").body(), StandardCharsets.UTF_8);
        assertThat(min).contains("<name>ivoa.ObsCore</name>").doesNotContain("<column");
        String one = new String(tap.get("/tables/testcat.stars").body(), StandardCharsets.UTF_8);
        assertThat(one).contains("<name>mag</name>", "<unit>mag</unit>");
        assertThat(tap.get("/tables/no.such").statusCode()).isEqualTo(404);
        assertThat(new String(tap.get("/examples").body(), StandardCharsets.UTF_8))
                .contains("property=\"query\"");
        for (ExamplesDocument.Example e : ExamplesDocument.EXAMPLES) {
            HttpResponse<String> r = tap.sync(adql(e.query()), null);
            assertThat(r.statusCode()).as(e.id() + ": " + r.body()).isEqualTo(200);
        }
    }

    @Test
    void rawTableMapsEsoFrames() throws Exception {
        HttpResponse<String> r = tap.sync(
                adql("SELECT dp_id, object, prog_id, dp_cat, dp_tech, exposure FROM dbo.raw", "FORMAT", "csv"), null);
        assertThat(r.body())
                .isEqualTo("dp_id,object,prog_id,dp_cat,dp_tech,exposure\n"
                        + "FORS2.2020-01-01,NGC 1,0101.A-0001,SCIENCE,IMAGE,60.0\n");
    }
}
