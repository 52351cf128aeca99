// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing.bench;

import java.time.Instant;
import java.util.List;
import org.meridian.core.observing.Airmass;
import org.meridian.core.observing.Constraints;
import org.meridian.core.observing.Location;
import org.meridian.core.observing.Molecule;
import org.meridian.core.observing.Request;
import org.meridian.core.observing.Target;
import org.meridian.core.observing.TelescopeNetwork;
import org.meridian.core.observing.Visibility;
import org.meridian.core.observing.Window;

/** Times a 30-day visibility + airmass computation over the built-in network (not a test). */
public final class VisibilityBench {
    public static void main(String[] args) {
        TelescopeNetwork network = TelescopeNetwork.builtIn();
        List<Window> windows =
                List.of(new Window(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-01-31T00:00:00Z")));
        List<Molecule> mols = List.of(Molecule.expose("1M0-SCICAM-SINISTRO", "rp", 300, 1, 1));
        Request sidereal = Request.of(
                Target.Sidereal.of("m42", 83.8220792, -5.3911111),
                mols,
                windows,
                Location.of("1m0"),
                Constraints.of(2.0, 30));
        Request moving = Request.of(
                Target.NonSidereal.minorPlanet("ceres-like", 60200, 10.59, 80.3, 73.4, 2.767, 0.0785, 100.0),
                mols,
                windows,
                Location.of("1m0"),
                Constraints.of(2.0, 30));
        for (int round = 0; round < 2; round++) {
            for (Request r : List.of(sidereal, moving)) {
                long t0 = System.nanoTime();
                var intervals = new Visibility(network).forRequest(r);
                long t1 = System.nanoTime();
                var airmass = new Airmass(network).forRequest(r);
                long t2 = System.nanoTime();
                System.out.printf(
                        "%s round %d: visibility %d ms (%d sites), visibility+airmass %d ms (%d samples)%n",
                        r.target().name(),
                        round,
                        (t1 - t0) / 1_000_000,
                        intervals.size(),
                        (t2 - t1) / 1_000_000,
                        airmass.airmassData().values().stream()
                                .mapToInt(s -> s.times().size())
                                .sum());
            }
        }
    }
}
