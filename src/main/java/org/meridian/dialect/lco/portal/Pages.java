// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import org.meridian.web.LimitOffset;

/** The portal's pages: DRF's LimitOffsetPagination, {@code {count, next, previous, results}}, with absolute links. */
record Pages(LimitOffset page) {
    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 1000;

    static Pages of(Context ctx) {
        return new Pages(LimitOffset.of(ctx, DEFAULT_LIMIT, MAX_LIMIT));
    }

    int limit() {
        return page.limit();
    }

    /** The offset; a page past {@link Integer#MAX_VALUE} rows is past every list the portal has. */
    int offset() {
        return (int) Math.min(Integer.MAX_VALUE, page.offset());
    }

    ObjectNode render(Context ctx, long count, List<? extends JsonNode> results) {
        ObjectNode out = JsonBodies.object();
        out.put("count", count);
        out.put("next", page.next(ctx, page.offset() + page.limit() < count));
        out.put("previous", page.previous(ctx));
        ArrayNode a = out.putArray("results");
        results.forEach(a::add);
        return out;
    }
}
