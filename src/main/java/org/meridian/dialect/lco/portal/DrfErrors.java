// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Django REST framework's nested validation errors: an object mirroring the payload, with a list
 * of messages per field, {@code non_field_errors} for the object itself, and lists of child
 * objects (an empty object for each valid entry) for nested lists.
 */
public final class DrfErrors {
    public static final String NON_FIELD = "non_field_errors";
    public static final String REQUIRED = "This field is required.";

    private final Map<String, List<String>> messages = new LinkedHashMap<>();
    private final Map<String, DrfErrors> children = new LinkedHashMap<>();
    private final Map<String, List<DrfErrors>> lists = new LinkedHashMap<>();

    public DrfErrors add(String field, String message) {
        messages.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
        return this;
    }

    public DrfErrors nonField(String message) {
        return add(NON_FIELD, message);
    }

    public boolean has(String field) {
        return messages.containsKey(field)
                || (children.containsKey(field) && !children.get(field).isEmpty())
                || (lists.containsKey(field) && lists.get(field).stream().anyMatch(e -> !e.isEmpty()));
    }

    /** The errors of a nested object. */
    public DrfErrors child(String field) {
        return children.computeIfAbsent(field, f -> new DrfErrors());
    }

    /** The errors of entry {@code index} of a nested list of {@code size} entries. */
    public DrfErrors item(String field, int index, int size) {
        List<DrfErrors> list = lists.computeIfAbsent(field, f -> new ArrayList<>());
        while (list.size() < size) {
            list.add(new DrfErrors());
        }
        return list.get(index);
    }

    public boolean isEmpty() {
        return messages.isEmpty()
                && children.values().stream().allMatch(DrfErrors::isEmpty)
                && lists.values().stream().allMatch(l -> l.stream().allMatch(DrfErrors::isEmpty));
    }

    /** The whole error tree on one line, for logs and assertion messages. */
    public String summary() {
        return toJson().toString();
    }

    public ObjectNode toJson() {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        messages.forEach((field, list) -> {
            ArrayNode a = out.putArray(field);
            list.forEach(a::add);
        });
        children.forEach((field, child) -> {
            if (!child.isEmpty()) {
                out.set(field, child.toJson());
            }
        });
        lists.forEach((field, list) -> {
            if (list.stream().anyMatch(e -> !e.isEmpty())) {
                ArrayNode a = out.putArray(field);
                list.forEach(e -> a.add(e.toJson()));
            }
        });
        return out;
    }

    /** Adds an error tree in {@link #toJson()}'s form (messages, nested objects, lists of objects). */
    public DrfErrors merge(JsonNode tree) {
        tree.fields().forEachRemaining(e -> mergeField(e.getKey(), e.getValue()));
        return this;
    }

    /** Adds the errors {@code value} holds for {@code field}. */
    public DrfErrors mergeField(String field, JsonNode value) {
        if (value.isArray() && !value.isEmpty() && value.get(0).isObject()) {
            for (int i = 0; i < value.size(); i++) {
                item(field, i, value.size()).merge(value.get(i));
            }
        } else if (value.isArray()) {
            value.forEach(m -> add(field, m.asText()));
        } else if (value.isObject()) {
            child(field).merge(value);
        } else {
            add(field, value.asText());
        }
        return this;
    }

    /** Wraps a whole error object as {@code validate} answers it. */
    public static ObjectNode wrap(JsonNode durations, DrfErrors errors) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set("request_durations", durations);
        out.set("errors", errors.toJson());
        return out;
    }
}
