// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.meridian.testing.DemoServer;

/** The TOM Toolkit LCO facility's calls (clients.md §6.2), replayed in Python against the demo universe. */
class TomToolkitFlowIT {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path SCRIPT = Path.of("src/test/python/lcoportal/tom_lco_flow.py");

    @Test
    void facilityFlowFromFormChoicesToCancel() throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "no /usr/bin/python3");
        assumeTrue(
                new ProcessBuilder(PYTHON.toString(), "-c", "import requests")
                                .start()
                                .waitFor()
                        == 0,
                "python3-requests missing");
        ProcessBuilder pb = new ProcessBuilder(PYTHON.toString(), SCRIPT.toString(), "bilbo", "myprecious", "LCOEPO1")
                .redirectErrorStream(true);
        pb.environment().put("BASE", DemoServer.baseUrl());
        Process p = pb.start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output)
                .contains("ok: cancel")
                .contains("ok: cadence expands")
                .endsWith("ok\n");
    }
}
