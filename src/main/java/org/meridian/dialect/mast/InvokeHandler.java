// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.mast;

import io.javalin.http.Context;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.meridian.core.auth.Caller;
import org.meridian.store.Database;

/**
 * {@code /api/v0/invoke}: the Mashup service call, {@code request=<json>} in a form body (POST) or the
 * query string (GET, as astroquery's name resolver sends it), dispatched by service name.
 */
public final class InvokeHandler {

    private final Database db;
    private final MastCallers callers;
    private final NameLookup names;
    private final MissionHistogram missions;

    public InvokeHandler(Database db, MastCallers callers) {
        this.db = db;
        this.callers = callers;
        this.names = new NameLookup(db);
        this.missions = new MissionHistogram(db);
    }

    public void handle(Context ctx) throws SQLException, IOException {
        MashupRequest request = MashupRequest.parse(requestText(ctx));
        Caller caller = callers.of(ctx);
        var params = request.params();
        switch (request.service()) {
            case "Mast.Caom.Cone" -> answer(ctx, ObservationSearch.cone(caller, params), request);
            case "Mast.Caom.Filtered" -> answer(ctx, ObservationSearch.filtered(caller, params), request);
            case "Mast.Caom.Filtered.Position" ->
                answer(ctx, ObservationSearch.filteredPosition(caller, params), request);
            case "Mast.Caom.Products" ->
                answer(ctx, new ObservationSearch.Rows(ProductSearch.query(caller, params.get("obsid"))), request);
            case "Mast.Caom.All" -> ctx.json(missions.answer(caller));
            case "Mast.Name.Lookup" ->
                ctx.json(names.resolve(caller, params.path("input").asText(null)));
            default -> throw MastException.badRequest("unknown service: " + request.service());
        }
    }

    private void answer(Context ctx, ObservationSearch.Plan plan, MashupRequest request)
            throws SQLException, IOException {
        ctx.contentType("application/json");
        switch (plan) {
            case ObservationSearch.Count count ->
                MashupWriter.writeCount(ctx.outputStream(), count.query().count(db));
            case ObservationSearch.Rows rows -> rows.query().writePage(db, request, ctx.outputStream());
        }
    }

    /** The {@code request} parameter, also from a body posted without a form content type. */
    private static String requestText(Context ctx) {
        String fromQuery = ctx.queryParam("request");
        if (fromQuery != null) {
            return fromQuery;
        }
        String contentType = ctx.contentType();
        if (contentType != null && contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
            return ctx.formParam("request");
        }
        String body = ctx.body();
        if (body.startsWith("request=")) {
            try {
                return URLDecoder.decode(body.substring("request=".length()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw MastException.badRequest("request is not URL-encoded correctly");
            }
        }
        return body.isBlank() ? null : body;
    }
}
