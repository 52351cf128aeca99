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
import org.meridian.core.observing.RequestDuration;
import org.meridian.core.observing.RequestState;
import org.meridian.core.observing.scheduling.RequestStates;

/** {@code /api/userrequests/...}: submit, list, get, cancel, validate, max_allowable_ipp (docs/lco-observing.md). */
record UserRequestHandlers(PortalContext portal) {

    void create(Context ctx) throws SQLException {
        Caller caller = portal.auth().user(ctx);
        JsonNode payload = JsonBodies.parse(ctx);
        ctx.status(201).json(create(caller, payload));
    }

    /** Checks and stores a submission, debiting IPP; returns the stored UserRequest. */
    ObjectNode create(Caller caller, JsonNode payload) throws SQLException {
        Instant now = portal.clock().instant();
        return portal.transaction(c -> {
            SubmissionRules.Checked checked = portal.submissionRules().check(c, payload, caller, now);
            if (!checked.valid()) {
                throw new PortalError(400, checked.errors().toJson());
            }
            long id = UserRequestStore.insert(c, checked.cleaned(), caller, checked.seconds());
            debitIpp(c, checked);
            return UserRequestStore.load(c, List.of(id)).get(0);
        });
    }

    private void debitIpp(Connection c, SubmissionRules.Checked checked) throws SQLException {
        var core = checked.core();
        Map<DurationTotals.Key, Double> totals =
                DurationTotals.hours(core, ProposalStore.semesters(c), new RequestDuration(portal.network()));
        for (Map.Entry<DurationTotals.Key, Double> e : totals.entrySet()) {
            DurationTotals.Key k = e.getKey();
            Optional<ProposalStore.Allocation> a =
                    ProposalStore.allocation(c, core.proposal(), k.semester(), k.telescopeClass(), k.instrument());
            if (a.isPresent()) {
                Ipp.Allocation after = Ipp.debitOnCreation(
                        new Ipp.Allocation(a.get().ippLimit(), a.get().ippTimeAvailable()),
                        core.ippValue(),
                        e.getValue());
                ProposalStore.setIppAvailable(c, a.get().id(), after.ippTimeAvailable());
            }
        }
    }

    void list(Context ctx) throws SQLException {
        Caller caller = portal.auth().caller(ctx);
        ctx.json(list(ctx, caller));
    }

    ObjectNode list(Context ctx, Caller caller) throws SQLException {
        Pages page = Pages.of(ctx);
        UserRequestQuery query = new UserRequestQuery(caller).filter(ctx);
        return portal.read(c -> page.render(ctx, query.count(c), UserRequestStore.load(c, query.ids(c, page))));
    }

    void get(Context ctx) throws SQLException {
        Caller caller = portal.auth().caller(ctx);
        ctx.json(visible(caller, id(ctx)));
    }

    ObjectNode visible(Caller caller, long id) throws SQLException {
        return portal.read(c -> {
            List<ObjectNode> found = UserRequestStore.load(c, List.of(id));
            if (found.isEmpty()
                    || !PortalContext.mayView(
                            c, caller, found.get(0).path("proposal").asText())) {
                throw PortalError.notFound();
            }
            return found.get(0);
        });
    }

    void cancel(Context ctx) throws SQLException {
        Caller caller = portal.auth().user(ctx);
        ctx.json(cancel(caller, id(ctx)));
    }

    ObjectNode cancel(Caller caller, long id) throws SQLException {
        ObjectNode ur = visible(caller, id);
        if (!Access.mayActFor(caller, ur.path("proposal").asText())) {
            throw PortalError.detail(403, "You do not have permission to perform this action.");
        }
        Instant now = portal.clock().instant();
        return portal.transaction(c -> {
            try {
                RequestStates.cancel(c, id, now);
            } catch (RequestState.InvalidStateChange e) {
                throw new PortalError(400, JsonBodies.object().set("errors", JsonBodies.array(e.getMessage())));
            }
            return UserRequestStore.load(c, List.of(id)).get(0);
        });
    }

    void validate(Context ctx) throws SQLException {
        Caller caller = portal.auth().user(ctx);
        JsonNode payload = JsonBodies.parse(ctx);
        ctx.json(validate(caller, payload));
    }

    /** Always 200: {"request_durations":{...}|{}, "errors":{...}|{}}. */
    ObjectNode validate(Caller caller, JsonNode payload) throws SQLException {
        Instant now = portal.clock().instant();
        SubmissionRules.Checked checked =
                portal.read(c -> portal.submissionRules().check(c, payload, caller, now));
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
            SubmissionRules.Checked checked = portal.submissionRules().check(c, payload, caller, now);
            if (!checked.valid()) {
                return JsonBodies.object().set("errors", checked.errors().toJson());
            }
            return IppReport.of(c, checked.core(), portal.network());
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
