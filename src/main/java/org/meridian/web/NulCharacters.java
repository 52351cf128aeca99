// SPDX-License-Identifier: Apache-2.0
package org.meridian.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds NUL characters (U+0000) in what a request says, so that each dialect refuses them at its
 * door. PostgreSQL stores no text holding one: bound as a parameter it fails the statement, and
 * written into SQL text (an ADQL string literal) it cuts the protocol message short and the server
 * drops the connection. No filter, name or credential legitimately contains one, so a request
 * carrying one is refused whole, in the dialect's own error form, before any handler reads it.
 *
 * <p>Each finder answers where the character is ({@code parameter 'object'}), for the message.
 */
public final class NulCharacters {

    /** Django's words for the same refusal (its ProhibitNullCharactersValidator). */
    public static final String MESSAGE = "Null characters are not allowed";

    private NulCharacters() {}

    public static boolean in(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }

    /** The message for a NUL found at {@code where}. */
    public static String message(String where) {
        return MESSAGE + ": " + where + ".";
    }

    /**
     * In the request's path parameters, query string or url-encoded form. Multipart parts are left
     * to the dialects that read them: parsing a malformed body here would answer for them.
     */
    public static Optional<String> in(Context ctx) {
        for (Map.Entry<String, String> p : ctx.pathParamMap().entrySet()) {
            if (in(p.getValue())) {
                return Optional.of("path parameter '" + p.getKey() + "'");
            }
        }
        Optional<String> found = in(ctx.queryParamMap());
        if (found.isPresent() || !isUrlEncodedForm(ctx.contentType())) {
            return found;
        }
        // A form over Jetty's size limit throws here as it would in the handler: 413, as before.
        return in(ctx.formParamMap());
    }

    /** In the names and values of parameters. */
    public static Optional<String> in(Map<String, List<String>> params) {
        for (Map.Entry<String, List<String>> p : params.entrySet()) {
            if (in(p.getKey()) || p.getValue().stream().anyMatch(NulCharacters::in)) {
                return Optional.of("parameter '" + visible(p.getKey()) + "'");
            }
        }
        return Optional.empty();
    }

    /**
     * In the strings and field names of a JSON document, walked without recursion (Jackson bounds
     * the nesting it parses, but not this walk's stack).
     */
    public static Optional<String> in(JsonNode root) {
        Deque<Map.Entry<String, JsonNode>> pending = new ArrayDeque<>();
        pending.push(Map.entry("", root));
        while (!pending.isEmpty()) {
            Map.Entry<String, JsonNode> next = pending.pop();
            String path = next.getKey();
            JsonNode node = next.getValue();
            if (node.isTextual() && in(node.textValue())) {
                return Optional.of(path.isEmpty() ? "JSON value" : "JSON value '" + path + "'");
            }
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    pending.push(Map.entry(path + "[" + i + "]", node.get(i)));
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = visible(field.getKey());
                if (in(field.getKey())) {
                    return Optional.of("JSON field name '" + name + "'");
                }
                pending.push(Map.entry(path.isEmpty() ? name : path + "." + name, field.getValue()));
            }
        }
        return Optional.empty();
    }

    private static boolean isUrlEncodedForm(String contentType) {
        return contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** A name as it can be shown back: its NULs written as {@code \0}. */
    private static String visible(String name) {
        return name.replace("\0", "\\0");
    }
}
