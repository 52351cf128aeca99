// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.meridian.testing.DemoServer;

/**
 * STILTS datalinklint (the unmodified Debian stilts) over the demo's DataLink answers: a raw science
 * frame with its calibration links and SODA descriptors, a reduced spectrum and image, a dataset
 * the caller may not see, and the calibration selection's own answers in both modes. Each must
 * have no errors and no failures. Skipped without stilts.
 */
class DatalinkLintIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void datalinkAndCalibrationAnswersHaveNoErrors() throws Exception {
        assumeTrue(new ProcessBuilder("sh", "-c", "command -v stilts").start().waitFor() == 0, "no stilts");
        String base = DemoServer.baseUrl();
        String raw = id("FORS2.2019-03-02T01:12:00.000");
        for (String url : List.of(
                base + "/datalink/links?ID=" + raw,
                base + "/datalink/links?ID=" + id("ADP.2019-03-10T12:00:00.000"),
                base + "/datalink/links?ID=" + id("ADP.2019-03-10T12:00:05.000"),
                base + "/datalink/links?ID=" + id("FORS2.2025-12-11T01:12:00.000"),
                base + "/calselector/associations?mode=Raw2Raw&cascade=true&ID=" + raw,
                base + "/calselector/associations?mode=Raw2Master&ID=" + id("UVES.2019-03-02T01:40:00.000"))) {
            // votable= names the URL: a bare URL holding '=' would be read as a parameter, and stilts would
            // then prompt for the missing one (stdin is empty, so it stops instead).
            Process p = new ProcessBuilder("stilts", "datalinklint", "format=json", "votable=" + url)
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("datalinklint did not finish on " + url);
            }
            String text = new String(out, StandardCharsets.UTF_8);
            JsonNode totals = JSON.readTree(text.substring(text.indexOf('{'))).path("totals");
            assertThat(totals.path("ERROR").asInt(-1)).as(url + "\n" + text).isZero();
            assertThat(totals.path("FAILURE").asInt(-1)).as(url + "\n" + text).isZero();
        }
    }

    private static String id(String dpId) {
        return URLEncoder.encode("ivo://eso.org/ID?" + dpId, StandardCharsets.UTF_8);
    }
}
