// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.testing.DemoServer;
import org.meridian.testing.PythonClients;

/** The seed's Python examples and the unmodified astroquery.gemini client against the demo server. */
class GeminiInteropIT {

    static final Path SCRIPTS = Path.of("src/test/python/gemini");

    @BeforeAll
    static void owner() throws Exception {
        GeminiArchiveIT.proprietaryProgramOwner();
    }

    @Test
    void seedJsonfilelistExample() throws Exception {
        PythonClients.assumeModules();
        List<String> out = run("seed_jsonfilelist.py", DemoServer.baseUrl());
        assertThat(out).hasSize(12);
        for (int i = 0; i < 6; i++) {
            assertThat(out.get(2 * i)).isEqualTo("Filename: N20101231S0" + (338 + i) + ".fits.bz2");
            assertThat(out.get(2 * i + 1)).matches("-- file size: \\d+, data size: \\d+");
        }
    }

    @Test
    void seedJsonsummaryExample() throws Exception {
        PythonClients.assumeModules();
        List<String> out = run("seed_jsonsummary.py", DemoServer.baseUrl());
        assertThat(out.getFirst())
                .isEqualTo("            Filename             Data Label   ObsClass QA state Object Name");
        assertThat(out).hasSize(63);
        assertThat(out.get(12)).isEqualTo(" N20101231S0338.fits    GN-2010B-Q-22-4-001    science     Pass L5c02");
        assertThat(out.get(21))
                .isEqualTo(" N20101231S0373.fits   GN-2010B-Q-37-17-008    science     Pass Cluster F - East");
        assertThat(out.getLast()).matches("Total data size: \\d+");
    }

    @Test
    void astroqueryGemini(@TempDir Path downloads) throws Exception {
        PythonClients.assumeModules("astroquery.gemini");
        List<String> out = run("astroquery_gemini.py", DemoServer.baseUrl(), downloads.toString());
        assertThat(out)
                .contains(
                        "OK query_criteria",
                        "OK query_region",
                        "OK query_raw",
                        "OK proprietary masked",
                        "OK login",
                        "OK get_file",
                        "ALL OK");
    }

    private static List<String> run(String script, String... args) throws InterruptedException {
        var result = PythonClients.run(SCRIPTS.resolve(script), null, Map.of(), Duration.ofMinutes(3), args);
        assertThat(result.exitCode()).as(result.output()).isZero();
        return result.output()
                .lines()
                .filter(l -> !l.startsWith("Downloading URL"))
                .toList();
    }
}
