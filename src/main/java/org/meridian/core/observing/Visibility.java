// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** When a Request's target can be observed from each site (rise_set's rules, docs/lco-observing.md). */
public final class Visibility {
    /** LCO schedules between nautical twilights. */
    public static final double TWILIGHT_ALTITUDE = -12.0;

    static final double HORIZON_REFRACTION = -0.5667;
    static final Duration SEARCH_STEP = Duration.ofMinutes(10);
    static final Duration MOVING_CHUNK = Duration.ofMinutes(15);
    static final Duration MOON_CHUNK = Duration.ofMinutes(30);
    static final double MOON_CHECK_MINIMUM = 0.5;

    private final TelescopeNetwork network;

    public Visibility(TelescopeNetwork network) {
        this.network = network;
    }

    /** One telescope per site may run the request: the first with its class and instrument. */
    public record Placement(Site site, Telescope telescope) {}

    public List<Placement> placements(Request request) {
        Location loc = request.location();
        List<Placement> out = new ArrayList<>();
        for (Site site : network.sites()) {
            if (loc.site() != null && !loc.site().equals(site.code())) {
                continue;
            }
            Optional<Telescope> first = site.telescopes().stream()
                    .filter(t -> t.telescopeClass().equals(loc.telescopeClass()))
                    .filter(t -> loc.observatory() == null || loc.observatory().equals(t.enclosure()))
                    .filter(t -> loc.telescope() == null || loc.telescope().equals(t.code()))
                    .filter(t -> t.carries(request.instrumentName()))
                    .findFirst();
            first.ifPresent(t -> out.add(new Placement(site, t)));
        }
        return out;
    }

    /** Observable intervals per site code, over all of the request's windows; sites with none are left out. */
    public Map<String, List<Interval>> forRequest(Request request) {
        Ephemeris ephemeris = Ephemeris.of(request.target());
        Map<String, List<Interval>> out = new LinkedHashMap<>();
        for (Placement p : placements(request)) {
            List<Interval> all = new ArrayList<>();
            for (Window w : request.windows()) {
                all.addAll(observable(p, request.target(), ephemeris, w, request.constraints()));
            }
            List<Interval> merged = Intervals.union(all);
            if (!merged.isEmpty()) {
                out.put(p.site().code(), merged);
            }
        }
        return out;
    }

    /**
     * Intervals per site in which every one of these views (one per configuration of a request:
     * its target and constraints, the same windows and location) is observable: the intersection,
     * as the current portal takes it. Sites where one view is never observable are left out.
     */
    public Map<String, List<Interval>> forAll(List<Request> views) {
        Map<String, List<Interval>> common = null;
        for (Request view : views) {
            Map<String, List<Interval>> bySite = forRequest(view);
            if (common == null) {
                common = new LinkedHashMap<>(bySite);
                continue;
            }
            Map<String, List<Interval>> next = new LinkedHashMap<>();
            for (Map.Entry<String, List<Interval>> e : common.entrySet()) {
                List<Interval> both = Intervals.intersect(e.getValue(), bySite.getOrDefault(e.getKey(), List.of()));
                if (!both.isEmpty()) next.put(e.getKey(), both);
            }
            common = next;
        }
        return common == null ? Map.of() : common;
    }

    /** The longest single interval over every site. */
    public Duration largestInterval(Request request) {
        return Intervals.largest(
                forRequest(request).values().stream().flatMap(List::stream).toList());
    }

    public List<Interval> observable(Placement p, Target target, Ephemeris eph, Window window, Constraints c) {
        List<Interval> dark = darkIntervals(p.site(), window.start(), window.end());
        double horizon = effectiveHorizon(p.telescope().horizon(), c.maxAirmass());
        double[] ha = hourAngleLimits(p.site(), p.telescope());
        List<Interval> up =
                switch (target) {
                    case Target.Sidereal s -> upSidereal(p.site(), eph, dark, horizon, ha);
                    case Target.NonSidereal n ->
                        Intervals.intersect(dark, upMoving(p.site(), eph, window, horizon, ha));
                };
        List<Interval> clear =
                c.minLunarDistance() > MOON_CHECK_MINIMUM ? farFromMoon(p.site(), eph, up, c.minLunarDistance()) : up;
        return Intervals.intersect(clear, List.of(window.asInterval()));
    }

