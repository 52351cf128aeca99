// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing.requests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** The request tables' jsonb columns (and JSON trees) to and from {@link Params} maps. */
final class JsonColumns {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

    private JsonColumns() {}

    static String write(Map<String, Object> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a value is not JSON", e);
        }
    }

    /** The map as a JSON tree (the core's target parser reads trees). */
    static JsonNode tree(Map<String, Object> values) {
        return JSON.valueToTree(values);
    }

    static Map<String, Object> read(String text) {
        try {
            return Params.copy(text == null ? Map.of() : JSON.readValue(text, MAP));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable", e);
        }
    }
}
