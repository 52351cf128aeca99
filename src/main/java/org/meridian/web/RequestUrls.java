// SPDX-License-Identifier: Apache-2.0
package org.meridian.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Absolute URLs of this server as the client reached it, for links written into answers. */
public final class RequestUrls {

    private RequestUrls() {}

    /**
     * {@code scheme://host[:port]} as the client addressed it: the {@code Host} header, and the
     * scheme a TLS-terminating proxy reports in {@code X-Forwarded-Proto}.
     */
    public static String base(Context ctx) {
        String host = ctx.header("Host");
        if (host == null || host.isBlank()) {
            host = ctx.host();
        }
        String proto = ctx.header("X-Forwarded-Proto");
        return (proto == null || proto.isBlank() ? ctx.scheme() : proto) + "://" + host;
    }

    /**
     * This request's absolute URL with some query parameters replaced: the others keep their order,
     * the replaced ones come last in the order given, and a {@code null} value drops the parameter
     * (as DRF's paginators build their next and previous links).
     */
    public static String withParams(Context ctx, Map<String, ?> replace) {
        StringJoiner query = new StringJoiner("&");
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            if (!replace.containsKey(e.getKey())) {
                e.getValue().forEach(v -> query.add(encode(e.getKey()) + "=" + encode(v)));
            }
        }
        replace.forEach((k, v) -> {
            if (v != null) {
                query.add(encode(k) + "=" + encode(String.valueOf(v)));
            }
        });
        return base(ctx) + ctx.path() + "?" + query;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
