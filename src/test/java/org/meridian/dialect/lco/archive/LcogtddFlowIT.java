// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.testing.DemoServer;

/** The lcogtDD flow in Python (python-requests) against the demo universe on a real server. */
class LcogtddFlowIT {

    private static final Path SCRIPT = Path.of("src/test/python/lcoarchive/lcogtdd_flow.py");

    @TempDir
    Path out;

    @Test
    void tokenThenFramesByProposalAndDateThenDownloads() throws Exception {
        var result = DemoServer.runAsBilbo(SCRIPT, "FTPEPO2014A-003", "2016-02-02", "3", out.toString());
        String output = result.output();
        assertThat(result.exitCode()).as(output).isZero();
        assertThat(output).contains("ogg2m001-fs02-20160202-0133-e91");
        assertThat(Files.exists(out.resolve("raw/20160202"))).isTrue();
    }
}
