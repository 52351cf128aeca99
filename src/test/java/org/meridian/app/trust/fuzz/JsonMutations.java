// SPDX-License-Identifier: Apache-2.0
package org.meridian.app.trust.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Breaks a valid JSON request the way a buggy or hostile client would: values of the wrong type,
 * fields dropped or added, huge numbers and strings, deep nesting; and sometimes the text itself.
 */
final class JsonMutations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonMutations() {}

    static String mutate(Random r, String json, List<String> words) {
        try {
            JsonNode tree = JSON.readTree(json);
            int edits = 1 + r.nextInt(3);
            for (int i = 0; i < edits; i++) {
                tree = edit(r, tree, words);
            }
            String text = JSON.writeValueAsString(tree);
            return r.nextInt(4) == 0 ? Mutations.mutate(r, text, words) : text;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode edit(Random r, JsonNode root, List<String> words) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(r.nextInt(containers.size()));
        if (target instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            String name = names.isEmpty() ? Mutations.pick(r, words) : names.get(r.nextInt(names.size()));
            switch (r.nextInt(3)) {
                case 0 -> o.remove(name);
                case 1 -> o.set(name, value(r, words, 0));
                default -> o.set(Mutations.pick(r, words), value(r, words, 0));
            }
        } else if (target instanceof ArrayNode a) {
            if (!a.isEmpty() && r.nextBoolean()) {
                a.set(r.nextInt(a.size()), value(r, words, 0));
            } else {
                a.add(value(r, words, 0));
            }
        }
        return r.nextInt(25) == 0 ? NODES.arrayNode().add(root) : root;
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isContainerNode()) {
            into.add(node);
            node.forEach(child -> collect(child, into));
        }
    }

    private static JsonNode value(Random r, List<String> words, int depth) {
        return switch (r.nextInt(depth > 3 ? 9 : 11)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(r.nextBoolean());
            case 2 -> NODES.numberNode(r.nextInt());
            case 3 -> NODES.numberNode(r.nextGaussian() * Math.pow(10, r.nextInt(400) - 200));
            case 4 -> NODES.numberNode(new java.math.BigInteger("9".repeat(1 + r.nextInt(60))));
            case 5 -> NODES.textNode(Mutations.pick(r, Mutations.HOSTILE));
            case 6 -> NODES.textNode(Mutations.pick(r, words));
            case 7 -> NODES.textNode("x".repeat(r.nextInt(20_000)));
            case 8 -> NODES.textNode(String.valueOf(r.nextGaussian()));
            case 9 -> NODES.arrayNode().add(value(r, words, depth + 1)).add(value(r, words, depth + 1));
            default -> NODES.objectNode().set(Mutations.pick(r, words), value(r, words, depth + 1));
        };
    }
}
