// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.mast;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.meridian.web.NulCharacters;

/**
 * One Mashup service call as astroquery.mast posts it: {@code request=<json>} with {@code service},
 * {@code params}, {@code format}, {@code pagesize} and {@code page} (the client pages by rewriting the
 * literal {@code "page": N,} of the same body, so those keys are read from the JSON as sent).
 */
public record MashupRequest(String service, ObjectNode params, String format, int pageSize, int page) {

    /** astroquery's default page size (conf.pagesize). */
    public static final int DEFAULT_PAGE_SIZE = 50_000;

    /** Larger pages are refused so that one request cannot ask for an unbounded result at once. */
    public static final int MAX_PAGE_SIZE = 500_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    public static MashupRequest parse(String json) {
        if (json == null || json.isBlank()) {
            throw MastException.badRequest("missing 'request' parameter");
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw MastException.badRequest("request is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw MastException.badRequest("request must be a JSON object");
        }
        // Filter values, freeText and names become SQL parameters, which can hold no NUL character.
        NulCharacters.in(root).ifPresent(where -> {
            throw MastException.badRequest(NulCharacters.message(where));
        });
        JsonNode service = root.get("service");
        if (service == null || !service.isTextual() || service.asText().isBlank()) {
            throw MastException.badRequest("request has no 'service'");
        }
        JsonNode params = root.get("params");
        ObjectNode paramObject;
        if (params == null || params.isNull()) {
            paramObject = JsonNodeFactory.instance.objectNode();
        } else if (params instanceof ObjectNode o) {
            paramObject = o;
        } else {
            throw MastException.badRequest("'params' must be a JSON object");
        }
        String format = root.path("format").asText("json");
        int pageSize = positive(root.get("pagesize"), "pagesize", DEFAULT_PAGE_SIZE);
        if (pageSize > MAX_PAGE_SIZE) {
            throw MastException.badRequest("pagesize may be at most " + MAX_PAGE_SIZE);
        }
        int page = positive(root.get("page"), "page", 1);
        return new MashupRequest(service.asText(), paramObject, format, pageSize, page);
    }

    private static int positive(JsonNode node, String name, int fallback) {
        if (node == null || node.isNull()) {
            return fallback;
        }
        long value;
        if (node.isIntegralNumber()) {
            value = node.asLong();
        } else if (node.isTextual() && node.asText().matches("\\d{1,9}")) {
            value = Long.parseLong(node.asText());
        } else {
            throw MastException.badRequest("'" + name + "' must be a positive integer");
        }
        if (value < 1 || value > Integer.MAX_VALUE) {
            throw MastException.badRequest("'" + name + "' must be a positive integer");
        }
        return (int) value;
    }

    /** Zero-based index of this page's first row. */
    public long offset() {
        return (long) (page - 1) * pageSize;
    }
}
