// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.mast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meridian.dialect.mast.MastHttp.invoke;
import static org.meridian.dialect.mast.MastHttp.invokeOk;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Mashup services over real HTTP against the demo universe. */
class MastInvokeIT {

    private static final String JWST_1073_F277W = "[{\"paramName\":\"obs_collection\",\"separator\":\";\","
            + "\"values\":[\"JWST\"]},{\"paramName\":\"proposal_id\",\"values\":[\"1073\"]},"
            + "{\"paramName\":\"filters\",\"separator\":\";\",\"values\":[\"F277W\"]}]";

    private static List<String> column(JsonNode answer, String name) {
        List<String> out = new ArrayList<>();
        answer.get("data").forEach(r -> out.add(r.get(name).asText()));
        return out;
    }

    @Test
    void filteredFindsProgram1073InF277W() throws Exception {
        JsonNode a = invokeOk("{\"service\":\"Mast.Caom.Filtered\",\"params\":{\"columns\":\"*\",\"filters\":"
                + JWST_1073_F277W + "},\"format\":\"json\",\"pagesize\":50000,\"page\":1}");
        assertThat(a.get("status").asText()).isEqualTo("COMPLETE");
        assertThat(a.get("data")).hasSize(6);
        assertThat(a.at("/paging/rowsFiltered").asLong()).isEqualTo(6);
        assertThat(column(a, "filters")).containsOnly("F277W");
        assertThat(column(a, "instrument_name")).containsOnly("NIRCAM/IMAGE");
        assertThat(column(a, "obs_id")).contains("jw01073-o001_t001_nircam_clear-f277w");
        JsonNode fields = a.get("fields");
        List<String> types = new ArrayList<>();
        fields.forEach(
                f -> types.add(f.get("name").asText() + ":" + f.get("type").asText()));
        assertThat(types).contains("obsid:string", "s_ra:float", "calib_level:int", "t_min:float", "dataRights:string");
        // Rows come in observation-id order, which follows the (parallel) ingest: find the
        // level-3 observation by its id, not by its place.
        JsonNode level3 = null;
        for (JsonNode row : a.get("data")) {
            if (row.get("obs_id").asText().equals("jw01073-o001_t001_nircam_clear-f277w")) {
                level3 = row;
            }
        }
        assertThat(level3)
                .as("observation jw01073-o001_t001_nircam_clear-f277w")
                .isNotNull();
        assertThat(level3.get("calib_level").asInt()).isEqualTo(3);
        assertThat(level3.get("t_min").asDouble()).isBetween(59719.45, 59719.47);
        assertThat(level3.get("s_region").asText()).startsWith("POLYGON ICRS 80.");
        assertThat(level3.get("dataURL").asText())
                .isEqualTo("mast:JWST/product/jw01073-o001_t001_nircam_clear-f277w_i2d.fits");
        assertThat(level3.get("proposal_pi").asText()).isEqualTo("Sirianni");
    }

    @Test
    void pagesAsTheClientRewritesThem() throws Exception {
        String page = "{\"service\":\"Mast.Caom.Filtered\",\"params\":{\"columns\":\"*\",\"filters\":" + JWST_1073_F277W
                + "},\"format\":\"json\",\"pagesize\":4,\"page\":%d}";
        JsonNode p1 = invokeOk(page.formatted(1));
        JsonNode p2 = invokeOk(page.formatted(2));
        JsonNode p3 = invokeOk(page.formatted(3));
        assertThat(p1.at("/paging/pagesFiltered").asInt()).isEqualTo(2);
        assertThat(p1.at("/paging/rows").asInt()).isEqualTo(4);
        assertThat(p2.at("/paging/rows").asInt()).isEqualTo(2);
        assertThat(p2.at("/paging/page").asInt()).isEqualTo(2);
        assertThat(p3.get("data")).isEmpty();
        assertThat(p3.at("/paging/rowsFiltered").asInt()).isEqualTo(6);
        List<String> all = new ArrayList<>(column(p1, "obsid"));
        all.addAll(column(p2, "obsid"));
        assertThat(all).doesNotHaveDuplicates().hasSize(6);
    }

