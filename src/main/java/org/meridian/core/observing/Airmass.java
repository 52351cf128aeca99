// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The portal's airmass endpoint: airmass every 10 minutes while the target is observable (docs/lco-observing.md). */
public final class Airmass {
    static final Duration STEP = Duration.ofMinutes(10);
    public static final DateTimeFormatter TIME_FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(ZoneOffset.UTC);

    /** {@code {"times":[...],"airmasses":[...]}} for one site. */
    public record SiteAirmass(List<String> times, List<Double> airmasses) {}

    /** {@code {"airmass_data":{site:...},"airmass_limit":x}}; the limit is null when no site has samples. */
    public record AirmassData(Map<String, SiteAirmass> airmassData, Double airmassLimit) {}

    private final TelescopeNetwork network;
    private final Visibility visibility;

    public Airmass(TelescopeNetwork network) {
        this.network = network;
        this.visibility = new Visibility(network);
    }

    /** slalib AIRMAS: Hardie-style polynomial in sec(z) − 1, with z capped at 1.52 rad. */
    public static double fromZenithDistance(double zdRadians) {
        double s = 1 / Math.cos(Math.min(1.52, Math.abs(zdRadians))) - 1;
        return 1 + s * (0.9981833 - s * (0.002875 + 0.0008083 * s));
    }

    /** Airmass of a target seen through slalib's standard atmosphere (refracted zenith distance). */
    public static double at(Ephemeris eph, Site site, Instant t) {
        return fromZenithDistance(eph.at(site, t, true).zenithDistanceRadians());
    }

    public AirmassData forRequest(Request request) {
        Ephemeris eph = Ephemeris.of(request.target());
        Map<String, SiteAirmass> data = new LinkedHashMap<>();
        for (Map.Entry<String, List<Interval>> e :
                visibility.forRequest(request).entrySet()) {
            Site site = network.site(e.getKey()).orElseThrow();
            List<String> times = new ArrayList<>();
            List<Double> airmasses = new ArrayList<>();
            for (Interval interval : e.getValue()) {
                for (Instant t = interval.start(); t.isBefore(interval.end()); t = t.plus(STEP)) {
                    times.add(TIME_FORMAT.format(t));
                    airmasses.add(at(eph, site, t));
                }
            }
            if (!times.isEmpty()) {
                data.put(e.getKey(), new SiteAirmass(List.copyOf(times), List.copyOf(airmasses)));
            }
        }
        return new AirmassData(
                data, data.isEmpty() ? null : request.constraints().maxAirmass());
    }
}
