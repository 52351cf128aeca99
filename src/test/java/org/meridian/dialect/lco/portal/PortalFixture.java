// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.meridian.core.auth.Accounts;
import org.meridian.core.observing.TelescopeNetwork;
import org.meridian.store.Database;
import org.meridian.store.LocalFileStore;
import org.meridian.testing.TestDatabases;
import org.meridian.testing.TestServices;

/** A fresh database with one LCO proposal and a Javalin server on a free port carrying only the portal's routes. */
final class PortalFixture implements AutoCloseable {
    static final Instant NOW = Instant.parse("2016-09-20T00:00:00Z");
    static final String PROPOSAL = "LCO2016B-001";
    static final ObjectMapper JSON = new ObjectMapper();

    final Database db;
    final Javalin server;
    final String token;
    final String outsiderToken;
    private final HttpClient http = HttpClient.newHttpClient();

    record Reply(int status, JsonNode body) {}

    PortalFixture() throws Exception {
        db = TestDatabases.fresh();
        Path home = Files.createTempDirectory("portal-fixture"); // the portal stores no files: stays empty
        try (Connection c = db.connection();
                Statement s = c.createStatement()) {
            s.execute("insert into program (id, collection, title, abstract, pi_name) values ('" + PROPOSAL
                    + "', 'LCO', 'Fun things', 'We want pictures', 'alice')");
            s.execute("insert into program (id, collection, title) values ('LCO2016B-002', 'LCO', 'Other')");
            s.execute("insert into semester values ('2016B', '2016-08-01T00:00:00Z', '2017-01-31T23:59:59Z')");
            s.execute("insert into semester values ('2017A', '2017-02-01T00:00:00Z', '2017-07-31T23:59:59Z')");
            s.execute("insert into time_allocation (program_id, semester_id, telescope_class, std_allocation,"
                    + " ipp_limit, ipp_time_available, rr_allocation) values ('" + PROPOSAL
                    + "', '2016B', '1m0', 100, 10, 1.0, 2)");
        }
        Accounts accounts = new Accounts(db);
        token = accounts.create(
                        new Accounts.Profile("alice", "secret-a", "alice@example.org", "Alice Smith", false),
                        List.of(new Accounts.Membership(PROPOSAL, "PI", null)))
                .token();
        outsiderToken = accounts.create(new Accounts.Profile("bob", "secret-b", "", "Bob", false), List.of())
                .token();
        LcoPortalRoutes routes = new LcoPortalRoutes(
                TestServices.of(db, new LocalFileStore(home), Clock.fixed(NOW, ZoneOffset.UTC), home),
                TelescopeNetwork.builtIn());
        server = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.jetty.port = 0;
                    routes.addTo(config.routes);
                })
                .start();
    }

    String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    Reply get(String path, String withToken) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)));
        if (withToken != null) b.header("Authorization", "Token " + withToken);
        return send(b.GET().build());
    }

    /** One field of what GET {@code path} answers the fixture's user. */
    JsonNode field(String path, String name) throws Exception {
        return get(path, token).body().path(name);
    }

    Reply post(String path, String body, String withToken) throws Exception {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json");
        if (withToken != null) b.header("Authorization", "Token " + withToken);
        return send(b.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    Reply postForm(String path, String form) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    private Reply send(HttpRequest request) throws Exception {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode body = r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body());
        return new Reply(r.statusCode(), body);
    }

    /** valhalla's own API-test payload (its generic_payload) on our proposal; docs/lco-observing.md. */
    static String payload(String groupId, double ra, double dec, double exposure, String extra) {
        return """
                {"proposal":"%s","group_id":"%s","operator":"SINGLE","ipp_value":1.0,"observation_type":"NORMAL",%s
                 "requests":[{"target":{"name":"fake target","type":"SIDEREAL","ra":%s,"dec":%s},
                   "molecules":[{"type":"EXPOSE","instrument_name":"1M0-SCICAM-SBIG","filter":"air",
                     "exposure_time":%s,"exposure_count":1,"bin_x":1,"bin_y":1,"ag_name":""}],
                   "windows":[{"start":"2016-09-29T21:12:18Z","end":"2016-10-29T21:12:19Z"}],
                   "location":{"telescope_class":"1m0"},
                   "constraints":{"max_airmass":2.0,"min_lunar_distance":30.0}}]}""".formatted(PROPOSAL, groupId, extra, ra, dec, exposure);
    }

    @Override
    public void close() {
        server.stop();
        db.close();
    }
}
