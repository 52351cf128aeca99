// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meridian.core.archive.Access;
import org.meridian.core.auth.Caller;
import org.meridian.core.observing.DurationTotals;
import org.meridian.core.observing.Ipp;
import org.meridian.core.observing.RequestState;
import org.meridian.core.observing.requests.RequestGroup;
import org.meridian.core.observing.requests.RequestRepository;
import org.meridian.core.observing.requests.RequestStates;

/**
 * {@code /api/userrequests/...} and {@code /api/requestgroups/...}: submit, list, get, cancel,
 * validate, max_allowable_ipp (docs/lco-observing.md), each in its API's shape ({@link GroupApi})
 * over the same stored groups.
 */
record GroupHandlers(PortalContext portal, GroupApi api) {

    void create(Context ctx) throws SQLException {
        Caller caller = portal.auth().user(ctx);
        ctx.status(201).json(api.writer().apply(create(caller, JsonBodies.parse(ctx))));
    }

    /** Checks and stores a submission, debiting IPP; returns the stored group. */
    RequestGroup create(Caller caller, JsonNode payload) throws SQLException {
        Instant now = portal.clock().instant();
        return portal.transaction(c -> {
            SubmissionRules.Checked checked = check(c, payload, caller, now);
            if (!checked.valid()) {
                throw new PortalError(400, checked.errors().toJson());
            }
            long id = RequestRepository.insert(c, checked.group());
            debitIpp(c, checked);
            return RequestRepository.group(c, id).orElseThrow();
        });
    }

    private SubmissionRules.Checked check(Connection c, JsonNode payload, Caller caller, Instant now)
            throws SQLException {
        return api.checker().check(portal.submissionRules(), c, payload, caller, now);
    }

    /** IPP above 1 is paid on submission from the totals the check computed; time-critical groups pay none. */
    private static void debitIpp(Connection c, SubmissionRules.Checked checked) throws SQLException {
        RequestGroup g = checked.group();
        if (g.observationType() == RequestGroup.ObservationType.TIME_CRITICAL) {
            return;
        }
        for (Map.Entry<DurationTotals.Key, Double> e : checked.totals().entrySet()) {
            DurationTotals.Key k = e.getKey();
            Optional<ProposalStore.Allocation> a =
                    ProposalStore.allocation(c, g.proposal(), k.semester(), k.telescopeClass(), k.instrument());
            if (a.isPresent()) {
                Ipp.Allocation after = Ipp.debitOnCreation(
                        new Ipp.Allocation(a.get().ippLimit(), a.get().ippTimeAvailable()), g.ippValue(), e.getValue());
                ProposalStore.setIppAvailable(c, a.get().id(), after.ippTimeAvailable());
            }
        }
    }

    void list(Context ctx) throws SQLException {
        Caller caller = portal.auth().caller(ctx);
        Pages page = Pages.of(ctx);
        GroupQuery query = new GroupQuery(caller).filter(ctx);
        ctx.json(portal.read(c -> {
            List<Long> ids = RequestRepository.groupIds(c, query.where(), query.order(), page.limit(), page.offset());
            List<ObjectNode> results =
                    RequestRepository.groups(c, ids).stream().map(api.writer()).toList();
            return page.render(ctx, RequestRepository.countGroups(c, query.where()), results);
        }));
    }

    void get(Context ctx) throws SQLException {
        Caller caller = portal.auth().caller(ctx);
        ctx.json(api.writer().apply(visible(caller, id(ctx))));
    }

    RequestGroup visible(Caller caller, long id) throws SQLException {
        return portal.read(c -> {
            Optional<RequestGroup> found = RequestRepository.group(c, id);
            if (found.isEmpty() || !PortalContext.mayView(c, caller, found.get().proposal())) {
                throw PortalError.notFound();
            }
            return found.get();
        });
    }

    void cancel(Context ctx) throws SQLException {
        Caller caller = portal.auth().user(ctx);
        long id = id(ctx);
        RequestGroup g = visible(caller, id);
        if (!Access.mayActFor(caller, g.proposal())) {
            throw PortalError.detail(403, "You do not have permission to perform this action.");
        }
        Instant now = portal.clock().instant();
        ctx.json(api.writer().apply(portal.transaction(c -> {
            try {
                RequestStates.cancel(c, id, now);
            } catch (RequestState.InvalidStateChange e) {
                throw new PortalError(400, JsonBodies.object().set("errors", JsonBodies.array(e.getMessage())));
            }
            return RequestRepository.group(c, id).orElseThrow();
        })));
    }

    void validate(Context ctx) throws SQLException {
        Caller caller = portal.auth().user(ctx);
        ctx.json(validate(caller, JsonBodies.parse(ctx)));
    }

    /** Always 200: {"request_durations":{...}|{}, "errors":{...}|{}}. */
    ObjectNode validate(Caller caller, JsonNode payload) throws SQLException {
        Instant now = portal.clock().instant();
        SubmissionRules.Checked checked = portal.read(c -> check(c, payload, caller, now));
        return DrfErrors.wrap(checked.valid() ? checked.durations() : JsonBodies.object(), checked.errors());
    }

    void maxAllowableIpp(Context ctx) throws SQLException {
        ctx.json(maxAllowableIpp(portal.auth().user(ctx), JsonBodies.parse(ctx)));
    }

    /** The IPP range each semester, class and instrument allows for the request (valhalla's max_allowable_ipp). */
    JsonNode maxAllowableIpp(Caller caller, JsonNode body) throws SQLException {
        if (!body.isObject()) {
            throw PortalError.detail(400, "Invalid data. Expected a dictionary.");
        }
        ObjectNode payload = ((ObjectNode) body).put("ipp_value", 1.0);
        Instant now = portal.clock().instant();
        return portal.read(c -> {
            SubmissionRules.Checked checked = check(c, payload, caller, now);
            if (!checked.valid()) {
                return JsonBodies.object().set("errors", checked.errors().toJson());
            }
            return IppReport.of(c, checked.group());
        });
    }

    static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw PortalError.notFound();
        }
    }
}
