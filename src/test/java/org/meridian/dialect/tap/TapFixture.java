// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.meridian.app.http.HttpServer;
import org.meridian.core.auth.Accounts;
import org.meridian.ingest.catalog.CatalogImporter;
import org.meridian.store.Database;
import org.meridian.testing.Multipart;
import org.meridian.testing.TestDatabases;

/**
 * A fresh database with two ESO observations (one public, one of program 0101.A-0002 whose metadata are private),
 * a member of that program, a three-star catalog {@code testcat.stars} imported from a VOTable
 * with units and UCDs, and the TAP routes listening on a free port.
 */
final class TapFixture implements AutoCloseable {

    final Database db;
    final HttpServer server;
    final String memberToken;
    final String memberSession;
    final HttpClient http = HttpClient.newHttpClient();

    TapFixture(Path dir) throws Exception {
        db = TestDatabases.fresh();
        try (Connection c = db.connection();
                Statement s = c.createStatement()) {
            // 0101.A-0002 keeps its metadata private (docs/access.md), so its rows are hidden, not just its files.
            s.execute("insert into program (id, collection, metadata_private)"
                    + " values ('0101.A-0001', 'ESO', false), ('0101.A-0002', 'ESO', true)");
            s.execute("insert into observation (collection, obs_key, program_id, observation_id, telescope, instrument,"
                    + " ut_start, exposure_time, object, ra, dec, footprint, fp_ra, fp_dec, fp_radius, release, extra)"
                    + " values ('ESO', 'k1', '0101.A-0001', 'OB1', 'ESO-VLT-U1', 'FORS2', '2020-01-01T01:00:00Z', 60,"
                    + " 'NGC 1', 10.0, -20.0, '{9.9,-20.1,10.1,-20.1,10.1,-19.9,9.9,-19.9}', 10, -20, 0.15, null,"
                    + " '{\"dp_cat\":\"SCIENCE\",\"dp_type\":\"OBJECT\",\"dp_tech\":\"IMAGE\"}'),"
                    + " ('ESO', 'k2', '0101.A-0002', 'OB2', 'ESO-VLT-U1', 'FORS2', '2020-01-02T01:00:00Z', 120,"
                    + " 'SECRET', 11.0, -21.0, null, null, null, null, '2099-01-01T00:00:00Z',"
                    + " '{\"dp_cat\":\"SCIENCE\"}')");
            s.execute("insert into file (name, observation_id) select 'FORS2.2020-01-0' || id, id from observation");
            s.execute("insert into file_version (file_id, filename, storage_key, file_size, data_size, file_md5,"
                    + " data_md5, lastmod) select id, name || '.fits', name, 2880, 2880, 'x', 'x', now() from file");
        }
        Accounts accounts = new Accounts(db);
        var member = accounts.create("pi", "secret-pw", false, List.of("0101.A-0002"));
        memberToken = member.token();
        memberSession = accounts.openSession(member.id());
        Path vot = dir.resolve("stars.vot");
        Files.writeString(vot, starsVotable("mag"));
        new CatalogImporter(db)
                .importCatalog(
                        new CatalogImporter.Request(vot, "testcat.stars", "ra", "dec", "Three test stars"), n -> {});
        // The Gaia tables the DALI examples query, so every example is run here too.
        Path gaia = dir.resolve("gaia.vot");
        Files.writeString(gaia, starsVotable("phot_g_mean_mag"));
        for (String table : List.of("gaiadr1.gaia_source", "gaiadr3.gaia_source")) {
            new CatalogImporter(db).importCatalog(new CatalogImporter.Request(gaia, table, "ra", "dec", null), n -> {});
        }
        server = HttpServer.start(0, List.of(new TapRoutes(db, accounts)::addTo));
    }

    static String starsVotable(String magnitudeColumn) {
        return """
                <?xml version="1.0"?>
                <VOTABLE version="1.4" xmlns="http://www.ivoa.net/xml/VOTable/v1.3">
                <RESOURCE><TABLE>
                <FIELD name="source_id" datatype="long" ucd="meta.id;meta.main"><DESCRIPTION>Source id</DESCRIPTION></FIELD>
                <FIELD name="ra" datatype="double" unit="deg" ucd="pos.eq.ra;meta.main"/>
                <FIELD name="dec" datatype="double" unit="deg" ucd="pos.eq.dec;meta.main"/>
                <FIELD name="%s" datatype="float" unit="mag" ucd="phot.mag"><DESCRIPTION>G magnitude</DESCRIPTION></FIELD>
                <DATA><TABLEDATA>
                <TR><TD>1001</TD><TD>10.0</TD><TD>-20.0</TD><TD>12.5</TD></TR>
                <TR><TD>1002</TD><TD>10.01</TD><TD>-20.01</TD><TD>13.5</TD></TR>
                <TR><TD>1003</TD><TD>200.0</TD><TD>45.0</TD><TD>9.0</TD></TR>
                </TABLEDATA></DATA></TABLE></RESOURCE></VOTABLE>
                """.formatted(magnitudeColumn);
    }

    String base() {
        return "http://localhost:" + server.port() + "/tap";
    }

    HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> sync(Map<String, String> params, String authorization) throws Exception {
        return sync(params, authorization, null);
    }

    HttpResponse<String> sync(Map<String, String> params, String authorization, String cookie) throws Exception {
        StringBuilder form = new StringBuilder();
        params.forEach((k, v) -> form.append(form.isEmpty() ? "" : "&")
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + "/sync"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart POST: text fields, then file parts (name to content). */
    HttpResponse<String> multipart(Map<String, String> fields, Map<String, String> files) throws Exception {
        Multipart form = Multipart.quoted(
                "<<<--meridian-boundary-->>>",
                fields,
                files.entrySet().stream()
                        .map(f -> new Multipart.File(
                                f.getKey(),
                                f.getKey(),
                                "application/octet-stream",
                                f.getValue().getBytes(StandardCharsets.UTF_8)))
                        .toList());
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/sync"))
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.body()))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.close();
        db.close();
    }
}
