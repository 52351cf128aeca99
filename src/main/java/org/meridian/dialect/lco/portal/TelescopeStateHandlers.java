// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meridian.core.observing.Interval;
import org.meridian.core.observing.Intervals;
import org.meridian.core.observing.Site;
import org.meridian.core.observing.Visibility;

/** {@code telescope_states/} and {@code telescope_availability/} from the stored state events (§2.9). */
final class TelescopeStateHandlers {
    record Lump(String telescope, String type, String reason, Instant start, Instant end) {}

    private final PortalContext portal;
    private final Visibility visibility;

    TelescopeStateHandlers(PortalContext portal) {
        this.portal = portal;
        this.visibility = new Visibility(portal.network());
    }

    void states(Context ctx) throws SQLException {
        Instant now = portal.clock().instant();
        Instant start = time(ctx, "start", now);
        Instant end = time(ctx, "end", now);
        ObjectNode out = JsonBodies.object();
        lumps(ctx, start, end).forEach((telescope, lumps) -> {
            ArrayNode a = out.putArray(telescope);
            for (Lump l : lumps) {
                a.addObject()
                        .put("telescope", l.telescope())
                        .put("event_type", l.type())
                        .put("event_reason", l.reason())
                        .put("start", PortalTime.format(l.start()))
                        .put("end", PortalTime.format(l.end()));
            }
        });
        ctx.json(out);
    }

    /** Per telescope and night: [date, fraction of the dark time the telescope was AVAILABLE]. */
    void availability(Context ctx) throws SQLException {
        Instant now = portal.clock().instant();
        Instant start = time(ctx, "start", now.minus(Duration.ofDays(1)));
        Instant end = time(ctx, "end", now);
        boolean combine = "true".equalsIgnoreCase(ctx.queryParam("combine"));
        Map<String, Map<String, double[]>> perKey = new LinkedHashMap<>();
        for (Map.Entry<String, List<Lump>> e : lumps(ctx, start, end).entrySet()) {
            Site site = portal.network().site(e.getKey().split("\\.")[0]).orElse(null);
            if (site == null) continue;
            List<Interval> available = e.getValue().stream()
                    .filter(l -> l.type().equals("AVAILABLE"))
                    .map(l -> new Interval(l.start(), l.end()))
                    .toList();
            String key = combine ? e.getKey().substring(0, e.getKey().length() - 1) : e.getKey();
            for (Interval night : visibility.darkIntervals(site, start, end)) {
                double total = night.duration().getSeconds();
                double up = Intervals.intersect(List.of(night), Intervals.union(available)).stream()
                        .mapToLong(i -> i.duration().getSeconds())
                        .sum();
                String date =
                        night.start().atOffset(ZoneOffset.UTC).toLocalDate().toString();
                double[] acc = perKey.computeIfAbsent(key, k -> new LinkedHashMap<>())
                        .computeIfAbsent(date, d -> new double[2]);
                acc[0] += total == 0 ? 0 : up / total;
                acc[1] += 1;
            }
        }
        ObjectNode out = JsonBodies.object();
        perKey.forEach((key, nights) -> {
            ArrayNode a = out.putArray(key);
            nights.forEach((date, acc) -> a.addArray().add(date).add(acc[0] / acc[1]));
        });
        ctx.json(out);
    }

    /** Events overlapping [start, end] per telescope, equal neighbours merged, clipped to [start, end]. */
    Map<String, List<Lump>> lumps(Context ctx, Instant start, Instant end) throws SQLException {
        List<String> sites = ctx.queryParams("site");
        List<String> telescopes = ctx.queryParams("telescope");
        Map<String, List<Lump>> out = new LinkedHashMap<>();
        portal.read(c -> {
            try (PreparedStatement s = c.prepareStatement("select telescope, event_type, event_reason, start, \"end\""
                    + " from telescope_state_event where start <= ? and \"end\" >= ?"
                    + " and (cardinality(?::text[]) = 0 or split_part(telescope, '.', 1) = any(?))"
                    + " and (cardinality(?::text[]) = 0 or split_part(telescope, '.', 3) = any(?))"
                    + " order by telescope, start")) {
                s.setTimestamp(1, Timestamp.from(end));
                s.setTimestamp(2, Timestamp.from(start));
                s.setArray(3, c.createArrayOf("text", sites.toArray()));
                s.setArray(4, c.createArrayOf("text", sites.toArray()));
                s.setArray(5, c.createArrayOf("text", telescopes.toArray()));
                s.setArray(6, c.createArrayOf("text", telescopes.toArray()));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Lump l = new Lump(
                                r.getString(1),
                                r.getString(2),
                                r.getString(3),
                                Intervals.max(r.getTimestamp(4).toInstant(), start),
                                Intervals.min(r.getTimestamp(5).toInstant(), end));
                        List<Lump> list = out.computeIfAbsent(l.telescope(), k -> new ArrayList<>());
                        Lump last = list.isEmpty() ? null : list.getLast();
                        if (last != null
                                && last.type().equals(l.type())
                                && last.reason().equals(l.reason())) {
                            list.set(
                                    list.size() - 1,
                                    new Lump(
                                            last.telescope(),
                                            last.type(),
                                            last.reason(),
                                            last.start(),
                                            Intervals.max(last.end(), l.end())));
                        } else {
                            list.add(l);
                        }
                    }
                }
            }
            return null;
        });
        return out;
    }

    static Instant time(Context ctx, String name, Instant fallback) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return fallback;
        return PortalTime.parse(v)
                .orElseThrow(() -> new PortalError(
                        400,
                        new DrfErrors().add(name, "Enter a valid date/time.").toJson()));
    }
}
