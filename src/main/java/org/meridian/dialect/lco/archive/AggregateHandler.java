// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive;

import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meridian.core.archive.Access;
import org.meridian.core.auth.Caller;
import org.meridian.store.Database;
import org.meridian.store.SqlFragment;

/**
 * {@code GET /frames/aggregate/}: the distinct non-empty sites, telescopes, filters, instruments,
 * observation types and proposals. Without parameters, over every frame the caller may see; filtered,
 * as the archive does (docs/lco-archive.md): start and end required, at most 365 days, truncated to the minute, the
 * public part only with {@code public=true} and the caller's private part when authenticated.
 */
public record AggregateHandler(Database db, Callers callers, Clock clock) {

    private static final Map<String, String> FIELDS = map(
            "sites", "o.site_id",
            "telescopes", "o.telescope_id",
            "filters", "o.filter_name",
            "instruments", "o.instrument",
            "obstypes", "o.observation_type",
            "proposals", "o.program_id");
    private static final Map<String, String> PARAMS = map(
            "site_id", "o.site_id",
            "telescope_id", "o.telescope_id",
            "primary_optical_element", "o.filter_name",
            "instrument_id", "o.instrument",
            "configuration_type", "o.observation_type",
            "proposal_id", "o.program_id");

    public void aggregate(Context ctx) throws Exception {
        Caller caller = callers.of(ctx);
        SqlFragment where = FrameStore.visible(caller).and(filtered(ctx, caller));
        Map<String, Object> body = new LinkedHashMap<>();
        try (Connection c = db.connection()) {
            for (Map.Entry<String, String> f : FIELDS.entrySet()) {
                body.put(f.getKey(), distinct(c, f.getValue(), where));
            }
        }
        body.put("generated_at", Dates.formatMillis(clock.instant()));
        ctx.json(body);
    }

    private SqlFragment filtered(Context ctx, Caller caller) {
        boolean anyParam = ctx.queryParamMap().keySet().stream()
                .anyMatch(k -> k.equals("start") || k.equals("end") || k.equals("public") || PARAMS.containsKey(k));
        if (!anyParam) {
            return SqlFragment.TRUE;
        }
        String s = ctx.queryParam("start");
        String e = ctx.queryParam("end");
        if (s == null || e == null) {
            throw ApiException.detail(400, "both start & end must be specified");
        }
        Instant start = Dates.require("start", s).truncatedTo(ChronoUnit.MINUTES);
        Instant end = Dates.require("end", e).truncatedTo(ChronoUnit.MINUTES);
        if (Duration.between(start, end).compareTo(Duration.ofDays(365)) > 0) {
            throw ApiException.detail(400, "Window cannot be greater than 365 days");
        }
        SqlFragment where =
                SqlFragment.of("o.ut_start >= ? and o.ut_start < ?", Timestamp.from(start), Timestamp.from(end));
        for (Map.Entry<String, String> p : PARAMS.entrySet()) {
            String v = ctx.queryParam(p.getKey());
            if (v != null && !v.isEmpty()) {
                where = where.and(SqlFragment.of(p.getValue() + " = ?", v));
            }
        }
        String pub = ctx.queryParam("public");
        boolean includePublic = pub != null && FrameFilters.bool("public", pub);
        SqlFragment isPublic = SqlFragment.of(Access.released("o"));
        SqlFragment parts = includePublic ? isPublic : SqlFragment.of("false");
        if (!caller.isAnonymous()) {
            parts = parts.or(SqlFragment.of("not " + Access.released("o")));
        }
        return where.and(parts);
    }

    private static List<String> distinct(Connection c, String column, SqlFragment where) throws java.sql.SQLException {
        try (PreparedStatement s = c.prepareStatement("select distinct " + column + " from observation o where "
                + where.sql() + " and coalesce(" + column + ", '') <> '' order by 1")) {
            where.bind(s, 1);
            List<String> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        }
    }

    private static Map<String, String> map(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
