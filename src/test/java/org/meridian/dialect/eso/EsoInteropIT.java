// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meridian.testing.DemoServer;
import org.meridian.testing.PythonClients;

/**
 * Unmodified pyvo 1.2.1 against the demo: an ObsCore query, the dataset's DataLink, the {@code #this}
 * download and a SODA cutout through the descriptor, whose pixels the script compares with the same
 * slice of the original; a raw science frame's calibration selection through its {@code #calibration}
 * rows. Skipped when the system Python lacks pyvo.
 */
class EsoInteropIT {

    @Test
    void pyvoFollowsDatalinkToACutout() throws Exception {
        PythonClients.assumeModules("pyvo", "astropy", "numpy", "requests");
        PythonClients.Result r = PythonClients.run(
                Path.of("src/test/python/eso/pyvo_datalink_soda.py"),
                null,
                Map.of(),
                Duration.ofMinutes(5),
                DemoServer.baseUrl());
        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output())
                .contains("\"failed\": []")
                .contains("ok   cutout")
                .contains("ok   calibrations");
    }
}
