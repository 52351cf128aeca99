// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipInputStream;
import nom.tam.fits.Fits;
import nom.tam.fits.Header;
import nom.tam.fits.ImageHDU;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.app.http.HttpServer;
import org.meridian.core.auth.Accounts;
import org.meridian.ingest.IngestListener;
import org.meridian.ingest.IngestService;
import org.meridian.store.Database;
import org.meridian.store.LocalFileStore;
import org.meridian.testing.TestDatabases;
import org.meridian.testing.TestFits;
import org.meridian.testing.TestServices;

/** The archive's HTTP API over frames ingested for real, on a real PostgreSQL. */
class LcoArchiveIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;

    private static Database db;
    private static HttpServer server;
    private static String base;
    private static String memberToken;

    @BeforeAll
    static void start() throws Exception {
        db = TestDatabases.fresh();
        LocalFileStore store = new LocalFileStore(dir.resolve("store"));
        List<Path> frames = List.of(
                frame("ogg2m001-fs02-20160202-0133-e91", "FTPEPO2014A-003", "R", 777, 135.02, 36.6, null),
                frame("ogg2m001-fs02-20160202-0134-e91", "FTPEPO2014A-003", "V", 777, 135.0201, 36.6001, null),
                frame("ogg2m001-fs02-20160202-0135-e91", "FTPEPO2014A-003", "B", 777, 135.0199, 36.5999, null),
                frame("lsc1m005-fa15-20160203-0001-e91", "LCO2099A-001", "rp", 888, 0.0, 0.0, "2099-01-01T00:00:00"),
                frame("lsc1m005-fa15-20160203-0002-e91", "LCO2016A-001", "rp", 889, 359.999, 0.0, null));
        var report = new IngestService(db, store, 2).ingest(frames, IngestListener.SILENT);
        assertThat(report.failed()).isEmpty();
        Accounts accounts = new Accounts(db);
        memberToken = accounts.create("bilbo", "myprecious", false, List.of("LCO2099A-001"))
                .token();
        LcoArchiveRoutes routes = new LcoArchiveRoutes(TestServices.of(db, store, Clock.systemUTC(), dir));
        server = HttpServer.start(0, List.of(routes::addTo));
        base = "http://localhost:" + server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
        db.close();
    }

    @Test
    void anonymousListsSeePublicFramesOnlyWithSeedFields() throws Exception {
        JsonNode page = get("/frames/", null, 200);
        assertThat(page.get("count").asInt()).isEqualTo(4);
        assertThat(page.has("count_estimated")).isTrue();
        JsonNode frame = get("/frames/?basename_exact=ogg2m001-fs02-20160202-0133-e91", null, 200)
                .get("results")
                .get(0);
        assertThat(frame.get("basename").asText()).isEqualTo("ogg2m001-fs02-20160202-0133-e91");
        assertThat(frame.get("filename").asText()).isEqualTo("ogg2m001-fs02-20160202-0133-e91.fits");
        assertThat(frame.get("DATE_OBS").asText()).isEqualTo("2016-02-03T09:05:57.414000Z");
        assertThat(frame.get("EXPTIME").asText()).isEqualTo("60.000");
        assertThat(frame.get("RLEVEL").asInt()).isEqualTo(91);
        assertThat(frame.get("REQNUM").asLong()).isEqualTo(777);
        assertThat(frame.get("BLKUID").asLong()).isEqualTo(54321);
        assertThat(frame.get("area").get("type").asText()).isEqualTo("Polygon");
        assertThat(frame.get("area").get("coordinates").get(0)).hasSize(5);
        assertThat(frame.get("version_set").get(0).get("md5").asText()).hasSize(32);
        assertThat(get("/frames/?request_id=777", null, 200)
                        .get("count_estimated")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void tokensSeeTheirProposalsAndProfile() throws Exception {
        String token = post("/api-token-auth/", "username=bilbo&password=myprecious", 200)
                .get("token")
                .asText();
        assertThat(token).isEqualTo(memberToken);
        assertThat(get("/frames/?proposal_id=LCO2099A-001", "Token " + token, 200)
                        .get("count")
                        .asInt())
                .isEqualTo(1);
        assertThat(get("/frames/?proposal_id=LCO2099A-001", null, 200)
                        .get("count")
                        .asInt())
                .isZero();
        assertThat(get("/frames/?public=false", "Token " + token, 200)
                        .get("count")
                        .asInt())
                .isEqualTo(1);
        JsonNode profile = get("/profile/", "Token " + token, 200);
        assertThat(profile.get("profile").get("proposals").get(0).asText()).isEqualTo("LCO2099A-001");
        post("/api-token-auth/", "username=bilbo&password=wrong", 400);
        get("/profile/", null, 401);
        get("/frames/", "Token nonsense", 401);
    }

    @Test
    void coversAndIntersectsUseGreatCircleGeometryAcrossRaZero() throws Exception {
        assertThat(basenames(get("/frames/?covers=" + enc("POINT(0.001 0.0)"), null, 200)))
                .containsExactly("lsc1m005-fa15-20160203-0002-e91");
        assertThat(basenames(get("/frames/?covers=" + enc("POINT(340 0)"), null, 200)))
                .isEmpty();
        assertThat(basenames(get("/frames/?covers=" + enc("POINT(135.02 36.6)"), null, 200)))
                .hasSize(3);
        assertThat(basenames(get(
                        "/frames/?intersects=" + enc("POLYGON((350 -10, 350 10, 10 10, 10 -10, 350 -10))"), null, 200)))
                .containsExactly("lsc1m005-fa15-20160203-0002-e91");
    }

    @Test
    void badInputIsA400NeverA500() throws Exception {
        assertThat(get("/frames/?covers=POINT(1)", null, 400).get(0).asText()).startsWith("Error with covers query");
        assertThat(get("/frames/?intersects=" + enc("POLYGON((1 2))"), null, 400)
                        .get(0)
                        .asText())
                .startsWith("Error with intersects query");
        assertThat(get("/frames/?start=notadate", null, 400).get("start").get(0).asText())
                .isEqualTo("Enter a valid date/time.");
        get("/frames/?exposure_time=abc", null, 400);
        get("/frames/?RLEVEL=x", null, 400);
        assertThat(get("/frames/999999/", null, 404).get("detail").asText()).isEqualTo("Not found.");
        get("/frames/abc/", null, 404);
        get("/frames/aggregate/?start=2016-01-01", null, 400);
        get("/thumbnails/1/?width=huge", null, 400);
        get("/frames/?pagination_style=cursor&cursor=@@", null, 404);
    }

    @Test
    void signedUrlsDownloadTheStoredBytes() throws Exception {
        JsonNode frame = get("/frames/?basename=0133", null, 200).get("results").get(0);
        HttpResponse<byte[]> file = HTTP.send(
                HttpRequest.newBuilder(URI.create(frame.get("url").asText())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(file.body()));
        assertThat(md5).isEqualTo(frame.get("version_set").get(0).get("md5").asText());
        String url = frame.get("url").asText();
        int at = url.indexOf("signature=") + "signature=".length();
        // flip the signature's first character to a different one (a fixed replacement could equal it)
        String tampered = url.substring(0, at) + (url.charAt(at) == '0' ? '1' : '0') + url.substring(at + 1);
        assertThat(tampered).isNotEqualTo(url);
        assertThat(HTTP.send(
                                HttpRequest.newBuilder(URI.create(tampered)).build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void detailRelatedHeadersAggregateAndCursor() throws Exception {
        long id = get("/frames/?basename=0133", null, 200)
                .get("results")
                .get(0)
                .get("id")
                .asLong();
        assertThat(get("/frames/" + id + "/", null, 200).get("id").asLong()).isEqualTo(id);
        assertThat(get("/frames/" + id + "/headers/", null, 200)
                        .get("data")
                        .get("PROPID")
                        .asText())
                .isEqualTo("FTPEPO2014A-003");
        assertThat(get("/frames/" + id + "/related/", null, 200).isArray()).isTrue();
        JsonNode agg = get("/frames/aggregate/", null, 200);
        assertThat(agg.get("sites").toString()).contains("ogg", "lsc");
        assertThat(agg.get("proposals").toString()).doesNotContain("LCO2099A-001");
        assertThat(get("/frames/aggregate/?start=2016-02-01&end=2016-02-10", null, 200)
                        .get("sites"))
                .isEmpty();
        assertThat(get("/frames/aggregate/?start=2016-02-01&end=2016-02-10&public=true", null, 200)
                        .get("sites"))
                .hasSize(2);
        JsonNode first = get("/frames/?pagination_style=cursor&limit=3", null, 200);
        assertThat(first.get("results")).hasSize(3);
        JsonNode second = getAbsolute(first.get("next").asText());
        assertThat(second.get("results")).hasSize(1);
        assertThat(second.get("next").isNull()).isTrue();
        JsonNode back = getAbsolute(second.get("previous").asText());
        assertThat(back.get("results").get(0).get("id"))
                .isEqualTo(first.get("results").get(0).get("id"));
    }

    @Test
    void thumbnailsGreyAndColourAndZips() throws Exception {
        JsonNode thumb = get("/thumbnails/ogg2m001-fs02-20160202-0133-e91/?width=50&height=50&label=hi", null, 200);
        assertThat(thumb.get("propid").asText()).isEqualTo("FTPEPO2014A-003");
        byte[] jpeg = HTTP.send(
                        HttpRequest.newBuilder(URI.create(thumb.get("url").asText()))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray())
                .body();
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(jpeg));
        assertThat(image.getWidth()).isEqualTo(50);
        JsonNode color = get("/thumbnails/ogg2m001-fs02-20160202-0133-e91/?color=true", null, 200);
        assertThat(color.get("url").asText()).isNotEqualTo(thumb.get("url").asText());
        assertThat(get("/thumbnails/lsc1m005-fa15-20160203-0002-e91/?color=true", null, 404)
                        .get("message")
                        .asText())
                .isEqualTo("RVB frames not found");
        get("/thumbnails/lsc1m005-fa15-20160203-0001-e91/", null, 404);
        assertThat(get("/thumbnails/lsc1m005-fa15-20160203-0001-e91/", "Token " + memberToken, 200)
                        .has("url"))
                .isTrue();
        long id = get("/frames/?basename=0133", null, 200)
                .get("results")
                .get(0)
                .get("id")
                .asLong();
        HttpResponse<byte[]> zip = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/frames/zip/"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"frame_ids\":[" + id + "]}"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(200);
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
            assertThat(in.getNextEntry().getName()).endsWith("ogg2m001-fs02-20160202-0133-e91.fits");
        }
    }

    private static List<String> basenames(JsonNode page) {
        return page.get("results").findValuesAsText("basename").stream()
                .sorted()
                .toList();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static JsonNode get(String path, String auth, int status) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }

    private static JsonNode getAbsolute(String url) throws Exception {
        return get(url.substring(base.length()), null, 200);
    }

    private static JsonNode post(String path, String form, int status) throws Exception {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }

    /** An LCO-style reduced frame: a star on a sloped sky, TAN WCS of 0.3"/pixel over 64 x 48 pixels. */
    static Path frame(String basename, String propid, String filter, long reqnum, double ra, double dec, String pubdat)
            throws Exception {
        float[][] pixels = new float[48][64];
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                double r2 = (x - 30) * (x - 30) + (y - 20) * (y - 20);
                pixels[y][x] = (float) (100 + x * 0.5 + 5000 * Math.exp(-r2 / 8));
            }
        }
        ImageHDU hdu = (ImageHDU) Fits.makeHDU(pixels);
        Header h = hdu.getHeader();
        String[] parts = basename.split("-");
        String day = parts[2];
        h.addValue("ORIGIN", "LCOGT", "");
        TestFits.lcoCamera(h, basename);
        h.addValue("PROPID", propid, "");
        h.addValue("DATE-OBS", "2016-02-03T09:05:57.414", "");
        h.addValue("DAY-OBS", day, "");
        h.addValue("OBSTYPE", "EXPOSE", "");
        h.addValue("BLKUID", 54321, "");
        h.addValue("REQNUM", reqnum, "");
        h.addValue("RLEVEL", 91, "");
        h.addValue("OBJECT", "P 2010 v1", "");
        h.addValue("EXPTIME", 60.0, "");
        h.addValue("FILTER", filter, "");
        if (pubdat != null) {
            h.addValue("L1PUBDAT", pubdat, "");
        }
        TestFits.tanWcs(h, ra, dec, 32.5, 24.5, 1e-4);
        return TestFits.write(hdu, dir, basename);
    }
}
