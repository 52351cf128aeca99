// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jastronomy.jsofa.JSOFA;

/**
 * Hourly astrometry per site. {@code jauApco13} (precession-nutation, Earth ephemeris, refraction
 * constants) dominates the cost of a frame and changes slowly, so it runs once per site and UTC
 * hour; a sample in between interpolates the Earth's position and velocity linearly between the
 * two hours (the Sun moves 2.5' an hour, the chord error stays below 0.01") and sets the exact
 * Earth rotation angle with {@code jauAper13}. The Moon's geocentric position is interpolated the
 * same way (it moves 0.5 degree an hour; the chord departs from the orbit by under 0.001 degree).
 */
final class FrameCache {
    static final FrameCache SHARED = new FrameCache(200_000);
    private static final long HOUR_SECONDS = 3600;

    /** Sites are keyed by position, so two networks reusing a code never share frames. */
    private record Key(String site, double latitude, double longitude, double elevation, long hour) {}

    private record Hourly(JSOFA.Astrom astrom, double[] geocentric, double[] moon) {}

    private final Map<Key, Hourly> hours;

    FrameCache(int capacity) {
        this.hours = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Hourly> eldest) {
                return size() > capacity;
            }
        };
    }

    ObserverFrame frame(Site site, Instant t) {
        long hour = Math.floorDiv(t.getEpochSecond(), HOUR_SECONDS);
        Hourly a = hourly(site, hour);
        Hourly b = hourly(site, hour + 1);
        double f = (t.getEpochSecond() - hour * HOUR_SECONDS + t.getNano() * 1e-9) / HOUR_SECONDS;
        JSOFA.Astrom astrom = new JSOFA.Astrom();
        ObserverFrame.copy(a.astrom(), astrom);
        astrom.eb = lerp(a.astrom().eb, b.astrom().eb, f);
        astrom.v = lerp(a.astrom().v, b.astrom().v, f);
        double[] eh = lerp(scaled(a.astrom().eh, a.astrom().em), scaled(b.astrom().eh, b.astrom().em), f);
        double em = Math.sqrt(eh[0] * eh[0] + eh[1] * eh[1] + eh[2] * eh[2]);
        astrom.em = em;
        astrom.eh = scaled(eh, 1 / em);
        double v2 = astrom.v[0] * astrom.v[0] + astrom.v[1] * astrom.v[1] + astrom.v[2] * astrom.v[2];
        astrom.bm1 = Math.sqrt(1 - v2);
        AstroTime time = AstroTime.of(t);
        JSOFA.jauAper13(AstroTime.MJD_ZERO, time.utcMjd(), astrom);
        return new ObserverFrame(t, time, astrom, lerp(a.geocentric(), b.geocentric(), f), lerp(a.moon(), b.moon(), f));
    }

    private Hourly hourly(Site site, long hour) {
        Key key = new Key(site.code(), site.latitude(), site.longitude(), site.elevation(), hour);
        synchronized (hours) {
            Hourly cached = hours.get(key);
            if (cached != null) {
                return cached;
            }
        }
        ObserverFrame exact = new ObserverFrame(site, Instant.ofEpochSecond(hour * HOUR_SECONDS));
        Hourly computed = new Hourly(exact.astrom(), exact.observerGeocentric(), exact.moonGeocentric());
        synchronized (hours) {
            hours.put(key, computed);
        }
        return computed;
    }

    private static double[] lerp(double[] a, double[] b, double f) {
        return new double[] {a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f};
    }

    private static double[] scaled(double[] a, double k) {
        return new double[] {a[0] * k, a[1] * k, a[2] * k};
    }
}
