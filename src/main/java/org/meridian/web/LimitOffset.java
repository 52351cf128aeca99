// SPDX-License-Identifier: Apache-2.0
package org.meridian.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * DRF's LimitOffsetPagination, as the LCO portal and archive answer with it: {@code limit} and
 * {@code offset} from the query string (one it cannot read, or out of range, means the default; the
 * limit is capped), and the {@code next}/{@code previous} links of a page.
 */
public record LimitOffset(int limit, long offset) {

    public static LimitOffset of(Context ctx, int defaultLimit, int maxLimit) {
        return parse(ctx.queryParam("limit"), ctx.queryParam("offset"), defaultLimit, maxLimit);
    }

    static LimitOffset parse(String limit, String offset, int defaultLimit, int maxLimit) {
        long l = number(limit, defaultLimit);
        long o = number(offset, 0);
        return new LimitOffset(l < 1 ? defaultLimit : (int) Math.min(l, maxLimit), Math.max(0, o));
    }

    /** The link to the next page, or null when this one is the last. */
    public String next(Context ctx, boolean more) {
        return more ? RequestUrls.withParams(ctx, page(offset + limit)) : null;
    }

    /** The link to the previous page (without {@code offset} when it is the first), or null on the first. */
    public String previous(Context ctx) {
        return offset > 0 ? RequestUrls.withParams(ctx, page(Math.max(0, offset - limit))) : null;
    }

    private Map<String, Object> page(long newOffset) {
        Map<String, Object> replace = new LinkedHashMap<>();
        replace.put("limit", limit);
        replace.put("offset", newOffset > 0 ? newOffset : null);
        return replace;
    }

    private static long number(String text, long fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
