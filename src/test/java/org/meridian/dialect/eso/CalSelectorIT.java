// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nom.tam.fits.Fits;
import nom.tam.fits.Header;
import nom.tam.fits.ImageHDU;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.app.http.HttpServer;
import org.meridian.dialect.ArchiveServices;
import org.meridian.ingest.IngestListener;
import org.meridian.ingest.IngestService;
import org.meridian.store.Database;
import org.meridian.store.LocalFileStore;
import org.meridian.testing.TestDatabases;
import org.meridian.testing.TestServices;

/**
 * Calibration selection (ESO's calSelector) over real ingested FORS2 and UVES frames: the rules pick
 * by setup, binning, read mode and time; decoys that differ in one of them are never chosen; the
 * cascade adds a flat's own bias only on request; masters come with Raw2Raw's sibling mode
 * Raw2Master; a calibration the caller may not read is a NotAuthorizedFault row, one it may not
 * list is absent.
 */
class CalSelectorIT {

    static final String SCIENCE = "FORS2.2019-03-02T01:12:00.000";
    static final String BIAS_1 = "FORS2.2019-03-01T23:40:00.000";
    static final String BIAS_2 = "FORS2.2019-03-01T23:42:00.000";
    static final String BIAS_1X1 = "FORS2.2019-03-01T23:44:00.000";
    static final String BIAS_SLOW = "FORS2.2019-03-01T23:46:00.000";
    static final String BIAS_OLD = "FORS2.2019-02-26T22:50:00.000";
    static final String FLAT = "FORS2.2019-03-01T23:50:00.000";
    static final String FLAT_OTHER_FILTER = "FORS2.2019-03-01T23:52:00.000";
    static final String FLAT_OLD = "FORS2.2019-02-26T23:00:00.000";
    static final String FLAT_HIDDEN = "FORS2.2019-03-01T23:54:00.000";
    static final String STD_PROPRIETARY = "FORS2.2019-03-02T00:30:00.000";
    static final String MASTER_BIAS = "M.FORS2.2019-03-01T23:40:00.000";
    static final String MASTER_FLAT = "M.FORS2.2019-03-01T23:50:00.000";
    static final String UVES_SCIENCE = "UVES.2019-03-02T02:00:00.000";
    static final String UVES_BIAS = "UVES.2019-03-02T10:00:00.000";
    static final String UVES_FLAT = "UVES.2019-03-02T10:03:00.000";
    static final String UVES_ARC = "UVES.2019-03-02T10:06:00.000";
    static final String UVES_ARC_520 = "UVES.2019-03-02T10:09:00.000";
    static final String UVES_LINE_TABLE = "M.UVES.2019-03-02T10:06:00.000";

    static final String PUBLIC = "0102.C-0588(B)";
    static final String PROPRIETARY = "0118.A-0001(A)";
    static final String HIDDEN = "0116.C-0702(A)";

    @TempDir
    static Path dir;

    private static Database db;
    private static HttpServer server;
    private static EsoDialect dialect;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String MEMBER = EsoFixture.basic("member", "member-pw");