    @Test
    void countsRangesAndWildcards() throws Exception {
        JsonNode count = invokeOk("{\"service\":\"Mast.Caom.Filtered\",\"params\":{\"columns\":\"COUNT_BIG(*)\","
                + "\"filters\":" + JWST_1073_F277W + "}}");
        assertThat(count.at("/data/0/Column1").asLong()).isEqualTo(6);
        JsonNode wild = invokeOk("{\"service\":\"Mast.Caom.Filtered\",\"params\":{\"columns\":\"COUNT_BIG(*)\","
                + "\"filters\":[{\"paramName\":\"instrument_name\",\"values\":[],\"freeText\":\"nircam%\"}]}}");
        // 1073's nine observations and 4520's three exclusive-access ones (listed to everyone, as MAST does)
        assertThat(wild.at("/data/0/Column1").asLong()).isEqualTo(12);
        JsonNode range = invokeOk("{\"service\":\"Mast.Caom.Filtered\",\"params\":{\"columns\":\"*\","
                + "\"filters\":[{\"paramName\":\"obs_collection\",\"values\":[\"JWST\"]},"
                + "{\"paramName\":\"t_min\",\"values\":[{\"min\":59719.6,\"max\":59719.7}]}]}}");
        assertThat(column(range, "obs_id"))
                .isNotEmpty()
                .allMatch(id ->
                        id.startsWith("jw01073002") || id.startsWith("jw01073003") || id.startsWith("jw01073-o00"));
        range.get("data").forEach(r -> assertThat(r.get("t_min").asDouble()).isBetween(59719.6, 59719.7));
    }

    @Test
    void coneAndPositionAddDistance() throws Exception {
        JsonNode cone =
                invokeOk("{\"service\":\"Mast.Caom.Cone\",\"params\":{\"ra\":80.5,\"dec\":-69.5,\"radius\":0.1}}");
        assertThat(cone.get("data")).hasSize(9);
        double last = -1;
        for (JsonNode r : cone.get("data")) {
            assertThat(r.get("distance").asDouble())
                    .isGreaterThanOrEqualTo(last)
                    .isLessThan(360);
            last = r.get("distance").asDouble();
        }
        JsonNode pos = invokeOk(
                "{\"service\":\"Mast.Caom.Filtered.Position\",\"params\":{\"columns\":\"*\","
                        + "\"filters\":[{\"paramName\":\"filters\",\"values\":[\"F444W\"]}],\"position\":\"80.535, -69.508, 0.01\"}}");
        assertThat(column(pos, "filters")).hasSize(3).containsOnly("F444W");
        JsonNode regionCount = invokeOk("{\"service\":\"Mast.Caom.Filtered.Position\",\"params\":{\"columns\":"
                + "\"COUNT_BIG(*)\",\"filters\":[],\"position\":\"80.5, -69.5, 0.1\"}}");
        assertThat(regionCount.at("/data/0/Column1").asLong()).isEqualTo(9);
    }

    @Test
    void productsOfALevel3ObservationIncludeItsExposures() throws Exception {
        JsonNode obs = invokeOk("{\"service\":\"Mast.Caom.Filtered\",\"params\":{\"columns\":\"obsid,obs_id\","
                + "\"filters\":[{\"paramName\":\"obs_id\",\"values\":[\"jw01073-o001_t001_nircam_clear-f277w\"]}]}}");
        String obsid = obs.at("/data/0/obsid").asText();
        JsonNode products = invokeOk("{\"service\":\"Mast.Caom.Products\",\"params\":{\"obsid\":\"" + obsid + "\"}}");
        assertThat(products.get("data")).hasSize(7);
        assertThat(column(products, "productSubGroupDescription")).containsOnly("UNCAL", "RATE", "CAL", "I2D");
        assertThat(column(products, "parent_obsid")).containsOnly(obsid);
        assertThat(column(products, "dataURI")).allMatch(u -> u.startsWith("mast:JWST/product/jw01073"));
        assertThat(column(products, "prvversion")).contains("1.8.2");
        JsonNode i2d = products.get("data").get(6);
        assertThat(i2d.get("productFilename").asText()).endsWith("_i2d.fits");
        assertThat(i2d.get("calib_level").asInt()).isEqualTo(3);
        assertThat(i2d.get("size").asLong()).isPositive();
        assertThat(i2d.get("productGroupDescription").asText()).isEqualTo("Minimum Recommended Products");
    }