    /**
     * Intervals with the Sun below nautical twilight. Nights do not depend on the request, so they
     * are computed per site and UTC day once and shared by every later request.
     */
    public List<Interval> darkIntervals(Site site, Instant start, Instant end) {
        List<Interval> pieces = new ArrayList<>();
        for (long day = Math.floorDiv(start.getEpochSecond(), DAY_SECONDS);
                day * DAY_SECONDS < end.getEpochSecond();
                day++) {
            pieces.addAll(NIGHTS.computeIfAbsent(new NightKey(site, day), Visibility::darkOfDay));
        }
        return Intervals.intersect(Intervals.union(pieces), List.of(new Interval(start, end)));
    }

    private static final long DAY_SECONDS = 86_400;

    private record NightKey(Site site, long day) {}

    private static final Map<NightKey, List<Interval>> NIGHTS =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<NightKey, List<Interval>> eldest) {
                    return size() > 50_000;
                }
            });

    private static List<Interval> darkOfDay(NightKey key) {
        Instant from = Instant.ofEpochSecond(key.day() * DAY_SECONDS);
        return List.copyOf(Intervals.where(
                from,
                from.plusSeconds(DAY_SECONDS),
                SEARCH_STEP,
                t -> ObserverFrame.at(key.site(), t).sun().altitude() < TWILIGHT_ALTITUDE));
    }

    /** The telescope horizon, raised to the altitude of the airmass limit when that is stricter. */
    public static double effectiveHorizon(double horizon, double maxAirmass) {
        if (maxAirmass < 1 / Math.cos(Math.toRadians(90 - horizon))) {
            return 90 - Math.toDegrees(Math.acos(1 / maxAirmass));
        }
        return horizon == 0 ? HORIZON_REFRACTION : horizon;
    }

    /** {neg, pos} in hours; mirrored in the southern hemisphere as rise_set does. */
    static double[] hourAngleLimits(Site site, Telescope t) {
        return site.southern()
                ? new double[] {-t.haLimitPos(), -t.haLimitNeg()}
                : new double[] {t.haLimitNeg(), t.haLimitPos()};
    }

    private static boolean up(Horizontal h, double horizon, double[] ha) {
        return h.altitude() >= horizon && h.hourAngle() >= ha[0] && h.hourAngle() <= ha[1];
    }

    private static List<Interval> upSidereal(
            Site site, Ephemeris eph, List<Interval> dark, double horizon, double[] ha) {
        List<Interval> out = new ArrayList<>();
        for (Interval night : dark) {
            out.addAll(Intervals.where(
                    night.start(),
                    night.end(),
                    SEARCH_STEP,
                    t -> up(eph.at(ObserverFrame.at(site, t), false), horizon, ha)));
        }
        return out;
    }

    /** rise_set's moving-object rule: a 15-minute chunk counts if it and the next one start with the body up. */
    private static List<Interval> upMoving(Site site, Ephemeris eph, Window w, double horizon, double[] ha) {
        List<Interval> chunks = new ArrayList<>();
        Instant t = w.start();
        boolean upNow = up(eph.at(site, t, false), horizon, ha);
        while (t.isBefore(w.end())) {
            Instant next = t.plus(MOVING_CHUNK);
            boolean upNext = up(eph.at(site, next, false), horizon, ha);
            if (upNow && upNext) {
                chunks.add(new Interval(t, Intervals.min(next, w.end())));
            }
            t = next;
            upNow = upNext;
        }
        return Intervals.union(chunks);
    }

    private static List<Interval> farFromMoon(Site site, Ephemeris eph, List<Interval> intervals, double limit) {
        List<Interval> kept = new ArrayList<>();
        for (Interval interval : intervals) {
            for (Instant t = interval.start(); t.isBefore(interval.end()); t = t.plus(MOON_CHUNK)) {
                ObserverFrame frame = ObserverFrame.at(site, t);
                if (eph.at(frame, false).separation(frame.moon()) >= limit) {
                    kept.add(new Interval(t, Intervals.min(t.plus(MOON_CHUNK), interval.end())));
                }
            }
        }
        return Intervals.union(kept);
    }
}
