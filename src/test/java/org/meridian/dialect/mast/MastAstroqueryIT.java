// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.mast;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.testing.PythonClients;

/** astroquery.mast 0.4.6, unmodified, against the demo server (src/test/python/mast/mast_scenario.py). */
class MastAstroqueryIT {

    @Test
    void astroqueryScenarioPasses(@TempDir Path xdg, @TempDir Path work) throws Exception {
        PythonClients.assumeModules("astroquery.mast");

        String base = MastHttp.base();
        Files.createDirectories(xdg.resolve("astropy"));
        // astroquery reads the server at import time from this file (its astroquery.cfg).
        Files.writeString(xdg.resolve("astropy/astroquery.cfg"), "[mast]\nserver = " + base + "\n");
        var result = PythonClients.run(
                Path.of("src/test/python/mast/mast_scenario.py"),
                work,
                Map.of("XDG_CONFIG_HOME", xdg.toString(), "MERIDIAN_BASE", base, "HOME", work.toString()),
                Duration.ofMinutes(5),
                MastHttp.jwstToken());
        String output = result.output();
        assertThat(result.exitCode()).as(output).isZero();
        assertThat(output).contains("mast scenario OK");
    }
}
