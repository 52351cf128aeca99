// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
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
import org.meridian.web.DjangoTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code telescope_states/} and {@code telescope_availability/} from the stored state events (valhalla's telescope_states and telescope_availability views). */
record TelescopeStateHandlers(PortalContext portal) {
    private static final Logger LOG = LoggerFactory.getLogger(TelescopeStateHandlers.class);
    private static final JsonFactory JSON = new JsonFactory();
    private static final Duration PROBE_EVERY = Duration.ofDays(7);

    record Lump(String telescope, String type, String reason, Instant start, Instant end) {}

    void states(Context ctx) throws SQLException {
        Instant now = portal.clock().instant();
        TimeRange range = TimeRange.read(ctx, now, now);
        ObjectNode out = JsonBodies.object();
        lumps(ctx, range.start(), range.end()).forEach((telescope, lumps) -> {
            ArrayNode a = out.putArray(telescope);
            for (Lump l : lumps) {
                a.addObject()
                        .put("telescope", l.telescope())
                        .put("event_type", l.type())
                        .put("event_reason", l.reason())
                        .put("start", DjangoTime.format(l.start()))
                        .put("end", DjangoTime.format(l.end()));
            }
        });
        ctx.json(out);
    }

    /**
     * Per telescope (or, with {@code combine}, per site and class) and night: [date, fraction of the
     * dark time the telescope was AVAILABLE]. Jetty cannot tell a handler that its client left, but
     * a write to a closed connection fails: the answer goes out key by key as each is computed, and
     * while a site's nights are computed a space (insignificant in JSON) goes out every week of
     * them, so a client that gives up stops the work within a week's computation, not a year's.
     */
    void availability(Context ctx) throws SQLException, IOException {
        Instant now = portal.clock().instant();
        TimeRange range = TimeRange.read(ctx, now.minus(Duration.ofDays(1)), now);
        boolean combine = "true".equalsIgnoreCase(ctx.queryParam("combine"));
        Map<String, List<Map.Entry<String, List<Lump>>>> byKey = new LinkedHashMap<>();
        for (Map.Entry<String, List<Lump>> e :
                lumps(ctx, range.start(), range.end()).entrySet()) {
            String key = combine ? e.getKey().substring(0, e.getKey().length() - 1) : e.getKey();
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        ctx.contentType("application/json");
        int written = 0;
        // Straight to the servlet stream: Javalin's own (which may compress) holds flushed bytes
        // back, and a write only fails once it reaches the closed connection.
        try (JsonGenerator json = JSON.createGenerator(ctx.res().getOutputStream())) {
            json.writeStartObject();
            for (Map.Entry<String, List<Map.Entry<String, List<Lump>>>> key : byKey.entrySet()) {
                Map<String, double[]> nights = new LinkedHashMap<>();
                for (Map.Entry<String, List<Lump>> telescope : key.getValue()) {
                    addNights(telescope.getKey(), telescope.getValue(), range, nights, json);
                }
                if (nights.isEmpty()) continue;
                json.writeArrayFieldStart(key.getKey());
                for (Map.Entry<String, double[]> night : nights.entrySet()) {
                    json.writeStartArray();
                    json.writeString(night.getKey());
                    json.writeNumber(night.getValue()[0] / night.getValue()[1]);
                    json.writeEndArray();
                }
                json.writeEndArray();
                json.flush();
                written++;
            }
            json.writeEndObject();
        } catch (IOException e) {
            LOG.info("telescope_availability: client gone after {} of {} keys; stopped", written, byKey.size());
        }
    }

    /** Adds one telescope's nights to {@code nights}: date → {sum of available fractions, telescopes}. */
    private void addNights(
            String telescope, List<Lump> lumps, TimeRange range, Map<String, double[]> nights, JsonGenerator out)
            throws IOException {
        Site site = portal.network().site(telescope.split("\\.")[0]).orElse(null);
        if (site == null) return;
        List<Interval> available = Intervals.union(lumps.stream()
                .filter(l -> l.type().equals("AVAILABLE"))
                .map(l -> new Interval(l.start(), l.end()))
                .toList());
        for (Interval night : darkIntervals(site, range, out)) {
            double total = night.duration().getSeconds();
            double up = Intervals.intersect(List.of(night), available).stream()
                    .mapToLong(i -> i.duration().getSeconds())
                    .sum();
            String date = night.start().atOffset(ZoneOffset.UTC).toLocalDate().toString();
            double[] acc = nights.computeIfAbsent(date, d -> new double[2]);
            acc[0] += total == 0 ? 0 : up / total;
            acc[1] += 1;
        }
    }

    /**
     * The site's dark intervals over the range, computed a week at a time with a space written and
     * flushed to {@code out} after each week. Nights cut at a week's end are joined again by the
     * union, as the per-day pieces are inside {@link Visibility#darkIntervals}.
     */
    private List<Interval> darkIntervals(Site site, TimeRange range, JsonGenerator out) throws IOException {
        List<Interval> pieces = new ArrayList<>();
        for (Instant from = range.start(); from.isBefore(range.end()); ) {
            Instant to = Intervals.min(from.plus(PROBE_EVERY), range.end());
            pieces.addAll(portal.visibility().darkIntervals(site, from, to));
            out.writeRaw(' ');
            out.flush();
            from = to;
        }
        return Intervals.union(pieces);
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
}
