// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.meridian.core.archive.Access;
import org.meridian.core.auth.Caller;
import org.meridian.core.observing.Airmass;
import org.meridian.store.SqlFragment;
import org.meridian.web.DjangoTime;

/** {@code /api/requests/...}: read-only Requests, their airmass, blocks and telescope states (docs/lco-observing.md). */
record RequestHandlers(PortalContext portal) {
    private static final Map<String, String> ORDERING =
            Map.of("id", "r.id", "state", "r.state", "fail_count", "r.fail_count");

    void list(Context ctx) throws SQLException {
        Caller caller = portal.auth().caller(ctx);
        Pages page = Pages.of(ctx);
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        SqlFragment visible = Access.requestsVisible(caller, "u.proposal_id");
        where.append(" and (").append(visible.sql()).append(")");
        params.addAll(visible.params());
        if (ctx.queryParam("state") != null) {
            where.append(" and r.state = ?");
            params.add(ctx.queryParam("state"));
        }
        if (ctx.queryParam("fail_count") != null) {
            try {
                params.add(Integer.parseInt(ctx.queryParam("fail_count")));
                where.append(" and r.fail_count = ?");
            } catch (NumberFormatException e) {
                throw new PortalError(
                        400,
                        new DrfErrors().add("fail_count", "Enter a number.").toJson());
            }
        }
        String order = "r.id desc";
        String ordering = ctx.queryParam("ordering");
        if (ordering != null) {
            boolean desc = ordering.startsWith("-");
            String column = ORDERING.get(desc ? ordering.substring(1) : ordering);
            if (column != null) order = column + (desc ? " desc" : " asc") + ", r.id desc";
        }
        String from = " from request r join user_request u on u.id = r.user_request_id" + where;
        String finalOrder = order;
        ctx.json(portal.read(c -> {
            long count;
            try (PreparedStatement s = PortalContext.prepare(c, "select count(*)" + from, params);
                    ResultSet r = s.executeQuery()) {
                r.next();
                count = r.getLong(1);
            }
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement s = PortalContext.prepare(
                            c,
                            "select r.id" + from + " order by " + finalOrder + " limit " + page.limit() + " offset "
                                    + page.offset(),
                            params);
                    ResultSet r = s.executeQuery()) {
                while (r.next()) ids.add(r.getLong(1));
            }
            Map<Long, ObjectNode> found = RequestLoader.byId(c, ids.toArray(Long[]::new));
            List<ObjectNode> results = new ArrayList<>();
            for (long id : ids) {
                ObjectNode o = found.get(id);
                o.remove("user_request_id");
                results.add(o);
            }
            return page.render(ctx, count, results);
        }));
    }

    void get(Context ctx) throws SQLException {
        ObjectNode r = visible(portal.auth().caller(ctx), UserRequestHandlers.id(ctx));
        r.remove("user_request_id");
        ctx.json(r);
    }

    ObjectNode visible(Caller caller, long id) throws SQLException {
        return portal.read(c -> {
            ObjectNode r = RequestLoader.byId(c, new Long[] {id}).get(id);
            if (r == null || !PortalContext.mayView(c, caller, proposalOf(c, id))) {
                throw PortalError.notFound();
            }
            return r;
        });
    }

    /** {"airmass_data":{site:{times,airmasses}},"airmass_limit":x}; nothing for targets rise_set cannot follow. */
    void airmass(Context ctx) throws SQLException {
        ObjectNode r = visible(portal.auth().caller(ctx), UserRequestHandlers.id(ctx));
        ctx.json(airmassOf(r));
    }

    ObjectNode airmassOf(ObjectNode request) {
        ObjectNode out = JsonBodies.object();
        ObjectNode data = out.putObject("airmass_data");
        Airmass.AirmassData computed;
        try {
            computed = portal.airmass().forRequest(CoreMapping.request(request));
        } catch (IllegalArgumentException e) {
            return out;
        }
        computed.airmassData().forEach((site, samples) -> {
            ObjectNode s = data.putObject(site);
            ArrayNode times = s.putArray("times");
            samples.times().forEach(times::add);
            ArrayNode values = s.putArray("airmasses");
            samples.airmasses().forEach(values::add);
        });
        if (computed.airmassLimit() != null) {
            out.put("airmass_limit", computed.airmassLimit());
        }
        return out;
    }

    /** {@code POST /api/airmass/}: the airmass of a Request body that is not stored. */
    void airmassOfBody(Context ctx) throws SQLException {
        portal.auth().user(ctx);
        var body = JsonBodies.parse(ctx);
        DrfErrors errors = new DrfErrors();
        if (!Fields.isObject(body, errors, DrfErrors.NON_FIELD)) {
            throw new PortalError(400, errors.toJson());
        }
        ObjectNode cleaned = new RequestReader(
                        portal.network(),
                        portal.read(ProposalStore::semesters),
                        portal.clock().instant())
                .read(body, errors);
        if (!errors.isEmpty()) {
            throw new PortalError(400, errors.toJson());
        }
        ctx.json(airmassOf(cleaned));
    }

    /** The telescope blocks the scheduler placed for a request. */
    void blocks(Context ctx) throws SQLException {
        long id = UserRequestHandlers.id(ctx);
        visible(portal.auth().caller(ctx), id);
        ctx.json(portal.read(c -> {
            ArrayNode out = JsonBodies.object().arrayNode();
            try (PreparedStatement s = c.prepareStatement("select id, telescope, start, \"end\", state,"
                    + " completed_exposures, reason from scheduled_block where request_id = ? order by start")) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ObjectNode b = out.addObject();
                        b.put("id", r.getLong(1));
                        String[] tel = r.getString(2).split("\\.");
                        b.put("site", tel[0]);
                        b.put("observatory", tel.length > 1 ? tel[1] : "");
                        b.put("telescope", tel.length > 2 ? tel[2] : "");
                        b.put("start", DjangoTime.format(r.getTimestamp(3).toInstant()));
                        b.put("end", DjangoTime.format(r.getTimestamp(4).toInstant()));
                        b.put("state", r.getString(5));
                        b.put("completed_exposures", r.getInt(6));
                        b.put("reason", r.getString(7));
                    }
                }
            }
            return out;
        }));
    }

    static String proposalOf(Connection c, long requestId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "select u.proposal_id from request r join user_request u on u.id = r.user_request_id where r.id = ?")) {
            s.setLong(1, requestId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }
}
