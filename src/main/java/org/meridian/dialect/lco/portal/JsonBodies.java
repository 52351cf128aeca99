// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.meridian.web.NulCharacters;

/** Request bodies parsed as DRF's JSONParser does, and small JSON builders. */
final class JsonBodies {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonBodies() {}

    static JsonNode parse(Context ctx) {
        String body = ctx.body();
        if (body.isBlank()) {
            return object();
        }
        JsonNode parsed;
        try {
            parsed = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw PortalError.detail(400, "JSON parse error - " + e.getOriginalMessage());
        }
        // Stored requests are text and JSON in PostgreSQL, which can hold no NUL character.
        NulCharacters.in(parsed).ifPresent(where -> {
            throw PortalError.detail(400, NulCharacters.message(where));
        });
        return parsed;
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
