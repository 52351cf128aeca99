// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.sql.SQLException;
import org.meridian.core.auth.Caller;

/** {@code /api/requestgroups/...}: the current observation portal's API that TOM Toolkit's LCO facility calls over the same stored UserRequests. */
record RequestGroupHandlers(PortalContext portal, UserRequestHandlers userRequests, CadenceHandler cadence) {

    void create(Context ctx) throws SQLException {
        Caller caller = portal.auth().user(ctx);
        JsonNode payload = RequestGroupShape.toUserRequest(JsonBodies.parse(ctx));
        ctx.status(201).json(RequestGroupShape.fromUserRequest(userRequests.create(caller, payload)));
    }

    void validate(Context ctx) throws SQLException {
        Caller caller = portal.auth().user(ctx);
        ctx.json(userRequests.validate(caller, RequestGroupShape.toUserRequest(JsonBodies.parse(ctx))));
    }

    /** The observation portal's max_allowable_ipp, for a request group as the portal shapes it. */
    void maxAllowableIpp(Context ctx) throws SQLException {
        Caller caller = portal.auth().user(ctx);
        ctx.json(userRequests.maxAllowableIpp(caller, RequestGroupShape.toUserRequest(JsonBodies.parse(ctx))));
    }

    void list(Context ctx) throws SQLException {
        ObjectNode page = userRequests.list(ctx, portal.auth().caller(ctx));
        ArrayNode converted = page.arrayNode();
        page.path("results").forEach(ur -> converted.add(RequestGroupShape.fromUserRequest((ObjectNode) ur)));
        page.set("results", converted);
        ctx.json(page);
    }

    void get(Context ctx) throws SQLException {
        Caller caller = portal.auth().caller(ctx);
        ctx.json(RequestGroupShape.fromUserRequest(userRequests.visible(caller, UserRequestHandlers.id(ctx))));
    }

    void cancel(Context ctx) throws SQLException {
        Caller caller = portal.auth().user(ctx);
        ctx.json(RequestGroupShape.fromUserRequest(userRequests.cancel(caller, UserRequestHandlers.id(ctx))));
    }

    void cadence(Context ctx) throws SQLException {
        Caller caller = portal.auth().user(ctx);
        ObjectNode expanded = cadence.expand(caller, RequestGroupShape.toUserRequest(JsonBodies.parse(ctx)));
        ctx.json(RequestGroupShape.fromUserRequest(expanded));
    }
}
