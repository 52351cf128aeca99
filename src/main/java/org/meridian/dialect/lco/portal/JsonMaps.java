// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.meridian.web.DjangoTime;

/** JSON objects ⇄ the model's free-form maps, and the small conversions both API shapes share. */
final class JsonMaps {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

    private JsonMaps() {}

    /** The object's fields except {@code skip}; an absent or non-object node is empty. */
    static Map<String, Object> map(JsonNode node, Set<String> skip) {
        if (node == null || !node.isObject()) return Map.of();
        Map<String, Object> out = JSON.convertValue(node, MAP);
        out.keySet().removeAll(skip);
        return out;
    }

    static Map<String, Object> map(JsonNode node) {
        return map(node, Set.of());
    }

    static ObjectNode node(Map<String, Object> values) {
        return JSON.valueToTree(values);
    }

    /** Puts every entry of {@code values} into {@code out}. */
    static void putAll(ObjectNode out, Map<String, Object> values) {
        out.setAll(node(values));
    }

    static void putNullable(ObjectNode out, String field, Double v) {
        if (v == null) out.putNull(field);
        else out.put(field, v);
    }

    static void putTime(ObjectNode out, String field, Instant t) {
        if (t == null) out.putNull(field);
        else out.put(field, DjangoTime.format(t));
    }

    static Double nullableNumber(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || !v.isNumber() ? null : v.asDouble();
    }

    /** A text field, or null when absent, null or empty. */
    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isEmpty() ? null : v.asText();
    }
}