    @BeforeAll
    static void start() throws Exception {
        db = TestDatabases.fresh();
        LocalFileStore store = new LocalFileStore(dir.resolve("store"));
        Path in = Files.createDirectories(dir.resolve("in"));
        List<Path> files = new ArrayList<>();
        files.add(fors2(in, SCIENCE, PUBLIC, "SCIENCE", "OBJECT", 2, "A", "R_SPECIAL", null, null));
        files.add(fors2(in, BIAS_1, PUBLIC, "CALIB", "BIAS", 2, "A", "R_SPECIAL", null, null));
        files.add(fors2(in, BIAS_2, PUBLIC, "CALIB", "BIAS", 2, "A", "R_SPECIAL", null, null));
        files.add(fors2(in, BIAS_1X1, PUBLIC, "CALIB", "BIAS", 1, "A", "R_SPECIAL", null, null));
        files.add(fors2(in, BIAS_SLOW, PUBLIC, "CALIB", "BIAS", 2, "B", "R_SPECIAL", null, null));
        files.add(fors2(in, BIAS_OLD, PUBLIC, "CALIB", "BIAS", 2, "A", "R_SPECIAL", null, null));
        files.add(fors2(in, FLAT, PUBLIC, "CALIB", "FLAT,SKY", 2, "A", "R_SPECIAL", null, null));
        files.add(fors2(in, FLAT_OTHER_FILTER, PUBLIC, "CALIB", "FLAT,SKY", 2, "A", "B_HIGH", null, null));
        files.add(fors2(in, FLAT_OLD, PUBLIC, "CALIB", "FLAT,SKY", 2, "A", "R_SPECIAL", null, null));
        files.add(fors2(in, FLAT_HIDDEN, HIDDEN, "CALIB", "FLAT,SKY", 2, "A", "R_SPECIAL", null, "2030-01-01"));
        files.add(fors2(in, STD_PROPRIETARY, PROPRIETARY, "CALIB", "STD", 2, "A", "R_SPECIAL", null, "2030-01-01"));
        files.add(fors2(in, MASTER_BIAS, PUBLIC, "CALIB", null, 2, "A", "R_SPECIAL", "MASTER_BIAS", null));
        files.add(fors2(in, MASTER_FLAT, PUBLIC, "CALIB", null, 2, "A", "R_SPECIAL", "MASTER_SKY_FLAT_IMG", null));
        files.add(uves(in, UVES_SCIENCE, "SCIENCE", "OBJECT", 580.0, null));
        files.add(uves(in, UVES_BIAS, "CALIB", "BIAS", 580.0, null));
        files.add(uves(in, UVES_FLAT, "CALIB", "LAMP,FLAT", 580.0, null));
        files.add(uves(in, UVES_ARC, "CALIB", "LAMP,WAVE", 580.0, null));
        files.add(uves(in, UVES_ARC_520, "CALIB", "LAMP,WAVE", 520.0, null));
        files.add(uves(in, UVES_LINE_TABLE, "CALIB", null, 580.0, "LINE_TABLE"));
        var report = new IngestService(db, store, 2).ingest(files, IngestListener.SILENT);
        assertThat(report.failed()).isEmpty();
        try (Connection c = db.connection();
                Statement s = c.createStatement()) {
            s.execute("update program set metadata_private = true where id = '" + HIDDEN + "'");
        }
        ArchiveServices services = TestServices.of(db, store, Clock.systemUTC(), dir);
        services.accounts().create("member", "member-pw", false, List.of(PROPRIETARY, HIDDEN));
        dialect = new EsoDialect(services);
        server = HttpServer.start(0, List.of(dialect::addTo));
    }

    @AfterAll
    static void stop() {
        server.close();
        dialect.close();
        db.close();
    }

    @Test
    void dataLinkOffersBothModesForRawScienceOnly() throws Exception {
        List<Map<String, String>> rows =
                DatalinkIT.links(get("/datalink/links?ID=" + id(SCIENCE), null)).bySemantics("#calibration");
        assertThat(rows).hasSize(2);
        assertThat(rows)
                .extracting(r -> r.get("access_url"))
                .allSatisfy(url -> assertThat(url).contains("/calselector/associations?ID="))
                .anySatisfy(url -> assertThat(url).endsWith("mode=Raw2Raw"))
                .anySatisfy(url -> assertThat(url).endsWith("mode=Raw2Master"));
        assertThat(rows).allSatisfy(r -> assertThat(r.get("content_type")).contains("content=datalink"));
        assertThat(DatalinkIT.links(get("/datalink/links?ID=" + id(BIAS_1), null))
                        .bySemantics("#calibration"))
                .isEmpty();
    }

    @Test
    void theDataLinkRowsLeadToTheSelection() throws Exception {
        Map<String, String> raw =
                DatalinkIT.links(get("/datalink/links?ID=" + id(SCIENCE), null)).bySemantics("#calibration").stream()
                        .filter(r -> r.get("access_url").endsWith("Raw2Raw"))
                        .findFirst()
                        .orElseThrow();
        String url = raw.get("access_url");
        HttpResponse<byte[]> r =
                HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(names(DatalinkIT.links(r).rows())).contains(BIAS_1, FLAT);
    }

