// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Iterator;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The current portal's RequestGroups kept whole (issue "Seed fidelity", LCO): what
 * {@code /api/requestgroups/} is sent comes back, the same group reads through valhalla's
 * {@code /api/userrequests/}, errors sit at the portal's paths, and the observation types and MANY
 * groups draw on their allocations as the current portal does.
 */
class RequestGroupFidelityIT {
    private PortalFixture portal;

    @BeforeEach
    void start() throws Exception {
        portal = new PortalFixture();
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    /** Two configurations with their own targets, constraints, acquisition, guiding and extra_params. */
    private static String twoTargets(String observationType, String operatorAndRequests) {
        return """
                {"name":"two targets","proposal":"%s","ipp_value":1.0,"observation_type":"%s",%s}""".formatted(PortalFixture.PROPOSAL, observationType, operatorAndRequests);
    }

    private static String request(String window, String firstFilter, double secondRa, double acquireExposure) {
        return """
                {"optimization_type":"TIME","configuration_repeats":1,"observation_note":"fidelity",
                 "configurations":[
                   {"type":"EXPOSE","instrument_type":"1M0-SCICAM-SBIG","priority":1,
                    "instrument_configs":[{"exposure_count":2,"exposure_time":30,"mode":"2x2","rotator_mode":"",
                       "optical_elements":{"filter":"%s"},"extra_params":{"offset_ra":1.5}}],
                    "acquisition_config":{"mode":"OFF","exposure_time":%s,"extra_params":{"note":"acq"}},
                    "guiding_config":{"mode":"ON","optional":false},
                    "constraints":{"max_airmass":2.0,"min_lunar_distance":30.0},
                    "target":{"name":"m31","type":"ICRS","ra":10.68,"dec":41.27,"proper_motion_ra":1.5,
                              "proper_motion_dec":-2.5,"epoch":2000},
                    "extra_params":{"defocus":1.5,"dither_pattern":"none"}},
                   {"type":"EXPOSE","instrument_type":"1M0-SCICAM-SBIG","priority":2,
                    "instrument_configs":[{"exposure_count":1,"exposure_time":45,"mode":"2x2","rotator_mode":"",
                       "optical_elements":{"filter":"V"},"extra_params":{}},
                      {"exposure_count":3,"exposure_time":20,"mode":"2x2","rotator_mode":"",
                       "optical_elements":{"filter":"B"},"extra_params":{}}],
                    "acquisition_config":{"mode":"OFF"},
                    "guiding_config":{"mode":"OFF"},
                    "constraints":{"max_airmass":2.5,"min_lunar_distance":20.0},
                    "target":{"name":"ngc 185","type":"ICRS","ra":%s,"dec":48.34,"extra_params":{"v_magnitude":9.2}},
                    "extra_params":{}}],
                 "windows":[%s],
                 "location":{"telescope_class":"1m0","site":"elp","enclosure":"doma"}}""".formatted(firstFilter, acquireExposure, secondRa, window);
    }

    private static final String WINDOW = "{\"start\":\"2016-09-21T00:00:00Z\",\"end\":\"2016-10-21T00:00:00Z\"}";

    @Test
    void aGroupOfTwoConfigurationsComesBackAsSentThroughBothApis() throws Exception {
        String sent =
                twoTargets("NORMAL", "\"operator\":\"SINGLE\",\"requests\":[" + request(WINDOW, "rp", 9.74, 5) + "]");
        var created = portal.post("/api/requestgroups/", sent, portal.token);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        long id = created.body().path("id").asLong();

        var read = portal.get("/api/requestgroups/" + id + "/", portal.token);
        assertThat(read.status()).isEqualTo(200);
        assertContains(read.body(), PortalFixture.JSON.readTree(sent), "");
        JsonNode second = read.body().at("/requests/0/configurations/1");
        assertThat(second.at("/target/name").asText()).isEqualTo("ngc 185");
        assertThat(second.at("/constraints/max_airmass").asDouble()).isEqualTo(2.5);
        assertThat(read.body()
                        .at("/requests/0/configurations/0/acquisition_config/exposure_time")
                        .asDouble())
                .isEqualTo(5.0);

        long requestId = read.body().at("/requests/0/id").asLong();
        var valhalla = portal.get("/api/userrequests/" + id + "/", portal.token);
        assertThat(valhalla.status()).isEqualTo(200);
        assertThat(valhalla.body().path("group_id").asText()).isEqualTo("two targets");
        JsonNode r = valhalla.body().at("/requests/0");
        assertThat(r.path("id").asLong()).isEqualTo(requestId);
        assertThat(r.path("molecules")).hasSize(3);
        assertThat(r.at("/molecules/2/filter").asText()).isEqualTo("B");
        assertThat(r.at("/molecules/2/exposure_count").asInt()).isEqualTo(3);
        assertThat(r.at("/molecules/0/acquire_exp_time").asDouble()).isEqualTo(5.0);
        assertThat(r.at("/molecules/0/defocus").asDouble()).isEqualTo(1.5);
        assertThat(r.at("/target/type").asText()).isEqualTo("SIDEREAL");
        assertThat(r.at("/target/name").asText()).isEqualTo("m31");
        assertThat(r.at("/location/observatory").asText()).isEqualTo("doma");
        assertThat(r.path("duration").asLong())
                .isEqualTo(read.body().at("/requests/0/duration").asLong())
                .isPositive();
        var listed = portal.get("/api/userrequests/?target=ngc", portal.token);
        assertThat(listed.body().path("count").asInt()).isEqualTo(1);
    }

    @Test
    void aUserRequestReadsBackAsSentAndAsAGroup() throws Exception {
        String sent = """
                {"proposal":"%s","group_id":"valhalla","operator":"SINGLE","ipp_value":1.0,
                 "observation_type":"NORMAL",
                 "requests":[{"target":{"name":"m31","type":"SIDEREAL","ra":10.68,"dec":41.27,"epoch":2000},
                   "molecules":[{"type":"EXPOSE","instrument_name":"1M0-SCICAM-SBIG","filter":"rp",
                     "exposure_time":30,"exposure_count":2,"bin_x":2,"bin_y":2,"ag_name":"1M0-SCICAM-SBIG",
                     "ag_exp_time":12.5,"readout_mode":"fast","acquire_exp_time":3.0,"defocus":0.5,
                     "expmeter_mode":"OFF","args":"x"},
                    {"type":"EXPOSE","instrument_name":"1M0-SCICAM-SBIG","filter":"V",
                     "exposure_time":20,"exposure_count":1}],
                   "windows":[%s],
                   "location":{"telescope_class":"1m0","site":"elp","observatory":"doma"},
                   "constraints":{"max_airmass":2.0,"min_lunar_distance":30.0,"max_seeing":1.5}}]}""".formatted(PortalFixture.PROPOSAL, WINDOW);
        var created = portal.post("/api/userrequests/", sent, portal.token);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        long id = created.body().path("id").asLong();
        var read = portal.get("/api/userrequests/" + id + "/", portal.token);
        assertContains(read.body(), PortalFixture.JSON.readTree(sent), "");
        assertThat(read.body()).isEqualTo(created.body());

        var group = portal.get("/api/requestgroups/" + id + "/", portal.token).body();
        assertThat(group.path("name").asText()).isEqualTo("valhalla");
        JsonNode first = group.at("/requests/0/configurations/0");
        assertThat(first.at("/acquisition_config/exposure_time").asDouble()).isEqualTo(3.0);
        assertThat(first.at("/extra_params/defocus").asDouble()).isEqualTo(0.5);
        assertThat(first.at("/instrument_configs/0/optical_elements/filter").asText())
                .isEqualTo("rp");
        assertThat(first.at("/constraints/max_seeing").asDouble()).isEqualTo(1.5);
        assertThat(group.at("/requests/0/configurations/1/target/type").asText())
                .isEqualTo("ICRS");
        assertThat(group.at("/requests/0/location/enclosure").asText()).isEqualTo("doma");
    }

    @Test
    void airmassOfARequestInTheCurrentPortalsShape() throws Exception {
        var airmass = portal.post("/api/airmass/", request(WINDOW, "rp", 9.74, 5), portal.token);
        assertThat(airmass.status()).as(airmass.body().toString()).isEqualTo(200);
        assertThat(airmass.body().at("/airmass_data/elp/airmasses").size()).isPositive();
        assertThat(airmass.body().path("airmass_limit").asDouble()).isEqualTo(2.0);
    }

    @Test
    void errorsSitAtTheCurrentPortalsPaths() throws Exception {
        String bad = twoTargets(
                "NORMAL", "\"operator\":\"SINGLE\",\"requests\":[" + request(WINDOW, "nofilter", 400, 99) + "]");
        var refused = portal.post("/api/requestgroups/", bad, portal.token);
        assertThat(refused.status()).isEqualTo(400);
        JsonNode errors = refused.body().at("/requests/0/configurations");
        assertThat(errors.at("/0/instrument_configs/0/optical_elements/filter/0")
                        .asText())
                .as(refused.body().toString())
                .startsWith("Invalid filter nofilter");
        assertThat(errors.at("/0/acquisition_config/exposure_time/0").isTextual())
                .as(refused.body().toString())
                .isTrue();
        assertThat(errors.at("/1/target/ra/0").isTextual())
                .as(refused.body().toString())
                .isTrue();
        assertThat(refused.body().at("/requests/0").has("molecules")).isFalse();
        var validated = portal.post("/api/requestgroups/validate/", bad, portal.token);
        assertThat(validated
                        .body()
                        .at("/errors/requests/0/configurations/1/target/ra/0")
                        .isTextual())
                .isTrue();
    }

    @Test
    void manyGroupsDebitIppAndMeetTheTimeLimitOnTheSum() throws Exception {
        String two = request(WINDOW, "rp", 9.74, 5);
        String many = twoTargets("NORMAL", "\"operator\":\"MANY\",\"requests\":[" + two + "," + two + "]")
                .replace("\"ipp_value\":1.0", "\"ipp_value\":1.2");
        var durations = portal.post("/api/requestgroups/validate/", many, portal.token);
        assertThat(durations.body().path("errors").isEmpty())
                .as(durations.body().toString())
                .isTrue();
        long each =
                durations.body().at("/request_durations/requests/0/duration").asLong();

        // a member limit that each request meets but the two together do not
        String member = " where program_id = '" + PortalFixture.PROPOSAL + "'";
        sql("update membership set time_limit_secs = " + (each + each / 2) + member);
        var overLimit = portal.post("/api/requestgroups/validate/", many, portal.token);
        assertThat(overLimit.body().at("/errors/non_field_errors/0").asText())
                .as(overLimit.body().toString())
                .isEqualTo("This user has exceeded the time limit set by their proposal PI.");
        sql("update membership set time_limit_secs = null" + member);

        double before = ippAvailable();
        var created = portal.post("/api/requestgroups/", many, portal.token);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(ippAvailable()).isCloseTo(before - 0.2 * 2 * each / 3600.0, Offset.offset(1e-9));
    }

    @Test
    void timeCriticalDrawsOnItsOwnAllocationAndRapidResponseKeepsItsName() throws Exception {
        String tc = twoTargets(
                        "TIME_CRITICAL",
                        "\"operator\":\"SINGLE\",\"requests\":[" + request(WINDOW, "rp", 9.74, 5) + "]")
                .replace("\"ipp_value\":1.0", "\"ipp_value\":1.5");
        var none = portal.post("/api/requestgroups/validate/", tc, portal.token);
        assertThat(none.body().at("/errors/non_field_errors/0").asText())
                .startsWith("Proposal " + PortalFixture.PROPOSAL + " does not have any TIME_CRITICAL time left");
        sql("update time_allocation set tc_allocation = 5");
        double before = ippAvailable();
        var created = portal.post("/api/requestgroups/", tc, portal.token);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.body().path("observation_type").asText()).isEqualTo("TIME_CRITICAL");
        assertThat(ippAvailable()).isEqualTo(before);

        String rrWindow = "{\"start\":\"2016-09-19T23:00:00Z\",\"end\":\"2016-09-20T20:00:00Z\"}";
        String rr = twoTargets(
                "RAPID_RESPONSE", "\"operator\":\"SINGLE\",\"requests\":[" + request(rrWindow, "rp", 9.74, 5) + "]");
        var rapid = portal.post("/api/requestgroups/", rr, portal.token);
        assertThat(rapid.status()).as(rapid.body().toString()).isEqualTo(201);
        long id = rapid.body().path("id").asLong();
        assertThat(portal.field("/api/requestgroups/" + id + "/", "observation_type")
                        .asText())
                .isEqualTo("RAPID_RESPONSE");
        assertThat(portal.field("/api/userrequests/" + id + "/", "observation_type")
                        .asText())
                .isEqualTo("TARGET_OF_OPPORTUNITY");
    }

