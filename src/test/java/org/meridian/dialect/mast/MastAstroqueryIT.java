// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.mast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** astroquery.mast 0.4.6, unmodified, against the demo server (src/test/python/mast/mast_scenario.py). */
class MastAstroqueryIT {

    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @Test
    void astroqueryScenarioPasses() throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "no /usr/bin/python3");
        Process probe = new ProcessBuilder(PYTHON.toString(), "-c", "import astroquery.mast")
                .redirectErrorStream(true)
                .start();
        assumeTrue(probe.waitFor(120, TimeUnit.SECONDS) && probe.exitValue() == 0, "astroquery.mast not installed");

        String base = MastHttp.base();
        Path xdg = Files.createTempDirectory("mast-xdg");
        Files.createDirectories(xdg.resolve("astropy"));
        // astroquery reads the server at import time from this file (clients.md §2).
        Files.writeString(xdg.resolve("astropy/astroquery.cfg"), "[mast]\nserver = " + base + "\n");
        Path work = Files.createTempDirectory("mast-run");
        ProcessBuilder pb = new ProcessBuilder(
                        PYTHON.toString(),
                        Path.of("src/test/python/mast/mast_scenario.py")
                                .toAbsolutePath()
                                .toString(),
                        MastHttp.jwstToken())
                .directory(work.toFile())
                .redirectErrorStream(true);
        pb.environment().put("XDG_CONFIG_HOME", xdg.toString());
        pb.environment().put("MERIDIAN_BASE", base);
        pb.environment().put("HOME", work.toString());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("mast scenario OK");
    }
}
