// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.testing.DemoServer;

/** The lcogtDD flow in Python (python-requests) against the demo universe on a real server. */
class LcogtddFlowIT {

    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path SCRIPT = Path.of("src/test/python/lcoarchive/lcogtdd_flow.py");

    @TempDir
    Path out;

    @Test
    void tokenThenFramesByProposalAndDateThenDownloads() throws Exception {
        assumeTrue(Files.isExecutable(PYTHON), "no /usr/bin/python3");
        assumeTrue(
                new ProcessBuilder(PYTHON.toString(), "-c", "import requests")
                                .start()
                                .waitFor()
                        == 0,
                "python3-requests missing");
        ProcessBuilder pb = new ProcessBuilder(
                        PYTHON.toString(),
                        SCRIPT.toString(),
                        "bilbo",
                        "myprecious",
                        "FTPEPO2014A-003",
                        "2016-02-02",
                        "3",
                        out.toString())
                .redirectErrorStream(true);
        pb.environment().put("BASE", DemoServer.baseUrl());
        Process p = pb.start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("ogg2m001-fs02-20160202-0133-e91");
        assertThat(Files.exists(out.resolve("raw/20160202"))).isTrue();
    }
}
