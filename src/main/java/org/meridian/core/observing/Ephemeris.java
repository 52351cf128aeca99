// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import java.time.Instant;

/** Where a Target appears from a site at an instant. Built once per target so its set-up is reused. */
public sealed interface Ephemeris permits Ephemeris.Star, Ephemeris.Orbit {
    /** Speed of light, au/day, for the light-time of moving objects. */
    double LIGHT_AU_PER_DAY = 173.1446326846693;

    Horizontal at(ObserverFrame frame, boolean refraction);

    default Horizontal at(Site site, Instant t, boolean refraction) {
        return at(ObserverFrame.at(site, t), refraction);
    }

    static Ephemeris of(Target target) {
        return switch (target) {
            case Target.Sidereal s -> new Star(StarPlace.of(s));
            case Target.NonSidereal n -> new Orbit(new KeplerOrbit(n));
        };
    }

    record Star(StarPlace place) implements Ephemeris {
        @Override
        public Horizontal at(ObserverFrame frame, boolean refraction) {
            return frame.star(place, refraction);
        }
    }

    /** A moving object: astrometric direction from the observer, corrected for light-time. */
    record Orbit(KeplerOrbit orbit) implements Ephemeris {
        @Override
        public Horizontal at(ObserverFrame frame, boolean refraction) {
            double[] observer = frame.observerHeliocentric();
            double tt = frame.time().ttMjd();
            double lightTime = 0;
            double[] v = new double[3];
            for (int iteration = 0; iteration < 3; iteration++) {
                double[] body = orbit.position(tt - lightTime);
                for (int i = 0; i < 3; i++) {
                    v[i] = body[i] - observer[i];
                }
                lightTime = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]) / LIGHT_AU_PER_DAY;
            }
            return frame.direction(v, refraction);
        }
    }
}
