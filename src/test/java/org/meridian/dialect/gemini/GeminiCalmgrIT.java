// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meridian.core.auth.Accounts;
import org.meridian.testing.DemoServer;
import org.meridian.xml.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The XML calibration manager, its POST form, access masking and observation logs against the demo. */
class GeminiCalmgrIT {

    static final String SCIENCE = "N20101231S0338"; // GN-2010B-Q-22-4-001, GMOS-N longslit
    static final String CAL_MEMBER = "gemini_calmember_it";
    static final String OWNER = GeminiArchiveIT.OWNER;

    @BeforeAll
    static void accounts() throws Exception {
        Accounts accounts = DemoServer.archive().accounts();
        if (!accounts.exists(CAL_MEMBER)) {
            accounts.create(CAL_MEMBER, "calmember-pw", false, List.of("GN-CAL20101231"));
        }
        if (!accounts.exists(OWNER)) {
            accounts.create(OWNER, GeminiArchiveIT.OWNER_PASSWORD, false, List.of("GN-2025B-Q-210"));
        }
    }

    @Test
    void xmlCalmgrListsTheNightsBiasesAsDragonsReadsThem() throws Exception {
        for (String feature : List.of("/calmgr/", "/xmlcalmgr/")) {
            HttpResponse<byte[]> r = new GeminiHttp().get(feature + SCIENCE);
            assertThat(r.statusCode()).as(feature).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/xml");
            Document doc = xml(r.body());
            Element root = doc.getDocumentElement();
            assertThat(root.getTagName()).isEqualTo("calibration_associations");
            assertThat(root.getNamespaceURI()).isEqualTo("http://www.gemini.edu/xml/gsaCalibrations/v1.0");
            Element dataset = (Element) root.getElementsByTagName("dataset").item(0);
            assertThat(child(dataset, "datalabel")).isEqualTo("GN-2010B-Q-22-4-001");
            assertThat(child(dataset, "filename")).isEqualTo(SCIENCE + ".fits");
            List<Element> biases = calibrations(doc, "bias");
            assertThat(biases).hasSize(5);
            for (Element cal : biases) {
                assertThat(child(cal, "datalabel")).startsWith("GN-CAL20101231-1-00");
                assertThat(child(cal, "filename")).matches("N20101231S000[1-5]\\.fits");
                assertThat(child(cal, "md5")).matches("[0-9a-f]{32}");
                assertThat(child(cal, "url"))
                        .isEqualTo(DemoServer.baseUrl() + "/file/" + child(cal, "filename") + ".bz2");
            }
            // Every type is answered, found or not, as the archive does.
            assertThat(GeminiHttp.text(r)).contains("<!-- NO CALIBRATION FOUND for caltype dark -->");
        }
        String url = calibrations(xml(new GeminiHttp().get("/calmgr/" + SCIENCE).body()), "bias")
                .getFirst()
                .getElementsByTagName("url")
                .item(0)
                .getTextContent();
        assertThat(new GeminiHttp()
                        .get(url.substring(DemoServer.baseUrl().length()))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void caltypeLimitsTheAnswerAndOpenSelectionsAreRefused() throws Exception {
        Document doc =
                xml(new GeminiHttp().get("/xmlcalmgr/" + SCIENCE + "/arc").body());
        assertThat(doc.getElementsByTagName("calibration").getLength()).isZero();
        assertThat(new String(
                        new GeminiHttp().get("/xmlcalmgr/" + SCIENCE + "/arc").body()))
                .contains("<!-- NO CALIBRATION FOUND for caltype arc -->")
                .doesNotContain("caltype bias");
        for (String path : List.of("/calmgr/GMOS-N", "/xmlcalmgr/OBJECT", "/jsoncalmgr/GMOS-N/bias")) {
            HttpResponse<byte[]> r = new GeminiHttp().get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(406);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        }
        HttpResponse<byte[]> bad = new GeminiHttp().get("/calmgr/20101231/sr=xyz");
        assertThat(bad.statusCode()).isEqualTo(400);
    }

    @Test
    void proprietaryCalibrationsAreNeitherNamedNorOffered() throws Exception {
        setRelease("GN-CAL20101231-1-005", "2099-12-31");
        try {
            assertThat(labels(
                            new GeminiHttp().get("/calmgr/" + SCIENCE + "/bias").body()))
                    .hasSize(4)
                    .doesNotContain("GN-CAL20101231-1-005");
            JsonNode json = new GeminiHttp().json("/jsoncalmgr/" + SCIENCE + "/bias");
            assertThat(json.get(0).get("cal_info").get(0).get("cals").toString())
                    .doesNotContain("GN-CAL20101231-1-005");
            GeminiHttp member = new GeminiHttp();
            member.post("/login/", "username=" + CAL_MEMBER + "&password=calmember-pw");
            assertThat(labels(member.get("/calmgr/" + SCIENCE + "/bias").body()))
                    .contains("GN-CAL20101231-1-005");
        } finally {
            setRelease("GN-CAL20101231-1-005", "2010-12-31");
        }
    }

    @Test
    void postedDescriptorsNeedACaltypeAndFindCalibrations() throws Exception {
        String body = """
                {"tags": ["GEMINI", "GMOS", "NORTH", "SPECT", "LS", "RAW", "UNPREPARED"],
                 "descriptors": {"instrument": "GMOS-N", "data_label": "GN-2010B-Q-22-4-099",
                   "ut_datetime": "2010-12-31T12:00:00", "detector_x_bin": 2, "detector_y_bin": 2,
                   "read_speed_setting": "%s", "gain_setting": "%s", "detector_roi_setting": "%s",
                   "observation_type": "OBJECT", "engineering": false}}""";
        JsonNode science =
                new GeminiHttp().json("/jsonsummary/canonical/" + SCIENCE).get(0);
        String filled = body.formatted(
                science.get("detector_readspeed_setting").asText(),
                science.get("detector_gain_setting").asText(),
                science.get("detector_roi_setting").asText());
        HttpResponse<byte[]> r = postJson("/calmgr/processed_bias", filled);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(GeminiHttp.text(r)).contains("<datalabel>GN-2010B-Q-22-4-099</datalabel>");
        r = postJson("/calmgr/bias", filled);
        assertThat(labels(r.body())).hasSize(5);
        HttpResponse<byte[]> json = postJson("/jsoncalmgr/bias", filled);
        JsonNode parsed = GeminiHttp.JSON.readTree(json.body());
        assertThat(parsed.get(0).get("filename").isNull()).isTrue();
        assertThat(parsed.get(0).get("cal_info").get(0).get("cals")).hasSize(5);

        assertThat(postJson("/calmgr", filled).statusCode()).isEqualTo(405);
        for (String bad :
                List.of("", "not json", "[1]", "{\"tags\": [], \"descriptors\": {}}", "{\"descriptors\": {}}")) {
            HttpResponse<byte[]> b = postJson("/calmgr/bias", bad);
            assertThat(b.statusCode()).as(bad).isEqualTo(400);
            assertThat(b.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        }
    }

    @Test
    void obslogsArePublicOnceTheNightsDataAre() throws Exception {
        GeminiHttp anonymous = new GeminiHttp();
        String page = GeminiHttp.text(anonymous.get("/obslogs/GN-2010B-Q-22"));
        assertThat(page).contains("<a href=\"/file/20101231_GN-2010B-Q-22_obslog.txt\"");
        HttpResponse<byte[]> log = anonymous.get("/file/20101231_GN-2010B-Q-22_obslog.txt");
        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(log.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(GeminiHttp.text(log))
                .contains("GN-2010B-Q-22")
                .contains("N20101231S0338.fits")
                .contains("L5c02");
        assertThat(GeminiHttp.text(anonymous.get("/associated_obslogs/GN-2010B-Q-22/20101231/body_only")))
                .contains("20101231_GN-2010B-Q-22_obslog.txt")
                .doesNotContain("<html");
        assertThat(GeminiHttp.text(anonymous.get("/obslogs/20101231"))).contains("20101231_GN-2010B-Q-64_obslog.txt");

        String secret = "/file/20251201_GN-2025B-Q-210_obslog.txt";
        assertThat(GeminiHttp.text(anonymous.get("/obslogs/GN-2025B-Q-210")))
                .contains("20251201_GN-2025B-Q-210_obslog.txt")
                .doesNotContain("href=\"" + secret);
        assertThat(anonymous.get(secret).statusCode()).isEqualTo(403);
        // gemini_pi is a co-investigator of GN-2025B-Q-210, not of GS-2025B-Q-105.
        String other = "/file/20251120_GS-2025B-Q-105_obslog.txt";
        assertThat(anonymous.get(other).statusCode()).isEqualTo(403);
        GeminiHttp pi = new GeminiHttp();
        pi.post("/login/", "username=gemini_pi&password=gemini-demo");
        assertThat(pi.get(secret).statusCode()).isEqualTo(200);
        assertThat(pi.get(other).statusCode()).isEqualTo(403);
        assertThat(pi.get("/file/20101231_GN-2010B-Q-22_obslog.txt").statusCode())
                .isEqualTo(200);
        GeminiHttp owner = new GeminiHttp();
        owner.post("/login/", "username=" + OWNER + "&password=" + GeminiArchiveIT.OWNER_PASSWORD);
        assertThat(owner.get(secret).statusCode()).isEqualTo(200);
        assertThat(owner.get(other).statusCode()).isEqualTo(403);
        assertThat(GeminiHttp.text(owner.get("/obslogs/GN-2025B-Q-210"))).contains("href=\"" + secret);

        assertThat(anonymous.get("/obslogs/sr=abc").statusCode()).isEqualTo(400);
        assertThat(GeminiHttp.text(anonymous.get("/obslogs/GN-2011B-Q-99"))).contains("No Obslogs found");
    }

    private static HttpResponse<byte[]> postJson(String path, String body) throws Exception {
        return new GeminiHttp()
                .send(HttpRequest.newBuilder(GeminiHttp.uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
    }

    private static void setRelease(String dataLabel, String date) throws Exception {
        try (Connection c = DemoServer.archive().db().connection();
                PreparedStatement s = c.prepareStatement(
                        "update observation set release = ?::date at time zone 'UTC' where data_label = ?")) {
            s.setString(1, date);
            s.setString(2, dataLabel);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private static List<String> labels(byte[] xml) throws Exception {
        return calibrationElements(xml(xml)).stream()
                .map(e -> child(e, "datalabel"))
                .toList();
    }

    private static List<Element> calibrations(Document doc, String caltype) {
        return calibrationElements(doc).stream()
                .filter(e -> caltype.equals(child(e, "caltype")))
                .toList();
    }

    private static List<Element> calibrationElements(Document doc) {
        List<Element> out = new ArrayList<>();
        NodeList cals = doc.getElementsByTagName("calibration");
        for (int i = 0; i < cals.getLength(); i++) {
            out.add((Element) cals.item(i));
        }
        return out;
    }

    private static String child(Element e, String name) {
        NodeList n = e.getElementsByTagName(name);
        return n.getLength() == 0 ? null : n.item(0).getTextContent();
    }

    private static Document xml(byte[] body) throws Exception {
        return SafeXml.documentBuilder().parse(new ByteArrayInputStream(body));
    }
}
