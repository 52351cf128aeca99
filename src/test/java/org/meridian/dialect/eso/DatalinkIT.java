// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.dialect.eso.EsoFixture.CUBE;
import static org.meridian.dialect.eso.EsoFixture.ESO_USER;
import static org.meridian.dialect.eso.EsoFixture.OTHER;
import static org.meridian.dialect.eso.EsoFixture.PRODUCT;
import static org.meridian.dialect.eso.EsoFixture.RAW_PRIVATE;
import static org.meridian.dialect.eso.EsoFixture.RAW_PROPRIETARY;
import static org.meridian.dialect.eso.EsoFixture.RAW_PUBLIC;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meridian.xml.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** DataLink 1.1 at /datalink/links over real ingested ESO files (the {@link EsoFixture} cases). */
class DatalinkIT extends WithEsoArchive {

    /** One parsed answer: rows as column maps, and the document for the descriptors. */
    record Links(List<Map<String, String>> rows, Document doc) {
        List<Map<String, String>> bySemantics(String semantics) {
            return rows.stream()
                    .filter(r -> semantics.equals(r.get("semantics")))
                    .toList();
        }
    }

    static Links links(HttpResponse<byte[]> r) throws Exception {
        assertThat(r.statusCode())
                .as(new String(r.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/x-votable+xml;content=datalink");
        Document doc = SafeXml.documentBuilder().parse(new ByteArrayInputStream(r.body()));
        NodeList fields = doc.getElementsByTagName("FIELD");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < fields.getLength(); i++) {
            names.add(((Element) fields.item(i)).getAttribute("name"));
        }
        List<Map<String, String>> rows = new ArrayList<>();
        NodeList trs = doc.getElementsByTagName("TR");
        for (int i = 0; i < trs.getLength(); i++) {
            NodeList tds = ((Element) trs.item(i)).getElementsByTagName("TD");
            Map<String, String> row = new LinkedHashMap<>();
            for (int j = 0; j < tds.getLength(); j++) {
                String text = tds.item(j).getTextContent();
                row.put(names.get(j), text.isEmpty() ? null : text);
            }
            rows.add(row);
        }
        return new Links(rows, doc);
    }

    static String id(String dpId) {
        return URLEncoder.encode(EsoIds.of(dpId), StandardCharsets.UTF_8);
    }

    @Test
    void productLinksItsFileProgenitorsAndCutoutService() throws Exception {
        Links l = links(eso.get("/datalink/links?ID=" + id(PRODUCT), null));
        Map<String, String> self = l.bySemantics("#this").getFirst();
        assertThat(self.get("ID")).isEqualTo(EsoIds.of(PRODUCT));
        assertThat(self.get("access_url")).isEqualTo(eso.base() + "/dataportal_new/file/" + PRODUCT);
        assertThat(self.get("content_type")).isEqualTo("application/fits");
        assertThat(Long.parseLong(self.get("content_length"))).isEqualTo(Files.size(eso.original(PRODUCT)));
        assertThat(self.get("link_auth")).isEqualTo("false");
        List<Map<String, String>> progenitors = l.bySemantics("#progenitor");
        assertThat(progenitors).hasSize(2);
        Map<String, String> open = progenitors.stream()
                .filter(r -> r.get("access_url") != null)
                .findFirst()
                .orElseThrow();
        assertThat(open.get("access_url")).endsWith("/dataportal_new/file/" + RAW_PUBLIC);
        Map<String, String> closed = progenitors.stream()
                .filter(r -> r.get("access_url") == null)
                .findFirst()
                .orElseThrow();
        assertThat(closed.get("error_message"))
                .startsWith("NotAuthorizedFault: ")
                .contains(RAW_PROPRIETARY);
        assertThat(closed.get("link_authorized")).isEqualTo("false");
        Map<String, String> cutout = l.bySemantics("#cutout").getFirst();
        String serviceDef = cutout.get("service_def");
        Element resource = descriptor(l.doc(), serviceDef);
        assertThat(resource.getAttribute("utype")).isEqualTo("adhoc:service");
        assertThat(param(resource, "standardID").getAttribute("value")).isEqualTo("ivo://ivoa.net/std/SODA#sync-1.0");
        assertThat(param(resource, "accessURL").getAttribute("value")).isEqualTo(eso.base() + "/soda/sync");
        assertThat(param(resource, "ID").getAttribute("value")).isEqualTo(EsoIds.of(PRODUCT));
        String[] circle = ((Element)
                        param(resource, "CIRCLE").getElementsByTagName("MAX").item(0))
                .getAttribute("value")
                .split(" ");
        assertThat(Double.parseDouble(circle[0])).isCloseTo(EsoFixture.RA, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(Double.parseDouble(circle[1])).isCloseTo(EsoFixture.DEC, org.assertj.core.data.Offset.offset(1e-3));
        // 100 x 80 pixels of 0.2": the half diagonal is 12.8"
        assertThat(Double.parseDouble(circle[2]) * 3600).isCloseTo(12.8, org.assertj.core.data.Offset.offset(0.05));
        assertThat(param(resource, "POLYGON").getAttribute("xtype")).isEqualTo("polygon");
        assertThat(l.doc().getElementsByTagName("PARAM").getLength()).isGreaterThan(5);
        // No BAND for an image without a spectral axis.
        assertThat(paramOrNull(resource, "BAND")).isNull();
    }

    @Test
    void cubeDescriptorHasTheWavelengthRange() throws Exception {
        Links l = links(eso.get("/datalink/links?ID=" + id(CUBE), null));
        Element resource =
                descriptor(l.doc(), l.bySemantics("#cutout").getFirst().get("service_def"));
        Element band = param(resource, "BAND");
        assertThat(band.getAttribute("unit")).isEqualTo("m");
        double min =
                Double.parseDouble(((Element) band.getElementsByTagName("MIN").item(0)).getAttribute("value"));
        double max =
                Double.parseDouble(((Element) band.getElementsByTagName("MAX").item(0)).getAttribute("value"));
        assertThat(min).isCloseTo(479.375e-9, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(max).isCloseTo(529.375e-9, org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void rawFrameLinksTheProductsMadeFromIt() throws Exception {
        Links l = links(eso.get("/datalink/links?ID=" + id(RAW_PUBLIC), null));
        assertThat(l.bySemantics("#derivation")).singleElement().satisfies(r -> assertThat(r.get("access_url"))
                .endsWith("/dataportal_new/file/" + PRODUCT));
        // The bare dp_id names the same dataset, as ESO accepts it.
        Links bare =
                links(eso.get("/datalink/links?ID=" + URLEncoder.encode(RAW_PUBLIC, StandardCharsets.UTF_8), null));
        assertThat(bare.bySemantics("#this").getFirst().get("access_url"))
                .isEqualTo(l.bySemantics("#this").getFirst().get("access_url"));
    }

    @Test
    void proprietaryRawIsListedWithAFaultForOthersAndLinkedForItsMembers() throws Exception {
        for (String caller : new String[] {null, OTHER}) {
            Links l = links(eso.get("/datalink/links?ID=" + id(RAW_PROPRIETARY), caller));
            assertThat(l.bySemantics("#this")).singleElement().satisfies(r -> assertThat(r.get("access_url"))
                    .isNull());
            assertThat(l.bySemantics("#this").getFirst().get("error_message")).startsWith("NotAuthorizedFault: ");
            assertThat(l.bySemantics("#cutout")).isEmpty();
            assertThat(l.doc().getElementsByTagName("GROUP").getLength()).isZero();
            assertThat(new String(
                            eso.get("/datalink/links?ID=" + id(RAW_PROPRIETARY), caller)
                                    .body(),
                            StandardCharsets.UTF_8))
                    .doesNotContain("/dataportal_new/file/" + RAW_PROPRIETARY);
        }
        Links mine = links(eso.get("/datalink/links?ID=" + id(RAW_PROPRIETARY), ESO_USER));
        assertThat(mine.bySemantics("#this").getFirst().get("access_url")).endsWith(RAW_PROPRIETARY);
        assertThat(mine.bySemantics("#this").getFirst().get("link_auth")).isEqualTo("true");
        // The sync and async cutout services, each with its descriptor.
        assertThat(mine.bySemantics("#cutout")).hasSize(2);
        assertThat(mine.bySemantics("#derivation")).hasSize(1);
    }

    @Test
    void privateProgrammeIsUnknownToOthersAndWholeForItsMembers() throws Exception {
        for (String caller : new String[] {null, OTHER}) {
            Links l = links(eso.get("/datalink/links?ID=" + id(RAW_PRIVATE), caller));
            assertThat(l.rows()).singleElement().satisfies(r -> {
                assertThat(r.get("error_message")).startsWith("NotFoundFault: ");
                assertThat(r.get("access_url")).isNull();
            });
            // The same answer as for an identifier that names nothing.
            Links none = links(eso.get("/datalink/links?ID=" + id("FORS2.2000-01-01T00:00:00.000"), caller));
            assertThat(none.rows().getFirst().get("error_message").replace("FORS2.2000-01-01T00:00:00.000", "X"))
                    .isEqualTo(l.rows().getFirst().get("error_message").replace(RAW_PRIVATE, "X"));
        }
        Links mine = links(eso.get("/datalink/links?ID=" + id(RAW_PRIVATE), ESO_USER));
        assertThat(mine.bySemantics("#this").getFirst().get("access_url")).endsWith(RAW_PRIVATE);
    }

    @Test
    void postWithRepeatedIdsAnswersEachInOrder() throws Exception {
        String form = "ID=" + id(PRODUCT) + "&ID=" + id(RAW_PUBLIC) + "&ID=" + id("nothing-here") + "&ID=" + id(CUBE);
        Links l = links(eso.post("/datalink/links", form, null));
        List<String> ids = l.rows().stream().map(r -> r.get("ID")).distinct().toList();
        assertThat(ids)
                .containsExactly(EsoIds.of(PRODUCT), EsoIds.of(RAW_PUBLIC), EsoIds.of("nothing-here"), EsoIds.of(CUBE));
        // Sync and async cutout descriptors for each of the three images, with distinct IDs, each named by its own row.
        List<String> defs =
                l.bySemantics("#cutout").stream().map(r -> r.get("service_def")).toList();
        assertThat(defs).hasSize(6).doesNotHaveDuplicates();
        for (String def : defs) {
            assertThat(descriptor(l.doc(), def)).isNotNull();
        }
    }

    @Test
    void jsonOnRequest() throws Exception {
        HttpResponse<byte[]> r = eso.get("/datalink/links?RESPONSEFORMAT=json&ID=" + id(PRODUCT), null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode json = new ObjectMapper().readTree(r.body());
        assertThat(json.get("metadata").get(0).get("name").asText()).isEqualTo("ID");
        assertThat(json.get("metadata").get(1).get("name").asText()).isEqualTo("access_url");
        assertThat(json.get("data").get(0).get(1).asText()).endsWith("/dataportal_new/file/" + PRODUCT);
        assertThat(json.get("data").get(0).get(4).asText()).isEqualTo("#this");
    }

    @Test
    void badRequestsAreDaliErrors() throws Exception {
        String thousandAndOne = "ID=x&".repeat(1001);
        for (HttpResponse<byte[]> r : List.of(
                eso.get("/datalink/links", null),
                eso.get("/datalink/links?ID=", null).statusCode() == 200
                        ? eso.get("/datalink/links", null)
                        : eso.get("/datalink/links?ID=", null),
                eso.get("/datalink/links?ID=" + id(PRODUCT) + "&RESPONSEFORMAT=text/x-nonsense", null),
                eso.post("/datalink/links", thousandAndOne, null),
                eso.get("/datalink/links?ID=a%00b", null),
                eso.get("/datalink/links?ID=a%01b", null),
                eso.post("/datalink/links", "ID=%00", null))) {
            assertThat(r.statusCode()).isEqualTo(400);
            String body = new String(r.body(), StandardCharsets.UTF_8);
            assertThat(body).contains("QUERY_STATUS").contains("ERROR");
        }
        HttpResponse<byte[]> wrong = eso.get("/datalink/links?ID=" + id(PRODUCT), EsoFixture.basic("eso_user", "nope"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).isPresent();
        // Identifiers of another authority, or overlong ones, are error rows, not failures.
        Links foreign = links(eso.get("/datalink/links?ID=ivo%3A%2F%2Fother.org%2Fx&ID=" + "y".repeat(300), null));
        assertThat(foreign.rows()).hasSize(2).allSatisfy(r -> assertThat(r.get("error_message"))
                .startsWith("UsageFault"));
    }

    @Test
    void downloadsFollowTheAccessPolicy() throws Exception {
        HttpResponse<byte[]> open = eso.get("/dataportal_new/file/" + RAW_PUBLIC, null);
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(open.body()).isEqualTo(Files.readAllBytes(eso.original(RAW_PUBLIC)));
        HttpResponse<byte[]> anonymous = eso.get("/dataportal_new/file/" + RAW_PROPRIETARY, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().allValues("WWW-Authenticate")).anyMatch(v -> v.startsWith("Basic"));
        assertThat(eso.get("/dataportal_new/file/" + RAW_PROPRIETARY, OTHER).statusCode())
                .isEqualTo(403);
        HttpResponse<byte[]> mine = eso.get("/dataportal_new/file/" + RAW_PROPRIETARY, ESO_USER);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).isEqualTo(Files.readAllBytes(eso.original(RAW_PROPRIETARY)));
        assertThat(eso.get("/dataportal_new/file/" + RAW_PRIVATE, null).statusCode())
                .isEqualTo(404);
        assertThat(eso.get("/dataportal_new/file/" + RAW_PRIVATE, OTHER).statusCode())
                .isEqualTo(404);
        assertThat(eso.get("/dataportal_new/file/" + RAW_PRIVATE, ESO_USER).statusCode())
                .isEqualTo(200);
        assertThat(eso.get("/dataportal_new/file/nothing", null).statusCode()).isEqualTo(404);
    }

    @Test
    void vosiCapabilitiesNameTheServices() throws Exception {
        String dl = new String(eso.get("/datalink/capabilities", null).body(), StandardCharsets.UTF_8);
        assertThat(dl).contains("ivo://ivoa.net/std/DataLink#links-1.1").contains(eso.base() + "/datalink/links");
        String soda = new String(eso.get("/soda/capabilities", null).body(), StandardCharsets.UTF_8);
        assertThat(soda).contains("ivo://ivoa.net/std/SODA#sync-1.0").contains(eso.base() + "/soda/sync");
        assertThat(eso.get("/datalink/availability", null).statusCode()).isEqualTo(200);
    }

    static Element descriptor(Document doc, String id) {
        Element r = withAttribute(doc.getElementsByTagName("RESOURCE"), "ID", id);
        if (r == null) {
            throw new AssertionError("no descriptor " + id);
        }
        return r;
    }

    static Element param(Element resource, String name) {
        Element p = paramOrNull(resource, name);
        if (p == null) {
            throw new AssertionError("no PARAM " + name);
        }
        return p;
    }

    private static Element paramOrNull(Element resource, String name) {
        return withAttribute(resource.getElementsByTagName("PARAM"), "name", name);
    }

    /** The first of the elements whose attribute has that value, or null. */
    private static Element withAttribute(NodeList elements, String attribute, String value) {
        for (int i = 0; i < elements.getLength(); i++) {
            Element e = (Element) elements.item(i);
            if (value.equals(e.getAttribute(attribute))) {
                return e;
            }
        }
        return null;
    }
}
