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

    @Test
    void taplintFindsNoErrorsInAnyStage() throws Exception {
        assumeTrue(run(List.of("sh", "-c", "command -v stilts")).exit() == 0, "stilts is not installed");
        Result r = run(List.of("stilts", "taplint", "tapurl=" + DemoServer.baseUrl() + "/tap", "format=json"));
        JsonNode report =
                new ObjectMapper().readTree(r.output().substring(r.output().indexOf('{')));
        List<String> errors = new ArrayList<>();
        for (JsonNode section : report.get("sections")) {
            for (JsonNode line : section.get("reports")) {
                if (line.get("level").asText().equals("ERROR")) {
                    errors.add(section.get("code").asText() + " "
                            + line.get("code").asText() + " "
                            + line.path("text").asText());
                }
            }
        }
        assertThat(errors).isEmpty();
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
