// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VisibilityTest {
    private final TelescopeNetwork network = Fixtures.tstNetwork();
    private final Visibility visibility = new Visibility(network);

    @Test
    void effectiveHorizonFollowsTheAirmassLimit() {
        assertThat(Visibility.effectiveHorizon(15, 2.0)).isCloseTo(30.0, within(1e-9));
        assertThat(Visibility.effectiveHorizon(15, 25)).isEqualTo(15.0);
        // a 0° horizon is never stricter than a finite airmass limit, so the airmass altitude wins
        assertThat(Visibility.effectiveHorizon(0, 25)).isCloseTo(2.2924, within(1e-4));
    }

    @Test
    void darkIntervalsAreNightsBetweenNauticalTwilights() {
        Site tst = network.site("tst").orElseThrow();
        List<Interval> dark = visibility.darkIntervals(
                tst, Instant.parse("2016-09-01T12:00:00Z"), Instant.parse("2016-09-04T12:00:00Z"));
        assertThat(dark).hasSize(3);
        for (Interval night : dark) {
            // early-September nights at Sutherland last about 10.5 h between nautical twilights
            assertThat(night.duration().toMinutes()).isBetween(590L, 680L);
            assertThat(new ObserverFrame(tst, night.start()).sun().altitude()).isCloseTo(-12, within(0.01));
        }
    }

    @Test
    void observableIntervalsRespectAltitudeAndDarkness() {
        Request r = Fixtures.cadenceRequest();
        Map<String, List<Interval>> bySite = visibility.forRequest(r);
        assertThat(bySite).containsOnlyKeys("tst");
        Site tst = network.site("tst").orElseThrow();
        Ephemeris eph = Ephemeris.of(r.target());
        for (Interval i : bySite.get("tst")) {
            Instant mid = i.start().plus(i.duration().dividedBy(2));
            assertThat(eph.at(tst, mid, false).altitude()).isGreaterThanOrEqualTo(30.0);
            assertThat(new ObserverFrame(tst, mid).sun().altitude()).isLessThan(-12);
        }
        assertThat(visibility.largestInterval(r)).isGreaterThan(Duration.ofHours(2));
    }

    @Test
    void neverRisingTargetHasNoIntervals() {
        Request polar = Request.of(
                Target.Sidereal.of("north", 10, 80),
                Fixtures.cadenceRequest().molecules(),
                Fixtures.cadenceRequest().windows(),
                Location.of("1m0"),
                Constraints.defaults());
        assertThat(visibility.forRequest(polar)).isEmpty();
        assertThat(visibility.largestInterval(polar)).isZero();
    }

    @Test
    void movingObjectIsTrackedInFifteenMinuteChunks() {
        // a main-belt-like orbit; whatever the geometry, chunks start on the 15-minute grid of the window
        Target.NonSidereal asteroid = Target.NonSidereal.minorPlanet("ast", 57600, 10, 80, 70, 2.7, 0.1, 200);
        Request r = Request.of(
                asteroid,
                Fixtures.cadenceRequest().molecules(),
                List.of(new Window(Instant.parse("2016-09-01T00:00:00Z"), Instant.parse("2016-09-08T00:00:00Z"))),
                Location.of("1m0"),
                Constraints.of(2.0, 0));
        List<Interval> intervals = visibility.forRequest(r).getOrDefault("tst", List.of());
        Site tst = network.site("tst").orElseThrow();
        Ephemeris eph = Ephemeris.of(asteroid);
        for (Interval i : intervals) {
            Instant mid = i.start().plus(i.duration().dividedBy(2));
            assertThat(eph.at(tst, mid, false).altitude()).isGreaterThan(29.0);
        }
    }
}
