// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.meridian.core.archive.Access;
import org.meridian.core.auth.Caller;
import org.meridian.store.SqlFragment;
import org.meridian.web.DjangoTime;

/**
 * The UserRequest list: valhalla's filter set and ordering over the rows the caller may see
 * (staff all, members their proposals', everyone public proposals').
 */
final class UserRequestQuery {
    private static final Map<String, String> ORDERING = Map.of(
            "id", "u.id",
            "title", "u.group_id",
            "group_id", "u.group_id",
            "name", "u.group_id",
            "modified", "u.modified",
            "created", "u.created",
            "state", "u.state",
            "end",
                    "(select max(w.\"end\") from request r join \"window\" w on w.request_id = r.id"
                            + " where r.user_request_id = u.id)");

    private final StringBuilder where = new StringBuilder(" where true");
    private final List<Object> params = new ArrayList<>();
    private String order = "u.id desc";

    UserRequestQuery(Caller caller) {
        SqlFragment visible = Access.requestsVisible(caller, "u.proposal_id");
        where.append(" and (").append(visible.sql()).append(")");
        params.addAll(visible.params());
    }

    /** Applies the query string; an unreadable value is a DRF filter error (400). */
    UserRequestQuery filter(Context ctx) {
        DrfErrors errors = new DrfErrors();
        String v;
        if ((v = ctx.queryParam("id")) != null) number(errors, "id", v, " and u.id = ?");
        if ((v = ctx.queryParam("request_id")) != null) {
            number(
                    errors,
                    "request_id",
                    v,
                    " and exists (select 1 from request r where r.user_request_id = u.id" + " and r.id = ?)");
        }
        if ((v = ctx.queryParam("submitter")) != null) text(" and u.submitter = ?", v);
        if ((v = ctx.queryParam("user")) != null) text(" and u.submitter ilike ?", like(v));
        if ((v = ctx.queryParam("proposal")) != null) text(" and u.proposal_id = ?", v);
        if ((v = ctx.queryParam("title")) != null) text(" and u.group_id ilike ?", like(v));
        if ((v = ctx.queryParam("group_id")) != null) text(" and u.group_id ilike ?", like(v));
        if ((v = ctx.queryParam("name")) != null) text(" and u.group_id ilike ?", like(v));
        if ((v = ctx.queryParam("observation_type")) != null) text(" and u.observation_type = ?", v);
        if ((v = ctx.queryParam("operator")) != null) text(" and u.operator = ?", v);
        if ((v = ctx.queryParam("state")) != null) text(" and u.state = ?", v);
        if ((v = ctx.queryParam("exclude_state")) != null) text(" and u.state <> ?", v);
        if ((v = ctx.queryParam("ipp_value")) != null) {
            try {
                where.append(" and u.ipp_value = ?");
                params.add(Double.parseDouble(v));
            } catch (NumberFormatException e) {
                errors.add("ipp_value", "Enter a number.");
            }
        }
        time(errors, ctx, "created_after", " and u.created >= ?");
        time(errors, ctx, "created_before", " and u.created <= ?");
        time(errors, ctx, "modified_after", " and u.modified >= ?");
        time(errors, ctx, "modified_before", " and u.modified <= ?");
        if ((v = ctx.queryParam("telescope_class")) != null) {
            text(
                    " and exists (select 1 from request r join location l on l.request_id = r.id"
                            + " where r.user_request_id = u.id and l.telescope_class = ?)",
                    v);
        }
        if ((v = ctx.queryParam("target")) != null) {
            text(
                    " and exists (select 1 from request r join target t on t.request_id = r.id"
                            + " where r.user_request_id = u.id and t.name ilike ?)",
                    like(v));
        }
        if (!errors.isEmpty()) {
            throw new PortalError(400, errors.toJson());
        }
        String ordering = ctx.queryParam("ordering") != null ? ctx.queryParam("ordering") : ctx.queryParam("order");
        if (ordering != null) {
            List<String> parts = new ArrayList<>();
            for (String field : ordering.split(",")) {
                boolean desc = field.startsWith("-");
                String column = ORDERING.get(desc ? field.substring(1) : field);
                if (column != null) parts.add(column + (desc ? " desc" : " asc"));
            }
            if (!parts.isEmpty()) order = String.join(", ", parts) + ", u.id desc";
        }
        return this;
    }

    long count(Connection c) throws SQLException {
        try (PreparedStatement s = prepare(c, "select count(*) from user_request u" + where)) {
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    List<Long> ids(Connection c, Pages page) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = prepare(
                c,
                "select u.id from user_request u" + where + " order by " + order + " limit " + page.limit() + " offset "
                        + page.offset())) {
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    private PreparedStatement prepare(Connection c, String sql) throws SQLException {
        return PortalContext.prepare(c, sql, params);
    }

    private void text(String sql, String value) {
        where.append(sql);
        params.add(value);
    }

    private void number(DrfErrors errors, String name, String value, String sql) {
        try {
            params.add(Long.parseLong(value.trim()));
            where.append(sql);
        } catch (NumberFormatException e) {
            errors.add(name, "Enter a number.");
        }
    }

    private void time(DrfErrors errors, Context ctx, String name, String sql) {
        String v = ctx.queryParam(name);
        if (v == null) return;
        Instant t = DjangoTime.parse(v).orElse(null);
        if (t == null) {
            errors.add(name, "Enter a valid date/time.");
        } else {
            where.append(sql);
            params.add(Timestamp.from(t));
        }
    }

    private static String like(String v) {
        return "%" + v.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
