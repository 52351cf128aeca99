// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import io.javalin.http.Context;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.meridian.core.archive.Access;
import org.meridian.core.auth.Caller;
import org.meridian.core.observing.requests.RequestRepository;
import org.meridian.store.SqlFragment;
import org.meridian.web.DjangoTime;

/**
 * The group list's filters and ordering (valhalla's set, with the current portal's names) over the
 * groups the caller may see (staff all, members their proposals', everyone public proposals'),
 * as a filter over {@link RequestRepository#GROUPS}.
 */
final class GroupQuery {
    private static final Map<String, String> ORDERING = Map.of(
            "id", "u.id",
            "title", "u.group_id",
            "group_id", "u.group_id",
            "name", "u.group_id",
            "modified", "u.modified",
            "created", "u.created",
            "state", "u.state",
            "end", RequestRepository.GROUP_LAST_WINDOW_END);

    private SqlFragment where;
    private String order = "u.id desc";

    GroupQuery(Caller caller) {
        where = Access.requestsVisible(caller, "u.proposal_id");
    }

    SqlFragment where() {
        return where;
    }

    String order() {
        return order;
    }

    /** Applies the query string; an unreadable value is a DRF filter error (400). */
    GroupQuery filter(Context ctx) {
        DrfErrors errors = new DrfErrors();
        String v;
        if ((v = ctx.queryParam("id")) != null) number(errors, "id", v, "u.id = ?");
        if ((v = ctx.queryParam("request_id")) != null) {
            try {
                where = where.and(RequestRepository.groupHasRequest(Long.parseLong(v.trim())));
            } catch (NumberFormatException e) {
                errors.add("request_id", "Enter a number.");
            }
        }
        if ((v = ctx.queryParam("submitter")) != null) and("u.submitter = ?", v);
        if ((v = ctx.queryParam("user")) != null) and("u.submitter ilike ?", like(v));
        if ((v = ctx.queryParam("proposal")) != null) and("u.proposal_id = ?", v);
        for (String name : List.of("title", "group_id", "name")) {
            if ((v = ctx.queryParam(name)) != null) and("u.group_id ilike ?", like(v));
        }
        if ((v = ctx.queryParam("observation_type")) != null) {
            and("u.observation_type = ?", "TARGET_OF_OPPORTUNITY".equals(v) ? "RAPID_RESPONSE" : v);
        }
        if ((v = ctx.queryParam("operator")) != null) and("u.operator = ?", v);
        if ((v = ctx.queryParam("state")) != null) and("u.state = ?", v);
        if ((v = ctx.queryParam("exclude_state")) != null) and("u.state <> ?", v);
        if ((v = ctx.queryParam("ipp_value")) != null) {
            try {
                and("u.ipp_value = ?", Double.parseDouble(v));
            } catch (NumberFormatException e) {
                errors.add("ipp_value", "Enter a number.");
            }
        }
        time(errors, ctx, "created_after", "u.created >= ?");
        time(errors, ctx, "created_before", "u.created <= ?");
        time(errors, ctx, "modified_after", "u.modified >= ?");
        time(errors, ctx, "modified_before", "u.modified <= ?");
        if ((v = ctx.queryParam("telescope_class")) != null) {
            where = where.and(RequestRepository.groupTelescopeClass(v));
        }
        if ((v = ctx.queryParam("target")) != null) {
            where = where.and(RequestRepository.groupTargetLike(like(v)));
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

    private void and(String sql, Object value) {
        where = where.and(SqlFragment.of(sql, value));
    }

    private void number(DrfErrors errors, String name, String value, String sql) {
        try {
            and(sql, Long.parseLong(value.trim()));
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
            and(sql, Timestamp.from(t));
        }
    }

    private static String like(String v) {
        return "%" + v.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
