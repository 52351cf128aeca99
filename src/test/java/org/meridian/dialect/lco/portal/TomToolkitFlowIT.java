// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.meridian.testing.DemoServer;

/** The TOM Toolkit LCO facility's calls (its lco.py facility module), replayed in Python against the demo universe. */
class TomToolkitFlowIT {
    private static final Path SCRIPT = Path.of("src/test/python/lcoportal/tom_lco_flow.py");

    @Test
    void facilityFlowFromFormChoicesToCancel() throws Exception {
        var result = DemoServer.runAsBilbo(SCRIPT, "LCOEPO1");
        String output = result.output();
        assertThat(result.exitCode()).as(output).isZero();
        assertThat(output)
                .contains("ok: cancel")
                .contains("ok: cadence expands")
                .endsWith("ok\n");
    }
}
