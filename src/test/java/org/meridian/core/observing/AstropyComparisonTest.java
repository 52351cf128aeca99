// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Checks the SOFA ephemerides against astropy_reference.csv (see make_astropy_fixture.py). */
class AstropyComparisonTest {
    private static final TelescopeNetwork NETWORK = TelescopeNetwork.builtIn();
    private static final Map<String, Target.Sidereal> TARGETS = Map.of(
            "m42", Target.Sidereal.of("m42", 83.8220792, -5.3911111),
            "test34", Target.Sidereal.of("test34", 34.4, 20.0),
            "vega", Target.Sidereal.of("vega", 279.23473479, 38.78368896),
            "lmc", Target.Sidereal.of("lmc", 80.8939, -69.7561));

    record Row(String kind, String site, Instant utc, String name, double value) {}

    static List<Row> rows() throws IOException {
        try (var in = new BufferedReader(new InputStreamReader(
                AstropyComparisonTest.class.getResourceAsStream("/observing/astropy_reference.csv"),
                StandardCharsets.UTF_8))) {
            return in.lines()
                    .filter(l -> !l.startsWith("#") && !l.startsWith("kind,"))
                    .map(l -> l.split(","))
                    .map(f -> new Row(f[0], f[1], Instant.parse(f[2]), f[3], Double.parseDouble(f[4])))
                    .toList();
        }
    }

    @Test
    void sunAndMoonAltitudesAgreeWithin005Degrees() throws IOException {
        double worstSun = 0;
        double worstMoon = 0;
        int n = 0;
        for (Row r : rows()) {
            ObserverFrame frame = new ObserverFrame(NETWORK.site(r.site()).orElseThrow(), r.utc());
            if (r.kind().equals("sun_alt")) {
                double alt = frame.sun().altitude();
                assertThat(alt).as("%s", r).isCloseTo(r.value(), within(0.05));
                worstSun = Math.max(worstSun, Math.abs(alt - r.value()));
                n++;
            } else if (r.kind().equals("moon_alt")) {
                double alt = frame.moon().altitude();
                assertThat(alt).as("%s", r).isCloseTo(r.value(), within(0.05));
                worstMoon = Math.max(worstMoon, Math.abs(alt - r.value()));
                n++;
            }
        }
        assertThat(n).isEqualTo(72);
        System.out.printf("astropy: worst Sun altitude difference %.5f deg, Moon %.5f deg%n", worstSun, worstMoon);
    }

    @Test
    void airmassAgreesWithin001BelowAirmass3() throws IOException {
        double worst = 0;
        int n = 0;
        for (Row r : rows()) {
            if (r.kind().equals("airmass") && r.value() < 3) {
                Site site = NETWORK.site(r.site()).orElseThrow();
                double x = Airmass.at(Ephemeris.of(TARGETS.get(r.name())), site, r.utc());
                assertThat(x).as("%s", r).isCloseTo(r.value(), within(0.01));
                worst = Math.max(worst, Math.abs(x - r.value()));
                n++;
            }
        }
        assertThat(n).isGreaterThan(20);
        System.out.printf("astropy: worst airmass difference %.6f over %d samples%n", worst, n);
    }
}
