// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/** Shared test inputs. */
final class Fixtures {
    private Fixtures() {}

    static TelescopeNetwork tstNetwork() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/observing/tst-network.json")) {
            return TelescopeNetwork.read(in, "tst-network.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** valhalla's cadence test request: SBIG 10 s bin 2 on RA 34.4, Dec 20, max airmass 2. */
    static Request cadenceRequest() {
        return Request.of(
                Target.Sidereal.of("fake target", 34.4, 20),
                List.of(Molecule.expose("1M0-SCICAM-SBIG", "air", 10, 1, 2)),
                List.of(new Window(Instant.parse("2016-09-01T00:00:00Z"), Instant.parse("2016-09-03T00:00:00Z"))),
                Location.of("1m0"),
                Constraints.of(2.0, 30.0));
    }
}
