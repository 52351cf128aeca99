// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.meridian.web.JsonBody;

/** Request bodies parsed as DRF's JSONParser does, and small JSON builders. */
final class JsonBodies {

    private JsonBodies() {}

    static JsonNode parse(Context ctx) {
        // Stored requests are text and JSON in PostgreSQL, which can hold no NUL character.
        try {
            return JsonBody.parse(ctx.body());
        } catch (JsonBody.RefusedException e) {
            throw PortalError.detail(400, e.getMessage());
        }
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static ArrayNode array(String... values) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        for (String v : values) a.add(v);
        return a;
    }

    static String write(JsonNode node) {
        return node.toString();
    }
}
