// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.meridian.core.auth.Caller;
import org.meridian.core.observing.Cadence;
import org.meridian.core.observing.Request;
import org.meridian.core.observing.requests.ObservationRequest;
import org.meridian.web.DjangoTime;

/**
 * {@code userrequests/cadence/} and {@code requestgroups/cadence/}: one request per visible cadence
 * window, then the whole is re-validated in its API's shape (docs/lco-observing.md).
 */
record CadenceHandler(PortalContext portal, GroupHandlers groups) {

    void expand(Context ctx) throws SQLException {
        ctx.json(expand(portal.auth().user(ctx), JsonBodies.parse(ctx)));
    }

    /** The expanded UserRequest (not saved), or a PortalError with the errors. */
    ObjectNode expand(Caller caller, JsonNode payload) throws SQLException {
        if (!payload.isObject() || !payload.path("requests").isArray()) {
            throw new PortalError(
                    400, new DrfErrors().add("requests", DrfErrors.REQUIRED).toJson());
        }
        Instant now = portal.clock().instant();
        ObjectNode out = ((ObjectNode) payload).deepCopy();
        ArrayNode expanded = JsonNodeFactory.instance.arrayNode();
        for (JsonNode r : payload.path("requests")) {
            if (!r.has("cadence")) {
                expanded.add(r);
                continue;
            }
            expanded.addAll(expandOne((ObjectNode) r, payload, now));
        }
        if (expanded.isEmpty()) {
            throw new PortalError(
                    400, JsonBodies.object().put("errors", "No visible requests within cadence window parameters"));
        }
        out.set("requests", expanded);
        if (expanded.size() > 1) {
            out.put("operator", "MANY");
        }
        ObjectNode checked = groups.validate(caller, out);
        if (!checked.path("errors").isEmpty()) {
            throw new PortalError(400, checked.path("errors"));
        }
        return out;
    }

    private ArrayNode expandOne(ObjectNode r, JsonNode payload, Instant now) throws SQLException {
        DrfErrors errors = new DrfErrors();
        DrfErrors ce = errors.child("cadence");
        ObjectNode spec = JsonBodies.object();
        Fields f = Fields.isObject(r.get("cadence"), errors, "cadence") ? new Fields(r.get("cadence"), spec, ce) : null;
        if (r.has("windows")) {
            errors.add("windows", "A cadence request may not define windows.");
        }
        if (f == null) {
            throw new PortalError(400, wrapRequest(errors));
        }
        Instant start = f.time("start", true, null);
        Instant end = f.time("end", true, null);
        Double period = f.number("period", true, null, 0.02, null);
        Double jitter = f.number("jitter", true, null, 0.02, null);
        if (start != null && end != null && !end.isAfter(start)) {
            ce.add("end", "The cadence end must be after its start.");
        } else if (end != null && !end.isAfter(now)) {
            ce.add("end", "The cadence end must be in the future.");
        }
        if (!errors.isEmpty()) {
            throw new PortalError(400, wrapRequest(errors));
        }
        ObjectNode single = r.deepCopy();
        single.remove("cadence");
        single.putArray("windows")
                .addObject()
                .put("start", DjangoTime.format(start))
                .put("end", DjangoTime.format(end));
        ObjectNode one = ((ObjectNode) payload).deepCopy();
        one.putArray("requests").add(single);
        one.put("operator", "SINGLE");
        Submission<ObservationRequest> s =
                groups.api().reader().read(portal.submissionRules(), one, portal.read(ProposalStore::semesters), now);
        if (!s.valid()) {
            throw new PortalError(400, s.errors().toJson());
        }
        Optional<Request> base;
        try {
            base = s.requests().get(0).schedulingView(0);
        } catch (IllegalArgumentException e) {
            base = Optional.empty();
        }
        if (base.isEmpty()) {
            return JsonNodeFactory.instance.arrayNode(); // a target rise_set cannot follow is never visible
        }
        List<Request> copies = portal.cadence().expand(base.get(), new Cadence.Spec(start, end, period, jitter), now);
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (Request copy : copies) {
            ObjectNode c = single.deepCopy();
            c.putArray("windows")
                    .addObject()
                    .put("start", DjangoTime.format(copy.windows().get(0).start()))
                    .put("end", DjangoTime.format(copy.windows().get(0).end()));
            out.add(c);
        }
        return out;
    }

    private static ObjectNode wrapRequest(DrfErrors requestErrors) {
        ObjectNode out = JsonBodies.object();
        out.putArray("requests").add(requestErrors.toJson());
        return out;
    }
}
