// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meridian.core.auth.Caller;
import org.meridian.core.observing.Interval;
import org.meridian.core.observing.Intervals;
import org.meridian.core.observing.Request;
import org.meridian.core.observing.Site;
import org.meridian.core.observing.Window;
import org.meridian.core.observing.requests.ObservationRequest;
import org.meridian.core.observing.requests.RequestRepository;
import org.meridian.core.observing.requests.StoredGroupRequest;
import org.meridian.core.observing.requests.TargetSpec;
import org.meridian.web.DjangoTime;

/** {@code contention/<instrument>/} and {@code pressure/} over the PENDING sidereal requests (valhalla's contention and pressure views). */
record ContentionHandlers(PortalContext portal) {
    private static final int PRESSURE_BINS = 96;
    private static final Duration BIN = Duration.ofMinutes(15);

    private record Pending(String proposal, Request request, long duration, double ra) {}

    void contention(Context ctx) throws SQLException {
        Caller caller = portal.auth().caller(ctx);
        String instrument = ctx.pathParam("instrument");
        Instant now = portal.clock().instant();
        List<Map<String, Double>> bins = new ArrayList<>();
        for (int i = 0; i < 24; i++) bins.add(new LinkedHashMap<>());
        for (Pending p : pending(now, instrument, false)) {
            int bin = Math.min(23, (int) Math.floor(p.ra() / 15));
            bins.get(bin).merge(caller.staff() ? p.proposal() : "All Proposals", (double) p.duration(), Double::sum);
        }
        ObjectNode out = JsonBodies.object();
        ArrayNode hours = out.putArray("ra_hours");
        for (int i = 0; i < 24; i++) hours.add(i);
        out.put("instrument_name", instrument);
        out.put("time_calculated", DjangoTime.format(now));
        ArrayNode data = out.putArray("contention_data");
        bins.forEach(b -> {
            ObjectNode o = data.addObject();
            b.forEach((k, v) -> o.put(k, v.longValue()));
        });
        ctx.json(out);
    }

    void pressure(Context ctx) throws SQLException {
        Caller caller = portal.auth().caller(ctx);
        String instrument = ctx.queryParam("instrument");
        String siteParam = ctx.queryParam("site");
        Instant now = portal.clock().instant();
        List<Site> sites = portal.network().sites().stream()
                .filter(s -> siteParam == null || s.code().equals(siteParam))
                .toList();
        List<Map<String, Double>> bins = new ArrayList<>();
        for (int i = 0; i < PRESSURE_BINS; i++) bins.add(new LinkedHashMap<>());
        Instant horizon = now.plus(Duration.ofDays(1));
        for (Pending p : pending(now, instrument, true)) {
            Request r = p.request()
                    .withWindows(p.request().windows().stream()
                            .filter(w -> w.end().isAfter(now))
                            .map(w -> new Window(Intervals.max(w.start(), now), w.end()))
                            .toList());
            Map<String, List<Interval>> bySite = new LinkedHashMap<>();
            long total = 0;
            for (Map.Entry<String, List<Interval>> e :
                    portal.visibility().forRequest(r).entrySet()) {
                if (sites.stream().noneMatch(s -> s.code().equals(e.getKey()))) continue;
                List<Interval> kept = e.getValue().stream()
                        .filter(i -> Duration.between(Intervals.max(i.start(), now), i.end())
                                        .getSeconds()
                                >= p.duration())
                        .toList();
                bySite.put(e.getKey(), kept);
                // valhalla sums timedelta.seconds, which drops whole days
                total += kept.stream()
                        .mapToLong(i -> i.duration().getSeconds() % 86_400)
                        .sum();
            }
            if (total < 1) continue;
            double base = (double) p.duration() / total;
            for (int i = 0; i < PRESSURE_BINS; i++) {
                Instant t = now.plus(BIN.multipliedBy(i));
                int n = 0;
                for (Map.Entry<String, List<Interval>> e : bySite.entrySet()) {
                    if (e.getValue().stream().anyMatch(iv -> iv.contains(t))) {
                        n += telescopesWith(e.getKey(), r.instrumentName());
                    }
                }
                if (n >= 1 && t.isBefore(horizon)) {
                    bins.get(i).merge(caller.staff() ? p.proposal() : "All Proposals", base / n, Double::sum);
                }
            }
        }
        ObjectNode out = JsonBodies.object();
        ArrayNode nights = out.putArray("site_nights");
        for (Site s : sites) {
            for (Interval night : portal.visibility().darkIntervals(s, now, horizon)) {
                nights.addObject()
                        .put("name", s.code())
                        .put("start", Duration.between(now, night.start()).toMillis() / 3_600_000.0)
                        .put(
                                "stop",
                                Math.min(24, Duration.between(now, night.end()).toMillis() / 3_600_000.0));
            }
        }
        ArrayNode times = out.putArray("time_bins");
        for (int i = 0; i < PRESSURE_BINS; i++) times.add(DjangoTime.format(now.plus(BIN.multipliedBy(i))));
        out.put("instrument_name", instrument == null ? "all" : instrument);
        out.put("site", siteParam == null ? "all" : siteParam);
        out.put("time_calculated", DjangoTime.format(now));
        ArrayNode data = out.putArray("pressure_data");
        bins.forEach(b -> {
            ObjectNode o = data.addObject();
            b.forEach(o::put);
        });
        ctx.json(out);
    }

    private int telescopesWith(String site, String instrument) {
        return (int) portal.network().site(site).stream()
                .flatMap(s -> s.telescopes().stream())
                .filter(t -> t.carries(instrument))
                .count();
    }

    /** PENDING sidereal requests with a window starting within a day and not yet over. */
    private List<Pending> pending(Instant now, String instrument, boolean inclusive) throws SQLException {
        List<Pending> out = new ArrayList<>();
        for (StoredGroupRequest stored : portal.read(c -> RequestRepository.requests(
                c, RequestRepository.pendingSidereal(c, now, now.plus(Duration.ofDays(1)), inclusive, instrument)))) {
            ObservationRequest r = stored.request();
            Optional<Request> view;
            try {
                view = r.schedulingView(0);
            } catch (IllegalArgumentException e) {
                continue; // a stored target that no longer validates is never visible
            }
            if (view.isPresent() && r.configurations().get(0).target() instanceof TargetSpec.Icrs icrs) {
                out.add(new Pending(stored.proposal(), view.get(), r.durationSecs(), icrs.ra()));
            }
        }
        return out;
    }
}
