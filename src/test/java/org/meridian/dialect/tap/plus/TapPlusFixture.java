// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.plus;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meridian.app.http.HttpServer;
import org.meridian.core.auth.Accounts;
import org.meridian.dialect.ArchiveServices;
import org.meridian.dialect.tap.TapDialect;
import org.meridian.ingest.catalog.CatalogImporter;
import org.meridian.store.Database;
import org.meridian.store.LocalFileStore;
import org.meridian.testing.Multipart;
import org.meridian.testing.TestDatabases;
import org.meridian.testing.TestServices;

/**
 * A fresh database with three accounts (alice, bob, carol), a public catalogue {@code pubcat.stars}, and
 * TAP, TAP async and TAP+ listening on a free port over real HTTP, with a small quota.
 */
final class TapPlusFixture implements AutoCloseable {

    static final Quota QUOTA = new Quota(3, 5_000_000, 1_000);

    final Database db;
    final HttpServer server;
    final TapPlusDialect dialect;
    final HttpClient http = HttpClient.newHttpClient();

    TapPlusFixture(Path dir) throws Exception {
        this(dir, QUOTA);
    }

    TapPlusFixture(Path dir, Quota quota) throws Exception {
        db = TestDatabases.fresh();
        Accounts accounts = new Accounts(db);
        accounts.create("alice", "alice-pw", false, List.of());
        accounts.create("bob", "bob-pw", false, List.of());
        accounts.create("carol", "carol-pw", false, List.of());
        Path vot = dir.resolve("stars.vot");
        Files.writeString(vot, votable("10.0", "-20.0"));
        new CatalogImporter(db)
                .importCatalog(new CatalogImporter.Request(vot, "pubcat.stars", "ra", "dec", "Public stars"), n -> {});
        LocalFileStore files = new LocalFileStore(dir.resolve("files"));
        ArchiveServices services = TestServices.of(db, files, Clock.systemUTC(), dir);
        dialect = new TapPlusDialect(new TapDialect(services), services, quota);
        server = HttpServer.start(0, List.of(dialect::addTo));
    }

    /** Three stars, the first at (ra, dec). */
    static String votable(String ra, String dec) {
        return """
                <?xml version="1.0"?>
                <VOTABLE version="1.4" xmlns="http://www.ivoa.net/xml/VOTable/v1.3">
                <RESOURCE><TABLE>
                <FIELD name="source_id" datatype="long" ucd="meta.id;meta.main"/>
                <FIELD name="ra" datatype="double" unit="deg"/>
                <FIELD name="dec" datatype="double" unit="deg"/>
                <FIELD name="mag" datatype="float" unit="mag"/>
                <DATA><TABLEDATA>
                <TR><TD>1</TD><TD>%s</TD><TD>%s</TD><TD>12.5</TD></TR>
                <TR><TD>2</TD><TD>10.01</TD><TD>-20.01</TD><TD>13.5</TD></TR>
                <TR><TD>3</TD><TD>200.0</TD><TD>45.0</TD><TD>9.0</TD></TR>
                </TABLEDATA></DATA></TABLE></RESOURCE></VOTABLE>
                """.formatted(ra, dec);
    }

    String base() {
        return "http://localhost:" + server.port();
    }

    /** Logs in and returns the {@code Cookie} header value to send. */
    String login(String user, String password) throws Exception {
        HttpResponse<String> r = form("/tap-server/login", Map.of("username", user, "password", password), null);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("login failed: " + r.statusCode() + " " + r.body());
        }
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        return cookie.substring(0, cookie.indexOf(';'));
    }

    HttpResponse<String> get(String path, String cookie) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base() + path)), cookie);
    }

    /** Sends the request with the session cookie, if any. */
    private HttpResponse<String> send(HttpRequest.Builder request, String cookie) throws Exception {
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> form(String path, Map<String, String> params, String cookie) throws Exception {
        StringBuilder form = new StringBuilder();
        params.forEach((k, v) -> form.append(form.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return send(
                HttpRequest.newBuilder(URI.create(base() + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form.toString())),
                cookie);
    }

    /** An ADQL query through /tap-server/tap/sync as CSV. */
    HttpResponse<String> query(String adql, String cookie) throws Exception {
        return form(
                "/tap-server/tap/sync",
                Map.of("REQUEST", "doQuery", "LANG", "ADQL", "FORMAT", "csv", "QUERY", adql),
                cookie);
    }

    /**
     * Shares a table read-only with a group, as TapPlus's share_table sends it (items_list not
     * URL-encoded); a null description is left out.
     */
    HttpResponse<String> shareTable(String table, String group, String description, String cookie) throws Exception {
        Map<String, String> item = new LinkedHashMap<>();
        item.put("action", "CreateOrUpdateItem");
        item.put("resource_type", "0");
        item.put("title", table);
        if (description != null) {
            item.put("description", description);
        }
        item.put("items_list", group + "|Group|Read");
        return form("/tap-server/tap/share", item, cookie);
    }

    /** Waits up to 10 s for an async job to complete. */
    void awaitCompleted(String jobId, String cookie) throws Exception {
        for (int i = 0;
                i < 100
                        && !get("/tap-server/tap/async/" + jobId + "/phase", cookie)
                                .body()
                                .contains("COMPLETED");
                i++) {
            Thread.sleep(100);
        }
    }

    /** A table uploaded to /tap-server/Upload as TapPlus sends it (multipart, FILE part last). */
    HttpResponse<String> upload(String name, String format, String content, String cookie) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("TASKID", "-1");
        fields.put("TABLE_NAME", name);
        fields.put("TABLE_DESC", "my table");
        fields.put("FORMAT", format);
        return multipart("/tap-server/Upload", fields, "FILE", "pytable", content, cookie);
    }

    /** Uploads a table as {@link #upload} does and fails the test unless the server took it. */
    void uploadOk(String name, String format, String content, String cookie) throws Exception {
        HttpResponse<String> r = upload(name, format, content, cookie);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    /** Deletes one of the caller's tables, as a test cleans up after itself. */
    void deleteTable(String name, String cookie) throws Exception {
        form("/tap-server/Upload", Map.of("TABLE_NAME", name, "DELETE", "TRUE"), cookie);
    }

    HttpResponse<String> multipart(
            String path, Map<String, String> fields, String fileField, String filename, String content, String cookie)
            throws Exception {
        // as TapPlus sends it: the boundary unquoted, the file part typed "None"
        Multipart form = Multipart.unquoted(
                "===1700000000000===",
                fields,
                List.of(new Multipart.File(fileField, filename, "None", content.getBytes(StandardCharsets.UTF_8))));
        return send(
                HttpRequest.newBuilder(URI.create(base() + path))
                        .header("Content-Type", form.contentType())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(form.body())),
                cookie);
    }

    @Override
    public void close() {
        server.close();
        dialect.close();
        db.close();
    }
}
