// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import org.meridian.web.JsonBody;

/** A request's JSON body, or the archive's 400 {@code {"detail": ...}} when it cannot be used. */
final class JsonBodies {

    private JsonBodies() {}

    static boolean isJson(Context ctx) {
        String type = ctx.contentType();
        return type != null && type.startsWith("application/json");
    }

    static JsonNode parse(Context ctx) {
        try {
            return JsonBody.parse(ctx.body());
        } catch (JsonBody.RefusedException e) {
            throw ApiException.detail(400, e.getMessage());
        }
    }
}