    @Test
    void rawToRawPicksBySetupBinningReadModeAndTime() throws Exception {
        List<Map<String, String>> rows = selection(SCIENCE, "Raw2Raw", null);
        assertThat(names(rows)).containsExactlyInAnyOrder(BIAS_1, BIAS_2, FLAT, FLAT_OLD, STD_PROPRIETARY);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("semantics")).isEqualTo("#calibration");
            assertThat(r.get("ID")).isEqualTo("ivo://eso.org/ID?" + SCIENCE);
        });
        assertThat(row(rows, BIAS_1).get("description")).startsWith("raw bias (BIAS) for " + SCIENCE);
    }

    @Test
    void theCascadeAddsTheCalibrationsOfTheCalibrationsOnRequest() throws Exception {
        List<Map<String, String>> rows = selection(SCIENCE, "Raw2Raw", "true");
        assertThat(names(rows)).contains(BIAS_1, BIAS_2, FLAT, FLAT_OLD, BIAS_OLD);
        assertThat(names(rows)).doesNotContain(BIAS_1X1, BIAS_SLOW, FLAT_OTHER_FILTER, MASTER_BIAS);
        assertThat(row(rows, BIAS_OLD).get("description")).startsWith("raw bias (BIAS) for " + FLAT_OLD + ":");
        assertThat(names(selection(SCIENCE, "Raw2Raw", "false"))).doesNotContain(BIAS_OLD);
    }

    @Test
    void rawToMasterGivesTheMasters() throws Exception {
        List<Map<String, String>> rows = selection(SCIENCE, "raw2master", null);
        assertThat(names(rows)).containsExactlyInAnyOrder(MASTER_BIAS, MASTER_FLAT);
        assertThat(row(rows, MASTER_FLAT).get("description")).startsWith("master flat (MASTER_SKY_FLAT_IMG)");
    }

    @Test
    void uvesMatchesArmAndGratingSetting() throws Exception {
        assertThat(names(selection(UVES_SCIENCE, "Raw2Raw", null)))
                .containsExactlyInAnyOrder(UVES_BIAS, UVES_FLAT, UVES_ARC);
        assertThat(names(selection(UVES_SCIENCE, "Raw2Master", null))).containsExactly(UVES_LINE_TABLE);
    }

    @Test
    void unreadableIsRefusedInARowAndUnlistableIsAbsent() throws Exception {
        List<Map<String, String>> anonymous = selection(SCIENCE, "Raw2Raw", null);
        Map<String, String> std = row(anonymous, STD_PROPRIETARY);
        assertThat(std.get("access_url")).isNull();
        assertThat(std.get("error_message")).startsWith("NotAuthorizedFault: ");
        assertThat(names(anonymous)).doesNotContain(FLAT_HIDDEN);

        List<Map<String, String>> member =
                rows(get("/calselector/associations?ID=" + id(SCIENCE) + "&mode=Raw2Raw", MEMBER));
        assertThat(row(member, STD_PROPRIETARY).get("access_url")).contains("/dataportal_new/file/" + STD_PROPRIETARY);
        assertThat(names(member)).contains(FLAT_HIDDEN);
    }

    @Test
    void badParametersAreUsageFaults() throws Exception {
        for (String query : List.of(
                "ID=" + id(SCIENCE) + "&mode=Raw2Everything",
                "ID=" + id(SCIENCE) + "&cascade=perhaps",
                "mode=Raw2Raw")) {
            HttpResponse<byte[]> r = get("/calselector/associations?" + query, null);
            assertThat(r.statusCode()).as(query).isEqualTo(400);
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("UsageFault");
        }
        assertThat(rows(get("/calselector/associations?ID=" + id("FORS2.1999-01-01T00:00:00.000"), null)))
                .singleElement()
                .satisfies(r -> assertThat(r.get("error_message")).startsWith("NotFoundFault"));
    }

    // ---- helpers ----

    static String id(String dpId) {
        return URLEncoder.encode("ivo://eso.org/ID?" + dpId, StandardCharsets.UTF_8);
    }

    static HttpResponse<byte[]> get(String pathAndQuery, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + pathAndQuery));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static List<Map<String, String>> rows(HttpResponse<byte[]> r) throws Exception {
        return DatalinkIT.links(r).rows();
    }

    static List<Map<String, String>> selection(String dpId, String mode, String cascade) throws Exception {
        String q = "/calselector/associations?ID=" + id(dpId) + "&mode=" + mode
                + (cascade == null ? "" : "&cascade=" + cascade);
        return rows(get(q, null));
    }

    static List<String> names(List<Map<String, String>> rows) {
        return rows.stream()
                .map(r -> r.get("description").substring(r.get("description").lastIndexOf(": ") + 2))
                .toList();
    }

    static Map<String, String> row(List<Map<String, String>> rows, String dpId) {
        return rows.stream()
                .filter(r -> r.get("description").endsWith(": " + dpId))
                .findFirst()
                .orElseThrow(() -> new AssertionError(dpId + " not among " + names(rows)));
    }

    private static Path fors2(
            Path dir,
            String dpId,
            String programme,
            String catg,
            String type,
            int binning,
            String clock,
            String filter,
            String master,
            String release)
            throws Exception {
        Map<String, Object> cards = setup("FORS2", "IMG", binning);
        cards.put("HIERARCH ESO INS FILT1 NAME", filter);
        cards.put("HIERARCH ESO DET READ CLOCK", clock);
        return write(dir, dpId, programme, catg, type, master, release, cards);
    }

    private static Path uves(Path dir, String dpId, String catg, String type, double wlen, String master)
            throws Exception {
        Map<String, Object> cards = setup("UVES", "RED", 1);
        cards.put("HIERARCH ESO INS GRAT2 WLEN", wlen);
        cards.put("HIERARCH ESO DET READ SPEED", "225kHz,1x1,low");
        return write(dir, dpId, PUBLIC, catg, type, master, null, cards);
    }

    /** The instrument, its mode and the detector binning every frame here carries. */
    private static Map<String, Object> setup(String instrument, String mode, int binning) {
        Map<String, Object> cards = new LinkedHashMap<>();
        cards.put("INSTRUME", instrument);
        cards.put("HIERARCH ESO INS MODE", mode);
        cards.put("HIERARCH ESO DET WIN1 BINX", binning);
        cards.put("HIERARCH ESO DET WIN1 BINY", binning);
        return cards;
    }

    private static Path write(
            Path dir,
            String dpId,
            String programme,
            String catg,
            String type,
            String master,
            String release,
            Map<String, Object> cards)
            throws Exception {
        ImageHDU hdu = (ImageHDU) Fits.makeHDU(new short[8][8]);
        Header h = hdu.getHeader();
        h.addValue("ORIGIN", "ESO-PARANAL", "");
        h.addValue("OBJECT", type == null ? master : type, "");
        h.addValue("EXPTIME", 1.0, "");
        h.addValue("DATE-OBS", dpId.substring(dpId.indexOf('.', dpId.startsWith("M.") ? 2 : 0) + 1), "");
        h.addValue("ARCFILE", dpId + ".fits", "");
        h.addValue("HIERARCH.ESO.OBS.PROG.ID", programme, "");
        h.addValue("HIERARCH.ESO.DPR.CATG", catg, "");
        if (type != null) {
            h.addValue("HIERARCH.ESO.DPR.TYPE", type, "");
            h.addValue("HIERARCH.ESO.DPR.TECH", "IMAGE", "");
        }
        if (master != null) {
            h.addValue("HIERARCH.ESO.PRO.CATG", master, "");
        }
        if (release != null) {
            h.addValue("RELEASE", release, "");
        }
        for (Map.Entry<String, Object> c : cards.entrySet()) {
            String key = c.getKey().replace(' ', '.');
            switch (c.getValue()) {
                case Integer i -> h.addValue(key, i, "");
                case Double d -> h.addValue(key, d, "");
                default -> h.addValue(key, c.getValue().toString(), "");
            }
        }
        return EsoFixture.write(dir, dpId, List.of(hdu));
    }
}
