// SPDX-License-Identifier: Apache-2.0
package org.meridian.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * A JSON request body read as Django REST framework's JSONParser reads it: an empty body is an
 * empty object, malformed JSON is refused with DRF's "JSON parse error - ..." wording, and a NUL
 * character anywhere (which no PostgreSQL text can hold) is refused too. Each dialect answers the
 * refusal as a 400 in its own error form.
 */
public final class JsonBody {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The body is no JSON a handler may use; the message is the one to send back. */
    public static final class RefusedException extends Exception {
        RefusedException(String message) {
            super(message);
        }
    }

    private JsonBody() {}

    public static JsonNode parse(String body) throws RefusedException {
        if (body == null || body.isBlank()) {
            return JsonNodeFactory.instance.objectNode();
        }
        JsonNode parsed;
        try {
            parsed = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new RefusedException("JSON parse error - " + e.getOriginalMessage());
        }
        var nul = NulCharacters.in(parsed);
        if (nul.isPresent()) {
            throw new RefusedException(NulCharacters.message(nul.get()));
        }
        return parsed;
    }
}