    private double ippAvailable() throws Exception {
        try (Connection c = portal.db.connection();
                Statement s = c.createStatement();
                var r = s.executeQuery("select ipp_time_available from time_allocation")) {
            r.next();
            return r.getDouble(1);
        }
    }

    private void sql(String statement) throws Exception {
        try (Connection c = portal.db.connection();
                Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    /** Every field {@code expected} has is in {@code actual} with the same value (numbers compared as numbers). */
    static void assertContains(JsonNode actual, JsonNode expected, String path) {
        if (expected.isObject()) {
            assertThat(actual.isObject())
                    .as(path + " is an object in " + actual)
                    .isTrue();
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                assertThat(actual.has(e.getKey()))
                        .as(path + "/" + e.getKey() + " is kept")
                        .isTrue();
                assertContains(actual.get(e.getKey()), e.getValue(), path + "/" + e.getKey());
            }
        } else if (expected.isArray()) {
            assertThat(actual.size()).as(path + " size").isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertContains(actual.get(i), expected.get(i), path + "/" + i);
            }
        } else if (expected.isNumber()) {
            assertThat(actual.asDouble()).as(path).isEqualTo(expected.asDouble());
        } else if (path.endsWith("/start") || path.endsWith("/end")) {
            assertThat(actual.asText().replace(".000000", "")).as(path).isEqualTo(expected.asText());
        } else {
            assertThat(actual).as(path).isEqualTo(expected);
        }
    }
}