    @Test
    void nameLookupMissionsAndColumnsConfig() throws Exception {
        var get = HttpRequest.newBuilder(URI.create(MastHttp.base() + "/api/v0/invoke?request="
                        + java.net.URLEncoder.encode(
                                "{\"service\": \"Mast.Name.Lookup\", \"params\": {\"input\": \"lmc-astrometric-field\","
                                        + " \"format\": \"json\"}}",
                                java.nio.charset.StandardCharsets.UTF_8)))
                .build();
        JsonNode name = MastHttp.JSON.readTree(
                MastHttp.send(get, HttpResponse.BodyHandlers.ofString()).body());
        assertThat(name.at("/resolvedCoordinate/0/ra").asDouble()).isEqualTo(80.4875);
        assertThat(name.at("/resolvedCoordinate/0/decl").asDouble()).isEqualTo(-69.4975);
        // Exclusive-access targets are listed with their coordinates; a private ESO programme's are not.
        JsonNode exclusive = invokeOk("{\"service\":\"Mast.Name.Lookup\",\"params\":{\"input\":\"HUDF-DEEP\"}}");
        assertThat(exclusive.at("/resolvedCoordinate/0/ra").asDouble()).isEqualTo(53.1625);
        JsonNode hidden = invokeOk("{\"service\":\"Mast.Name.Lookup\",\"params\":{\"input\":\"SGR A* FIELD\"}}");
        assertThat(hidden.get("resolvedCoordinate")).isEmpty();

        JsonNode missions = invokeOk("{\"service\":\"Mast.Caom.All\",\"params\":{},\"format\":\"extjs\"}");
        JsonNode hist = missions.at("/data/Tables/0/Columns/0/ExtendedProperties/histObj");
        assertThat(hist.has("JWST")).isTrue();
        assertThat(hist.get("JWST").get("count").asInt()).isEqualTo(12);

        var config = HttpRequest.newBuilder(URI.create(MastHttp.base() + "/portal/Mashup/Mashup.asmx/columnsconfig"))
                .header("Content-type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("colConfigId=Mast.Caom.Cone"))
                .build();
        JsonNode cfg = MastHttp.JSON.readTree(
                MastHttp.send(config, HttpResponse.BodyHandlers.ofString()).body());
        assertThat(cfg.at("/t_min/vot.datatype").asText()).isEqualTo("double");
        assertThat(cfg.at("/filters/separator").asText()).isEqualTo(";");
        assertThat(cfg.has("distance")).isTrue();
    }

    @Test
    void exclusiveAccessObservationsAreListedToEveryoneAsExclusive() throws Exception {
        String q = "{\"service\":\"Mast.Caom.Filtered\",\"params\":{\"columns\":\"*\","
                + "\"filters\":[{\"paramName\":\"proposal_id\",\"values\":[\"4520\"]}]}}";
        JsonNode anonymous = invokeOk(q);
        assertThat(anonymous.get("data")).hasSize(3);
        assertThat(column(anonymous, "dataRights")).containsOnly("EXCLUSIVE_ACCESS");
        assertThat(column(
                        invokeOk("{\"service\":\"Mast.Caom.Cone\",\"params\":{\"ra\":53.1625,\"dec\":-27.7914}}"),
                        "proposal_id"))
                .contains("4520");
        JsonNode member = invokeOk(q, MastHttp.jwstToken());
        assertThat(member.get("data")).isEqualTo(anonymous.get("data"));
        String obsid = anonymous.at("/data/0/obsid").asText();
        JsonNode products = invokeOk("{\"service\":\"Mast.Caom.Products\",\"params\":{\"obsid\":\"" + obsid + "\"}}");
        assertThat(products.get("data")).isNotEmpty();
        assertThat(column(products, "dataRights")).containsOnly("EXCLUSIVE_ACCESS");
    }

    @Test
    void badInputIsAMastErrorWith4xx() throws Exception {
        for (String bad : List.of(
                "{bad json",
                "{\"service\":\"Mast.No.Such\",\"params\":{}}",
                "{\"service\":\"Mast.Caom.Filtered\",\"params\":{\"filters\":[{\"paramName\":\"nope\",\"values\":[1]}]}}",
                "{\"service\":\"Mast.Caom.Filtered\",\"params\":{\"filters\":\"x\"}}",
                "{\"service\":\"Mast.Caom.Filtered\",\"params\":{\"columns\":\"bogus\",\"filters\":[]}}",
                "{\"service\":\"Mast.Caom.Cone\",\"params\":{\"ra\":\"east\",\"dec\":1}}",
                "{\"service\":\"Mast.Caom.Cone\",\"params\":{\"ra\":1,\"dec\":100}}",
                "{\"service\":\"Mast.Caom.Filtered.Position\",\"params\":{\"filters\":[],\"position\":\"1;2\"}}",
                "{\"service\":\"Mast.Caom.Products\",\"params\":{\"obsid\":\"1,x\"}}",
                "{\"service\":\"Mast.Caom.Filtered\",\"params\":{},\"pagesize\":-5}",
                "{\"service\":\"Mast.Name.Lookup\",\"params\":{}}")) {
            HttpResponse<String> r = invoke(bad, null);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            JsonNode body = MastHttp.JSON.readTree(r.body());
            assertThat(body.get("status").asText()).isEqualTo("ERROR");
            assertThat(body.get("msg").asText()).isNotBlank();
        }
        var empty = HttpRequest.newBuilder(URI.create(MastHttp.base() + "/api/v0/invoke"))
                .header("Content-type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("request=%zz"))
                .build();
        assertThat(MastHttp.send(empty, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isBetween(400, 499);
        var config = HttpRequest.newBuilder(URI.create(MastHttp.base() + "/portal/Mashup/Mashup.asmx/columnsconfig"))
                .header("Content-type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("colConfigId=Mast.Nope"))
                .build();
        assertThat(MastHttp.send(config, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(400);
    }
}
