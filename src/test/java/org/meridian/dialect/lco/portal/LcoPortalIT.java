// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LcoPortalIT {
    private PortalFixture portal;

    @BeforeAll
    void start() throws Exception {
        portal = new PortalFixture();
    }

    @AfterAll
    void stop() {
        portal.close();
    }

    @Test
    void tokenAuthAcceptsFormAndJsonAndRefusesBadPasswords() throws Exception {
        var form = portal.postForm("/api/api-token-auth/", "username=alice&password=secret-a");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body().path("token").asText()).isEqualTo(portal.token);
        var json = portal.post("/api/api-token-auth/", "{\"username\":\"alice\",\"password\":\"secret-a\"}", null);
        assertThat(json.body().path("token").asText()).isEqualTo(portal.token);
        var bad = portal.postForm("/api/api-token-auth/", "username=alice&password=nope");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("non_field_errors").get(0).asText())
                .isEqualTo("Unable to log in with provided credentials.");
        assertThat(portal.get("/api/profile/", "wrong").status()).isEqualTo(401);
        var profile = portal.get("/api/profile/", portal.token);
        assertThat(profile.body().path("proposals").get(0).path("id").asText()).isEqualTo(PortalFixture.PROPOSAL);
    }

    @Test
    void submitGetListCancel() throws Exception {
        var created =
                portal.post("/api/userrequests/", PortalFixture.payload("list me", 34.4, 20, 100, ""), portal.token);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        JsonNode ur = created.body();
        assertThat(ur.path("state").asText()).isEqualTo("PENDING");
        assertThat(ur.path("submitter").asText()).isEqualTo("alice");
        JsonNode request = ur.path("requests").get(0);
        // SBIG bin 1: 100 + 35 + 1 + 16 + 2 + 90
        assertThat(request.path("duration").asLong()).isEqualTo(244);
        assertThat(request.path("molecules").get(0).path("priority").asInt()).isEqualTo(1);
        assertThat(request.path("target").path("coordinate_system").asText()).isEqualTo("ICRS");
        assertThat(request.path("constraints").path("max_airmass").asDouble()).isEqualTo(2.0);
        assertThat(request.path("windows").get(0).path("start").asText()).isEqualTo("2016-09-29T21:12:18Z");
        long id = ur.path("id").asLong();

        assertThat(portal.field("/api/userrequests/" + id + "/", "group_id").asText())
                .isEqualTo("list me");
        assertThat(portal.get("/api/userrequests/" + id + "/", portal.outsiderToken)
                        .status())
                .isEqualTo(404);
        var list = portal.get("/api/userrequests/?title=list&state=PENDING&user=ali", portal.token);
        assertThat(list.body().path("count").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(list.body().path("results").get(0).path("id").asLong()).isEqualTo(id);
        assertThat(portal.get("/api/userrequests/", portal.outsiderToken)
                        .body()
                        .path("count")
                        .asLong())
                .isZero();

        var canceled = portal.post("/api/userrequests/" + id + "/cancel/", "", portal.token);
        assertThat(canceled.body().path("state").asText()).isEqualTo("CANCELED");
        assertThat(canceled.body().path("requests").get(0).path("state").asText())
                .isEqualTo("CANCELED");
        var again = portal.post("/api/userrequests/" + id + "/cancel/", "", portal.token);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body().path("errors").get(0).asText()).startsWith("Cannot transition from request state");
    }

    @Test
    void paginationFollowsDrfLimitOffset() throws Exception {
        for (int i = 0; i < 3; i++) {
            portal.post("/api/userrequests/", PortalFixture.payload("page " + i, 34.4, 20, 10, ""), portal.token);
        }
        var first = portal.get("/api/userrequests/?title=page&limit=2&ordering=id", portal.token);
        assertThat(first.body().path("count").asLong()).isEqualTo(3);
        assertThat(first.body().path("results")).hasSize(2);
        assertThat(first.body().path("results").get(0).path("group_id").asText())
                .isEqualTo("page 0");
        assertThat(first.body().path("previous").isNull()).isTrue();
        String next = first.body().path("next").asText();
        assertThat(next).contains("limit=2").contains("offset=2").contains("title=page");
        var second = portal.get(next.substring(next.indexOf("/api/")), portal.token);
        assertThat(second.body().path("results")).hasSize(1);
        assertThat(second.body().path("next").isNull()).isTrue();
    }

    @Test
    void validateGivesDurationsOrNestedErrors() throws Exception {
        var ok = portal.post(
                "/api/userrequests/validate/", PortalFixture.payload("v", 34.4, 20, 5400, ""), portal.token);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body().path("request_durations").path("duration").asLong())
                .isEqualTo(5544);
        assertThat(ok.body().path("errors").isEmpty()).isTrue();
        assertThat(ok.body()
                        .path("request_durations")
                        .path("requests")
                        .get(0)
                        .path("largest_interval")
                        .asLong())
                .isGreaterThan(5544);

        var bad = portal.post(
                "/api/userrequests/validate/",
                PortalFixture.payload("v", 34.4, 20, 100, "").replace("\"air\"", "\"zz\""),
                portal.token);
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body().path("request_durations").isEmpty()).isTrue();
        assertThat(bad.body().at("/errors/requests/0/molecules/0/filter/0").asText())
                .startsWith("Invalid filter zz for instrument 1M0-SCICAM-SBIG. Valid filters are: air, U");
    }

    @Test
    void neverVisibleTargetIsRejectedWithThePortalsMessage() throws Exception {
        var r = portal.post("/api/userrequests/", PortalFixture.payload("daytime", 195, -8, 100, ""), portal.token);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().at("/requests/0/non_field_errors/0").asText())
                .startsWith("According to the constraints of the request, the target is never visible within the time"
                        + " window.");
    }

    @Test
    void malformedPayloadsGiveNestedFieldErrors() throws Exception {
        String badWindow = PortalFixture.payload("m", 34.4, 20, 100, "").replace("2016-09-29T21:12:18Z", "yesterday");
        var r = portal.post("/api/userrequests/", badWindow, portal.token);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().at("/requests/0/windows/0/start/0").asText()).startsWith("Datetime has wrong format.");

        var missing =
                portal.post("/api/userrequests/", "{\"proposal\":\"" + PortalFixture.PROPOSAL + "\"}", portal.token);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().path("group_id").get(0).asText()).isEqualTo("This field is required.");
        assertThat(missing.body().path("requests").get(0).asText()).isEqualTo("This field is required.");

        var types = portal.post("/api/userrequests/", "{\"requests\":\"many\",\"ipp_value\":\"x\"}", portal.token);
        assertThat(types.status()).isEqualTo(400);
        assertThat(types.body().path("ipp_value").get(0).asText()).isEqualTo("A valid number is required.");
        assertThat(types.body().path("requests").get(0).asText()).contains("Expected a list of items");

        var notJson = portal.post("/api/userrequests/", "{nope", portal.token);
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body().path("detail").asText()).startsWith("JSON parse error");

        var list = portal.post("/api/userrequests/", "[1,2]", portal.token);
        assertThat(list.status()).isEqualTo(400);

        var comet = portal.post(
                "/api/userrequests/validate/",
                PortalFixture.payload("c", 34.4, 20, 100, "")
                        .replace(
                                "{\"name\":\"fake target\",\"type\":\"SIDEREAL\",\"ra\":34.4,\"dec\":20.0}",
                                "{\"name\":\"c\",\"type\":\"NON_SIDEREAL\",\"scheme\":\"MPC_MINOR_PLANET\",\"epochofel\":57600,"
                                        + "\"orbinc\":10,\"longascnode\":80,\"argofperih\":70,\"meandist\":2.7,"
                                        + "\"eccentricity\":0.95,\"meananom\":200}"),
                portal.token);
        assertThat(comet.body().at("/errors/requests/0/target/scheme/0").asText())
                .startsWith(
                        "Non sidereal pointing of scheme MPC_MINOR_PLANET requires eccentricity to be lower than 0.9");

        assertThat(portal.get("/api/userrequests/notanumber/", portal.token).status())
                .isEqualTo(404);
        assertThat(portal.get("/api/userrequests/?created_after=soon", portal.token)
                        .status())
                .isEqualTo(400);
        assertThat(portal.post("/api/userrequests/", "{}", null).status()).isEqualTo(401);
        assertThat(portal.post("/api/requestgroups/max_allowable_ipp/", "{}", null)
                        .status())
                .isEqualTo(401);
        assertThat(portal.post("/api/requestgroups/max_allowable_ipp/", "[1]", portal.token)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void maxAllowableIppFollowsTheReferenceVector() throws Exception {
        var r = portal.post(
                "/api/userrequests/max_allowable_ipp/", PortalFixture.payload("ipp", 34.4, 20, 5400, ""), portal.token);
        JsonNode entry = r.body().path("2016B").path("1m0").path("1M0-SCICAM-SBIG");
        assertThat(entry.path("request_duration").asDouble()).isCloseTo(1.54, within(1e-9));
        assertThat(entry.path("max_allowable_ipp_value").asDouble()).isEqualTo(1.649);
        assertThat(entry.path("min_allowable_ipp_value").asDouble()).isEqualTo(0.5);
        var tooMuch = portal.post(
                "/api/userrequests/",
                PortalFixture.payload("ipp", 34.4, 20, 5400, "").replace("\"ipp_value\":1.0", "\"ipp_value\":2.0"),
                portal.token);
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.body().path("non_field_errors").get(0).asText())
                .startsWith("TimeAllocationError('An IPP Value of 2.0 requires more IPP time than you have available");
    }

    @Test
    void airmassOfAStoredRequest() throws Exception {
        var created = portal.post("/api/userrequests/", PortalFixture.payload("am", 34.4, 20, 100, ""), portal.token);
        long requestId = created.body().path("requests").get(0).path("id").asLong();
        long t0 = System.nanoTime();
        var r = portal.get("/api/requests/" + requestId + "/airmass/", portal.token);
        System.out.printf("airmass of a 30-day window over HTTP: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        assertThat(r.body().path("airmass_limit").asDouble()).isEqualTo(2.0);
        JsonNode site = r.body().path("airmass_data").elements().next();
        assertThat(site.path("times").get(0).asText()).matches("2016-\\d\\d-\\d\\dT\\d\\d:\\d\\d");
        for (JsonNode x : site.path("airmasses")) {
            assertThat(x.asDouble()).isBetween(1.0, 2.0001);
        }
        assertThat(portal.field("/api/requests/" + requestId, "state").asText()).isEqualTo("PENDING");
    }

    @Test
    void requestGroupsAsTheTomToolkitSendsThem() throws Exception {
        String rg = """
                {"name":"tom obs","proposal":"%s","ipp_value":1.05,"operator":"SINGLE","observation_type":"NORMAL",
                 "requests":[{"optimization_type":"TIME","configuration_repeats":1,
                   "configurations":[{"type":"EXPOSE","instrument_type":"1M0-SCICAM-SBIG",
                     "instrument_configs":[{"exposure_count":1,"exposure_time":60,"mode":"2x2","rotator_mode":"",
                        "optical_elements":{"filter":"rp"},"extra_params":{}}],
                     "acquisition_config":{},"guiding_config":{},
                     "constraints":{"max_airmass":2.0},
                     "target":{"name":"m31","type":"ICRS","ra":10.68,"dec":41.27,"proper_motion_ra":0,
                               "proper_motion_dec":0,"epoch":2000}}],
                   "windows":[{"start":"2016-09-21T00:00:00Z","end":"2016-10-21T00:00:00Z"}],
                   "location":{"telescope_class":"1m0"}}]}""".formatted(PortalFixture.PROPOSAL);
        var ipp = portal.post("/api/requestgroups/max_allowable_ipp/", rg, portal.token);
        assertThat(ipp.status()).as(ipp.body().toString()).isEqualTo(200);
        assertThat(ipp.body()
                        .path("2016B")
                        .path("1m0")
                        .path("1M0-SCICAM-SBIG")
                        .path("max_allowable_ipp_value")
                        .isNumber())
                .as(ipp.body().toString())
                .isTrue();
        var v = portal.post("/api/requestgroups/validate/", rg, portal.token);
        assertThat(v.body().path("request_durations").path("duration").asLong()).isPositive();
        var created = portal.post("/api/requestgroups/", rg, portal.token);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        long requestId = created.body().path("requests").get(0).path("id").asLong();
        assertThat(created.body()
                        .at("/requests/0/configurations/0/instrument_configs/0/optical_elements/filter")
                        .asText())
                .isEqualTo("rp");
        var found = portal.get("/api/requestgroups?request_id=" + requestId, portal.token);
        assertThat(found.body().path("count").asInt()).isEqualTo(1);
        long groupId = found.body().path("results").get(0).path("id").asLong();
        assertThat(found.body().path("results").get(0).path("name").asText()).isEqualTo("tom obs");
        var canceled = portal.post("/api/requestgroups/" + groupId + "/cancel/", "", portal.token);
        assertThat(canceled.body().path("state").asText()).isEqualTo("CANCELED");
    }

    @Test
    void proposalsSemestersInstruments() throws Exception {
        var proposals = portal.get("/api/proposals/", portal.token);
        assertThat(proposals.body().path("count").asInt()).isEqualTo(1);
        JsonNode p = proposals.body().path("results").get(0);
        assertThat(p.path("pi").asText()).isEqualTo("alice");
        assertThat(p.path("timeallocation_set").get(0).path("semester").asText())
                .isEqualTo("2016B");
        assertThat(p.path("users")).extracting(JsonNode::asText).containsExactly("alice");
        // The seed's filters: active, semester, id; a value that is no choice is a DRF 400.
        assertThat(portal.field("/api/proposals/?active=true&semester=2016B&id=" + PortalFixture.PROPOSAL, "count")
                        .asInt())
                .isEqualTo(1);
        assertThat(portal.field("/api/proposals/?active=false", "count").asInt())
                .isZero();
        assertThat(portal.field("/api/proposals/?semester=2017A", "count").asInt())
                .isZero();
        assertThat(portal.field("/api/proposals/?id=LCO2016B-002", "count").asInt())
                .as("another team's proposal stays out")
                .isZero();
        var badSemester = portal.get("/api/proposals/?semester=1999Z", portal.token);
        assertThat(badSemester.status()).isEqualTo(400);
        assertThat(badSemester.body().path("semester").get(0).asText()).startsWith("Select a valid choice.");
        assertThat(portal.get("/api/proposals/?active=maybe", portal.token).status())
                .isEqualTo(400);
        var semester = portal.get("/api/semesters/?semester_contains=2017-04-10", null);
        assertThat(semester.body().path("count").asInt()).isEqualTo(1);
        assertThat(semester.body().at("/results/0/id").asText()).isEqualTo("2017A");
        assertThat(portal.get("/api/semesters/", null)
                        .body()
                        .at("/results/0/id")
                        .asText())
                .isEqualTo("2017A");
        var instruments = portal.get("/api/instruments/", portal.token);
        assertThat(instruments.body().path("1M0-SCICAM-SBIG").path("class").asText())
                .isEqualTo("1m0");
        assertThat(portal.get("/api/contention/1M0-SCICAM-SBIG/", null).body().path("contention_data"))
                .hasSize(24);
        assertThat(portal.get("/api/pressure/?site=elp", null).body().path("time_bins"))
                .hasSize(96);
        assertThat(portal.get("/api/telescope_states/", null).status()).isEqualTo(200);
    }
}
