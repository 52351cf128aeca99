// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.meridian.core.observing.Semester;
import org.meridian.core.observing.TelescopeNetwork;

class SubmissionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TelescopeNetwork NETWORK = TelescopeNetwork.builtIn();
    private static final List<Semester> SEMESTERS = List.of(
            new Semester("2016B", Instant.parse("2016-08-01T00:00:00Z"), Instant.parse("2017-01-31T23:59:59Z")));

    private static Submission read(String json) throws Exception {
        return Submission.read(JSON.readTree(json), NETWORK, SEMESTERS, PortalFixture.NOW);
    }

    private static JsonNode errors(String json) throws Exception {
        return read(json).errors().toJson();
    }

    @Test
    void genericPayloadIsCleanedWithValhallasDefaults() throws Exception {
        Submission s = read(PortalFixture.payload("g", 34.4, 20, 100, ""));
        assertThat(s.valid()).as(s.errors().summary()).isTrue();
        JsonNode r = s.cleaned().path("requests").get(0);
        assertThat(r.at("/target/equinox").asText()).isEqualTo("J2000");
        assertThat(r.at("/target/epoch").asDouble()).isEqualTo(2000.0);
        assertThat(r.at("/molecules/0/ag_mode").asText()).isEqualTo("OPTIONAL");
        assertThat(r.at("/molecules/0/acquire_mode").asText()).isEqualTo("OFF");
        assertThat(r.at("/molecules/0/priority").asInt()).isEqualTo(1);
        assertThat(r.path("acceptability_threshold").asDouble()).isEqualTo(90.0);
        assertThat(r.at("/constraints/max_lunar_phase").isNull()).isTrue();
    }

    @Test
    void floydsDefaultsToGuidingWcsAndVfloat() throws Exception {
        String floyds = PortalFixture.payload("f", 34.4, 20, 100, "")
                .replace("\"EXPOSE\"", "\"SPECTRUM\"")
                .replace("1M0-SCICAM-SBIG", "2M0-FLOYDS-SCICAM")
                .replace("\"filter\":\"air\"", "\"spectra_slit\":\"slit_1.6as\"")
                .replace("\"bin_x\":1,\"bin_y\":1,", "")
                .replace("\"1m0\"", "\"2m0\"");
        Submission s = read(floyds);
        assertThat(s.valid()).as(s.errors().summary()).isTrue();
        JsonNode r = s.cleaned().path("requests").get(0);
        assertThat(r.at("/molecules/0/ag_mode").asText()).isEqualTo("ON");
        assertThat(r.at("/molecules/0/acquire_mode").asText()).isEqualTo("WCS");
        assertThat(r.at("/target/rot_mode").asText()).isEqualTo("VFLOAT");
        assertThat(r.path("acceptability_threshold").asDouble()).isEqualTo(100.0);
        assertThat(r.at("/molecules/0/bin_x").asInt()).isEqualTo(1);
    }

    @Test
    void fieldErrorsNestLikeDrf() throws Exception {
        JsonNode e = errors(PortalFixture.payload("g", 400, 20, 0.001, "")
                .replace("\"max_airmass\":2.0", "\"max_airmass\":30")
                .replace("\"operator\":\"SINGLE\"", "\"operator\":\"SOME\""));
        assertThat(e.at("/operator/0").asText()).isEqualTo("\"SOME\" is not a valid choice.");
        assertThat(e.at("/requests/0/target/ra/0").asText())
                .isEqualTo("Ensure this value is less than or equal to 360.0.");
        assertThat(e.at("/requests/0/molecules/0/exposure_time/0").asText())
                .isEqualTo("Ensure this value is greater than or equal to 0.01.");
        assertThat(e.at("/requests/0/constraints/max_airmass/0").asText())
                .isEqualTo("Ensure this value is less than or equal to 25.0.");
    }

    /**
     * One edit of the fixture payload (each pair of {@code edits} replaces a text by another), where the
     * error lands and what it says.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusesWhatValhallaRefuses(String why, String pointer, String message, List<String> edits) throws Exception {
        String payload = PortalFixture.payload("x", 34.4, 20, 10, "");
        for (int k = 0; k < edits.size(); k += 2) {
            payload = payload.replace(edits.get(k), edits.get(k + 1));
        }
        assertThat(errors(payload).at(pointer).asText()).isEqualTo(message);
    }

    static Stream<Arguments> refusals() {
        String molecule = "/requests/0/molecules/0/";
        String window = "/requests/0/windows/0/";
        return Stream.of(
                arguments(
                        "binning needs both bins or neither",
                        molecule + "non_field_errors/0",
                        "Missing one of bin_x or bin_y. Specify both or neither.",
                        List.of("\"bin_y\":1,", "")),
                arguments(
                        "binning must be available",
                        molecule + "bin_x/0",
                        "Invalid binning of 4 for instrument 1M0-SCICAM-SBIG. Valid binnings are: 1, 2, 3",
                        List.of("\"bin_x\":1,\"bin_y\":1", "\"bin_x\":4,\"bin_y\":4")),
                arguments(
                        "windows end in the future",
                        window + "end/0",
                        "Window end time must be in the future.",
                        List.of(
                                "2016-10-29T21:12:19Z",
                                "2016-09-10T00:00:00Z",
                                "2016-09-29T21:12:18Z",
                                "2016-09-01T00:00:00Z")),
                arguments(
                        "windows end after they start",
                        window + "end/0",
                        "Window end time must be after the start time.",
                        List.of("2016-10-29T21:12:19Z", "2016-09-28T00:00:00Z")),
                arguments(
                        "windows lie inside a semester",
                        window + "non_field_errors/0",
                        "The observation window does not fit within any defined semester.",
                        List.of("2016-10-29T21:12:19Z", "2017-03-01T00:00:00Z")),
                arguments(
                        "operators need the right number of requests",
                        "/non_field_errors/0",
                        "When operator is MANY, you must specify more than 1 request",
                        List.of("\"SINGLE\"", "\"MANY\"")));
    }

    @Test
    void nonSiderealSchemesRequireTheirFields() throws Exception {
        String comet = PortalFixture.payload("n", 34.4, 20, 10, "")
                .replace(
                        "{\"name\":\"fake target\",\"type\":\"SIDEREAL\",\"ra\":34.4,\"dec\":20.0}",
                        "{\"name\":\"c\",\"type\":\"NON_SIDEREAL\",\"scheme\":\"MPC_COMET\",\"epochofel\":57600,"
                                + "\"orbinc\":10,\"longascnode\":80,\"eccentricity\":1.2}");
        JsonNode e = errors(comet);
        assertThat(e.at("/requests/0/target/argofperih/0").asText()).isEqualTo("This field is required.");
        assertThat(e.at("/requests/0/target/perihdist/0").asText()).isEqualTo("This field is required.");
        assertThat(e.at("/requests/0/target/epochofperih/0").asText()).isEqualTo("This field is required.");
        assertThat(e.at("/requests/0/target/scheme").isMissingNode()).isTrue();
    }

    @Test
    void emptyErrorBranchesAreLeftOutAndValidSiblingsAreEmptyObjects() {
        DrfErrors e = new DrfErrors();
        e.item("requests", 1, 2).child("target").add("ra", "bad");
        e.child("nothing");
        assertThat(e.toJson().toString()).isEqualTo("{\"requests\":[{},{\"target\":{\"ra\":[\"bad\"]}}]}");
    }
}
