// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.web;

import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.meridian.dialect.gemini.selection.Selection;
import org.meridian.dialect.gemini.selection.SelectionException;
import org.meridian.dialect.gemini.selection.SelectionParser;

/** The selection a Gemini feature URL carries: the path after {@code /feature/}, split on slashes (docs/gemini-archive.md). */
public final class SelectionRequest {

    private SelectionRequest() {}

    /** The decoded path tokens after the feature, empty ones dropped, {@code removed} words taken out. */
    public static List<String> tokens(Context ctx, String feature, Set<String> removed) {
        return tokens(path(ctx), feature, removed);
    }

    /**
     * The request path with runs of slashes collapsed: the router treats {@code //jsonsummary//GN-...}
     * as {@code /jsonsummary/GN-...}, so the feature prefix must be found in the same form.
     */
    public static String path(Context ctx) {
        return collapseSlashes(ctx.path());
    }

    static String collapseSlashes(String path) {
        return path.indexOf("//") < 0 ? path : path.replaceAll("/{2,}", "/");
    }

    static List<String> tokens(String rawPath, String feature, Set<String> removed) {
        String path = collapseSlashes(rawPath);
        String prefix = "/" + feature;
        String rest = path.startsWith(prefix) ? path.substring(prefix.length()) : "";
        List<String> tokens = new ArrayList<>();
        for (String raw : rest.split("/")) {
            if (raw.isEmpty()) {
                continue;
            }
            String token = decode(raw);
            if (!removed.contains(token)) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    public static Selection parse(Context ctx, String feature, Clock clock) {
        return parse(tokens(ctx, feature, Set.of()), ctx, clock);
    }

    public static Selection parse(List<String> tokens, Context ctx, Clock clock) {
        return SelectionParser.parse(tokens, ctx.queryParamMap(), clock);
    }

    /** Percent-decoding as for a path: a {@code +} stays a plus (GMOS grating names carry one). */
    static String decode(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new SelectionException("malformed percent-encoding in '" + raw + "'");
        }
    }
}
