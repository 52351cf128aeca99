// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meridian.core.auth.Accounts;
import org.meridian.testing.DemoServer;

/** The seed's examples and the access rules over real HTTP against the demo universe. */
class GeminiArchiveIT {

    static final String OWNER = "gemini_ortega_it";
    static final String OWNER_PASSWORD = "ortega-it-pw";

    @BeforeAll
    static void proprietaryProgramOwner() throws Exception {
        // The demo's gemini_pi owns a program whose data are public by now; for the proprietary
        // case the test adds the PI of the still-proprietary demo program GN-2025B-Q-210.
        Accounts accounts = DemoServer.archive().accounts();
        if (!accounts.exists(OWNER)) {
            accounts.create(OWNER, OWNER_PASSWORD, false, List.of("GN-2025B-Q-210"));
        }
    }

    @Test
    void jsonsummaryOfTheSeedProgramNight() throws Exception {
        JsonNode files = new GeminiHttp().json("/jsonsummary/canonical/GN-2010B-Q-22/GMOS-N/20101231");
        assertThat(names(files, "name"))
                .containsExactlyElementsOf(IntStream.rangeClosed(338, 343)
                        .mapToObj(n -> "N20101231S0" + n + ".fits")
                        .toList());
        assertThat(names(files, "data_label"))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 6)
                        .mapToObj(n -> "GN-2010B-Q-22-4-00" + n)
                        .toList());
        for (JsonNode f : files) {
            assertThat(f.get("observation_class").asText()).isEqualTo("science");
            assertThat(f.get("qa_state").asText()).isEqualTo("Pass");
            assertThat(f.get("object").asText()).isEqualTo("L5c02");
            assertThat(f.get("filename").asText()).endsWith(".fits.bz2");
            assertThat(f.get("types").asText()).startsWith("['").contains("'GMOS_N'");
            assertThat(f.get("ut_datetime").asText()).matches("2010-12-31 \\d\\d:\\d\\d:\\d\\d");
            assertThat(f.get("lastmod").asText()).endsWith("+00:00");
            assertThat(f.has("results_truncated")).isFalse();
        }
        assertThat(files.get(0).size()).isEqualTo(68);
    }

    @Test
    void jsonsummaryOfTheSeedObjectListing() throws Exception {
        JsonNode files = new GeminiHttp().json("/jsonsummary/canonical/OBJECT/GMOS-N/20101231");
        List<String> lines = new ArrayList<>();
        for (JsonNode f : files) {
            lines.add(String.format(
                    "%20s %22s %10s %8s %s",
                    f.get("name").asText(),
                    f.get("data_label").asText(),
                    f.get("observation_class").asText(),
                    f.get("qa_state").asText(),
                    f.get("object").asText()));
        }
        assertThat(lines).hasSize(61);
        assertThat(lines.getFirst()).isEqualTo(" N20101231S0222.fits  GN-2010B-Q-51-196-001        acq   Usable CDFS");
        assertThat(lines).contains(" N20101231S0337.fits   GN-2010B-C-10-82-004    science     Pass SDSSJ0841+2042");
        assertThat(lines).contains(" N20101231S0369.fits   GN-2010B-Q-37-56-001        acq     Pass Cluster F - East");
        assertThat(lines).contains(" N20101231S0397.fits  GN-CAL20101231-11-001 partnerCal     Pass PG1323-086");
        assertThat(lines.getLast())
                .isEqualTo(" N20101231S0428.fits  GN-CAL20101231-12-022     dayCal     Pass Twilight");
    }

    @Test
    void jsonfilelistDoesNotDefaultToCanonicalAndHasOnlyFileKeys() throws Exception {
        JsonNode files = new GeminiHttp().json("/jsonfilelist/GN-2010B-Q-22/20101231");
        assertThat(files).hasSize(6);
        // the seed's jsonfilelist keys, in its order
        assertThat(names(files.get(0)))
                .containsExactly(("name filename path compressed file_size data_size file_md5 data_md5 lastmod mdready"
                                + " entrytime present canonical size md5 pending_ingest")
                        .split(" "));
        assertThat(files.get(0).get("size").asLong())
                .isEqualTo(files.get(0).get("file_size").asLong());
        JsonNode names = new GeminiHttp().json("/jsonfilenames/canonical/GN-2010B-Q-22");
        assertThat(names(names.get(0))).containsExactly("name");
        JsonNode qa = new GeminiHttp().json("/jsonqastate/GN-2010B-Q-22");
        assertThat(names(qa.get(0))).containsExactly("data_label", "filename", "data_md5", "entrytime", "qa_state");
    }

    @Test
    void doubledSlashesKeepTheSelection() throws Exception {
        GeminiHttp http = new GeminiHttp();
        JsonNode plain = http.json("/jsonfilenames/GN-2010B-Q-22");
        assertThat(plain.size()).isPositive();
        assertThat(http.json("//jsonfilenames/GN-2010B-Q-22")).isEqualTo(plain);
        assertThat(http.json("//jsonfilenames//GN-2010B-Q-22/")).isEqualTo(plain);
    }

    @Test
    void openQueriesFlagTheLastRowAndOrderbyIsHonoured() throws Exception {
        JsonNode open = new GeminiHttp().json("/jsonsummary/GMOS-N/OBJECT");
        assertThat(open.get(open.size() - 1).get("results_truncated").asBoolean())
                .isTrue();
        JsonNode ordered = new GeminiHttp().json("/jsonsummary/GN-2010B-Q-22?orderby=data_label_desc");
        assertThat(ordered.get(0).get("data_label").asText()).isEqualTo("GN-2010B-Q-22-4-006");
    }

    @Test
    void proprietaryCoordinatesAreMaskedUnlessTheCallerOwnsThem() throws Exception {
        JsonNode anonymous = new GeminiHttp().json("/jsonsummary/GN-2025B-Q-210");
        assertThat(anonymous).hasSize(3);
        for (JsonNode f : anonymous) {
            for (String key : List.of("ra", "dec", "azimuth", "elevation", "airmass", "object", "cass_rotator_pa")) {
                assertThat(f.get(key).isNull()).as(key).isTrue();
            }
            assertThat(f.get("data_label").asText()).startsWith("GN-2025B-Q-210");
        }
        GeminiHttp owner = new GeminiHttp();
        HttpResponse<byte[]> login = owner.post("/login/?username=" + OWNER + "&password=" + OWNER_PASSWORD, "");
        assertThat(GeminiHttp.text(login)).contains("<P>Welcome, you are sucessfully logged in");
        JsonNode mine = owner.json("/jsonsummary/GN-2025B-Q-210");
        assertThat(mine.get(0).get("ra").isNumber()).isTrue();
        assertThat(mine.get(0).get("object").asText()).isEqualTo("HUDF-par2");
        owner.get("/logout");
        assertThat(owner.json("/jsonsummary/GN-2025B-Q-210").get(0).get("ra").isNull())
                .isTrue();
    }

    @Test
    void demoPiLogsInWithTheFormAndTheQueryString() throws Exception {
        GeminiHttp pi = new GeminiHttp();
        assertThat(GeminiHttp.text(pi.post("/login/", "username=gemini_pi&password=gemini-demo")))
                .contains("<P>Welcome, you are sucessfully logged in to the Gemini Archive.</P>");
        assertThat(GeminiHttp.text(pi.get("/searchform"))).contains("Logged in as gemini_pi");
        assertThat(GeminiHttp.text(new GeminiHttp().post("/login/?username=gemini_pi&password=wrong", "")))
                .doesNotContain("Welcome");
    }

    @Test
    void malformedInputIsAPlainText400() throws Exception {
        GeminiHttp http = new GeminiHttp();
        for (String path : List.of(
                "/jsonsummary/ra=abc/sr=xyz",
                "/jsonsummary/GN-2010B-Q-22?orderby=shoesize",
                "/summary/sr=wide",
                "/jsoncalmgr/20101231/sr=xyz")) {
            HttpResponse<byte[]> r = http.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type").orElse(""))
                    .as(path)
                    .startsWith("text/plain");
        }
        // Values FitsStorage cannot use drop their constraint, as there: the answer is the rest of the selection.
        for (String path : List.of(
                "/jsonsummary/GN-2010B-Q-22/ra=abc",
                "/jsonfilelist/GN-2010B-Q-22/exposure_time=ten",
                "/jsonsummary/canonical/20101399",
                "/download/GN-2010B-Q-22/dec=north")) {
            assertThat(http.get(path).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(GeminiHttp.text(http.get("/summary/GN-2010B-Q-22/coadds=many")))
                .contains("coadds=many");
        assertThat(http.get("/jsoncalmgr/GMOS-N").statusCode()).isEqualTo(406);
        assertThat(http.get("/programinfojson/GN-1999A-Q-1").statusCode()).isEqualTo(404);
        assertThat(http.get("/file/N19990101S0001.fits").statusCode()).isEqualTo(404);
    }

    @Test
    void unrecognisedWordsAreReportedNotFatal() throws Exception {
        GeminiHttp http = new GeminiHttp();
        HttpResponse<byte[]> r = http.get("/jsonsummary/GN-2010B-Q-22/bogusword");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("X-Gemini-Not-Recognised")).contains("bogusword");
        assertThat(GeminiHttp.text(http.get("/summary/GN-2010B-Q-22/bogusword")))
                .contains("WARNING: I didn't understand these (case-sensitive) words: bogusword");
    }

    @Test
    void theGeminiUrlsServeGeminiFilesOnly() throws Exception {
        // The demo also holds ESO UVES, JWST NIRCam and LCO frames: none of them belongs behind these URLs.
        GeminiHttp staff = new GeminiHttp();
        JsonNode all = staff.json("/jsonsummary/canonical/notengineering");
        assertThat(all.size()).isGreaterThan(10);
        assertThat(names(all, "telescope")).allMatch(t -> t.startsWith("Gemini-"));
        for (String collection : List.of("JWST", "ESO", "LCO")) {
            String name = publicFileOf(collection);
            assertThat(staff.get("/file/" + name).statusCode()).as(name).isEqualTo(404);
        }
    }

    /** A present file of a public observation in the collection, by its stored name. */
    private static String publicFileOf(String collection) throws Exception {
        try (var c = DemoServer.archive().db().connection();
                var s = c.prepareStatement("select v.filename from file_version v join file f on f.id = v.file_id"
                        + " join observation o on o.id = f.observation_id where v.present and o.collection = ?"
                        + " and (o.release is null or o.release <= now()) order by v.id limit 1")) {
            s.setString(1, collection);
            try (var r = s.executeQuery()) {
                assertThat(r.next())
                        .as("a public " + collection + " file in the demo")
                        .isTrue();
                return r.getString(1);
            }
        }
    }

    static List<String> names(JsonNode array, String key) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(n -> n.get(key).asText())
                .toList();
    }

    static List<String> names(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
