// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meridian.core.archive.Access;
import org.meridian.core.auth.Caller;
import org.meridian.core.observing.Airmass;
import org.meridian.core.observing.Request;
import org.meridian.core.observing.requests.ObservationRequest;
import org.meridian.core.observing.requests.RequestRepository;
import org.meridian.core.observing.requests.StoredGroupRequest;
import org.meridian.store.SqlFragment;
import org.meridian.web.DjangoTime;

/** {@code /api/requests/...}: read-only Requests, their airmass, blocks and telescope states (docs/lco-observing.md). */
record RequestHandlers(PortalContext portal) {
    private static final Map<String, String> ORDERING =
            Map.of("id", "r.id", "state", "r.state", "fail_count", "r.fail_count");

    void list(Context ctx) throws SQLException {
        Caller caller = portal.auth().caller(ctx);
        Pages page = Pages.of(ctx);
        SqlFragment where = Access.requestsVisible(caller, "u.proposal_id");
        if (ctx.queryParam("state") != null) {
            where = where.and(SqlFragment.of("r.state = ?", ctx.queryParam("state")));
        }
        if (ctx.queryParam("fail_count") != null) {
            try {
                where = where.and(SqlFragment.of("r.fail_count = ?", Integer.parseInt(ctx.queryParam("fail_count"))));
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
        SqlFragment filter = where;
        String finalOrder = order;
        ctx.json(portal.read(c -> {
            List<Long> ids = RequestRepository.requestIds(c, filter, finalOrder, page.limit(), page.offset());
            List<ObjectNode> results = RequestRepository.requests(c, ids).stream()
                    .map(r -> UserRequestShape.json(r.request()))
                    .toList();
            return page.render(ctx, RequestRepository.countRequests(c, filter), results);
        }));
    }

    void get(Context ctx) throws SQLException {
        ctx.json(UserRequestShape.json(visible(portal.auth().caller(ctx), GroupHandlers.id(ctx))));
    }

    ObservationRequest visible(Caller caller, long id) throws SQLException {
        return portal.read(c -> {
            Optional<StoredGroupRequest> r = RequestRepository.request(c, id);
            if (r.isEmpty() || !PortalContext.mayView(c, caller, r.get().proposal())) {
                throw PortalError.notFound();
            }
            return r.get().request();
        });
    }

    /** {"airmass_data":{site:{times,airmasses}},"airmass_limit":x}; nothing for targets rise_set cannot follow. */
    void airmass(Context ctx) throws SQLException {
        ctx.json(airmassOf(visible(portal.auth().caller(ctx), GroupHandlers.id(ctx))));
    }

    /** The first configuration's target under its constraints (valhalla's requests have one). */
    ObjectNode airmassOf(ObservationRequest request) {
        ObjectNode out = JsonBodies.object();
        ObjectNode data = out.putObject("airmass_data");
        Airmass.AirmassData computed;
        try {
            Optional<Request> view = request.schedulingView(0);
            if (view.isEmpty()) return out;
            computed = portal.airmass().forRequest(view.get());
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
        var semesters = portal.read(ProposalStore::semesters);
        Instant now = portal.clock().instant();
        // a request in either API's shape: the current portal's configurations or valhalla's molecules
        ObservationRequest request;
        if (body.has("configurations")) {
            request = new ConfigurationRequestReader(portal.network(), semesters, now).read(body, errors);
        } else {
            ObjectNode cleaned = new RequestReader(portal.network(), semesters, now).read(body, errors);
            request = errors.isEmpty() ? UserRequestShape.request(cleaned) : null;
        }
        if (!errors.isEmpty()) {
            throw new PortalError(400, errors.toJson());
        }
        ctx.json(airmassOf(request));
    }

    /** The telescope blocks the scheduler placed for a request. */
    void blocks(Context ctx) throws SQLException {
        long id = GroupHandlers.id(ctx);
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
}
