// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FrameCacheTest {
    private static final TelescopeNetwork NETWORK = TelescopeNetwork.builtIn();

    @Test
    void cachedFramesAgreeWithExactFramesWithinAHundredthOfADegree() {
        Ephemeris star = Ephemeris.of(Target.Sidereal.of("m42", 83.8220792, -5.3911111));
        Ephemeris asteroid = Ephemeris.of(Target.NonSidereal.minorPlanet("ast", 60200, 10, 80, 70, 2.7, 0.1, 200));
        FrameCache cache = new FrameCache(100);
        for (Site site : NETWORK.sites()) {
            for (int minute = 0; minute < 24 * 60; minute += 37) {
                Instant t = Instant.parse("2024-01-10T00:00:00Z").plusSeconds(minute * 60L + 13);
                ObserverFrame exact = new ObserverFrame(site, t);
                ObserverFrame fast = cache.frame(site, t);
                assertThat(fast.sun().altitude()).isCloseTo(exact.sun().altitude(), within(0.01));
                assertThat(fast.moon().altitude()).isCloseTo(exact.moon().altitude(), within(0.01));
                assertThat(star.at(fast, true).altitude())
                        .isCloseTo(star.at(exact, true).altitude(), within(0.01));
                assertThat(star.at(fast, false).hourAngle())
                        .isCloseTo(star.at(exact, false).hourAngle(), within(0.001));
                assertThat(asteroid.at(fast, false).altitude())
                        .isCloseTo(asteroid.at(exact, false).altitude(), within(0.01));
            }
        }
    }
}
