// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** DRF's LimitOffsetPagination: {@code {count, next, previous, results}} with absolute next/previous links. */
record Pages(int limit, int offset) {
    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 1000;

    static Pages of(Context ctx) {
        return new Pages(
                Math.min(MAX_LIMIT, positive(ctx.queryParam("limit"), DEFAULT_LIMIT, 1)),
                positive(ctx.queryParam("offset"), 0, 0));
    }

    /** DRF ignores a limit or offset it cannot read and uses the default. */
    private static int positive(String text, int fallback, int minimum) {
        if (text == null) return fallback;
        try {
            int v = Integer.parseInt(text.trim());
            return v < minimum ? fallback : v;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    ObjectNode render(Context ctx, long count, List<? extends JsonNode> results) {
        ObjectNode out = JsonBodies.object();
        out.put("count", count);
        if (offset + limit < count) {
            out.put("next", link(ctx, offset + limit));
        } else {
            out.putNull("next");
        }
        if (offset > 0) {
            out.put("previous", link(ctx, Math.max(0, offset - limit)));
        } else {
            out.putNull("previous");
        }
        ArrayNode a = out.putArray("results");
        results.forEach(a::add);
        return out;
    }

    private String link(Context ctx, int newOffset) {
        Map<String, List<String>> params = new java.util.LinkedHashMap<>(ctx.queryParamMap());
        params.remove("limit");
        params.remove("offset");
        String rest = params.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> enc(e.getKey()) + "=" + enc(v)))
                .collect(Collectors.joining("&"));
        String base = ctx.scheme() + "://" + ctx.host() + ctx.path();
        String query = "limit=" + limit + (newOffset > 0 ? "&offset=" + newOffset : "");
        return base + "?" + (rest.isEmpty() ? "" : rest + "&") + query;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
