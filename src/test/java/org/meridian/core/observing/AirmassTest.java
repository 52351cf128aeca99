// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AirmassTest {

    @Test
    void slalibFormula() {
        assertThat(Airmass.fromZenithDistance(0)).isEqualTo(1.0);
        // z = 60°: s = 1 → 1 + 0.9981833 − 0.002875 − 0.0008083
        assertThat(Airmass.fromZenithDistance(Math.toRadians(60))).isCloseTo(1.9944999999, within(1e-9));
        assertThat(Airmass.fromZenithDistance(2.0)).isEqualTo(Airmass.fromZenithDistance(1.52));
    }

    @Test
    void samplesEveryTenMinutesInsideVisibleIntervalsOnly() {
        TelescopeNetwork network = Fixtures.tstNetwork();
        Request r = Fixtures.cadenceRequest();
        Airmass.AirmassData data = new Airmass(network).forRequest(r);
        assertThat(data.airmassLimit()).isEqualTo(2.0);
        Airmass.SiteAirmass tst = data.airmassData().get("tst");
        assertThat(tst.times()).hasSameSizeAs(tst.airmasses()).isNotEmpty();
        assertThat(tst.times().get(0)).matches("2016-09-0\\dT\\d\\d:\\d\\d");
        assertThat(tst.airmasses()).allSatisfy(x -> assertThat(x).isBetween(1.0, 2.01));
        List<Interval> visible = new Visibility(network).forRequest(r).get("tst");
        long expected = visible.stream()
                .mapToLong(i -> (i.duration().toSeconds() + 599) / 600)
                .sum();
        assertThat(tst.times()).hasSize((int) expected);
    }

    @Test
    void noVisibilityMeansNoLimit() {
        Request never = Request.of(
                Target.Sidereal.of("north", 10, 80),
                Fixtures.cadenceRequest().molecules(),
                List.of(new Window(Instant.parse("2016-09-01T00:00:00Z"), Instant.parse("2016-09-02T00:00:00Z"))),
                Location.of("1m0"),
                Constraints.defaults());
        Airmass.AirmassData data = new Airmass(Fixtures.tstNetwork()).forRequest(never);
        assertThat(data.airmassData()).isEmpty();
        assertThat(data.airmassLimit()).isNull();
    }
}
