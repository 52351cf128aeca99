// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.meridian.testing.DemoServer;

/**
 * Real clients against /tap on the demo universe: unmodified pyvo 1.2.1 (sync queries, uploads,
 * access, examples) and STILTS taplint over all its default stages, async and uploads included.
 * taplint's exit code is always 0, so its JSON totals decide. The ObsLocTAP stage (LOC) reports
 * a FAILURE, not an ERROR, because the service publishes no {@code ivoa.obsplan}.
 */
class TapInteropIT {

    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path SCRIPT = Path.of("src/test/python/tap/pyvo_tap.py");

    @Test
    void pyvoRunsEveryCheck() throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "no /usr/bin/python3");
        assumeTrue(run(List.of(PYTHON.toString(), "-c", "import pyvo")).exit() == 0, "pyvo is not installed");
        Result r = run(List.of(PYTHON.toString(), SCRIPT.toString(), DemoServer.baseUrl() + "/tap"));
        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(r.output()).contains("\"failed\": []");
    }

    /**
     * ESO's /tap_obs and /tap_cat with pyvo: ObsCore → iter_datalinks() → #this, and AuthSession with a
     * bearer token seeing all the private programme's raw rows (as many as the database holds) where
     * anonymous callers see only the released ones.
     */
    @Test
    void pyvoQueriesTheScopedServicesWithAndWithoutABearerToken() throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "no /usr/bin/python3");
        assumeTrue(run(List.of(PYTHON.toString(), "-c", "import pyvo")).exit() == 0, "pyvo is not installed");
        long granted;
        long released;
        try (var c = DemoServer.archive().db().connection();
                var s = c.prepareStatement("select count(*), count(*) filter (where release <= now())"
                        + " from dbo.raw_all where program_id = '0116.C-0702(A)'");
                var rs = s.executeQuery()) {
            rs.next();
            granted = rs.getLong(1);
            released = rs.getLong(2);
        }
        assertThat(granted).isGreaterThan(released);
        Result r = run(List.of(
                PYTHON.toString(),
                "src/test/python/tap/pyvo_tap_obs.py",
                DemoServer.baseUrl(),
                Long.toString(granted),
                Long.toString(released)));
        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(r.output()).contains("\"failed\": []");
    }

    @Test
    void taplintFindsNoErrorsInAnyStage() throws Exception {
        assertTaplintClean("/tap");
    }

    /** ESO's services over part of the tables pass taplint as /tap does, TAP_SCHEMA and VOSI agreeing. */
    @Test
    void taplintFindsNoErrorsOnTapObsAndTapCat() throws Exception {
        assertTaplintClean("/tap_obs");
        assertTaplintClean("/tap_cat");
    }

    private static void assertTaplintClean(String service) throws Exception {
        assumeTrue(run(List.of("sh", "-c", "command -v stilts")).exit() == 0, "stilts is not installed");
        Result r = run(List.of("stilts", "taplint", "tapurl=" + DemoServer.baseUrl() + service, "format=json"));
        JsonNode report =
                new ObjectMapper().readTree(r.output().substring(r.output().indexOf('{')));
        List<String> errors = new ArrayList<>();
        for (JsonNode section : report.get("sections")) {
            for (JsonNode line : section.get("reports")) {
                if (line.get("level").asText().equals("ERROR")) {
                    errors.add(service + " " + section.get("code").asText() + " "
                            + line.get("code").asText() + " "
                            + line.path("text").asText());
                }
            }
        }
        assertThat(errors).isEmpty();
        if (!service.equals("/tap")) {
            return;
        }
        List<String> stages = new ArrayList<>();
        report.get("sections").forEach(section -> stages.add(section.get("code").asText()));
        assertThat(stages).contains("QAS", "UWS", "UPL", "OBS", "EXA");
        assertThat(report.get("totals").get("ERROR").asInt()).isZero();
    }

    private record Result(int exit, String output) {}

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
