// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive.thumbnails;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.meridian.dialect.lco.archive.ApiException;

/** The thumbnail request (the thumbnail service's defaults, docs/lco-archive.md): size, label, colour, median stretch, percentile, JPEG quality. */
public record ThumbnailParams(
        int width,
        int height,
        String label,
        boolean color,
        boolean median,
        double percentile,
        int quality,
        boolean image) {

    static final int MAX_SIDE = 4096;

    public static ThumbnailParams parse(Function<String, String> query) {
        return new ThumbnailParams(
                side(query, "width"),
                side(query, "height"),
                query.apply("label"),
                flag(query.apply("color")),
                flag(query.apply("median")),
                number(query, "percentile", 99.5, 0, 100),
                (int) number(query, "quality", 80, 1, 100),
                query.apply("image") != null);
    }

    /** The parameters that change the picture, in a stable order, for the cache key. */
    public String cacheKeyText() {
        Map<String, Object> m = new TreeMap<>();
        m.put("width", width);
        m.put("height", height);
        m.put("label", label == null ? "" : label);
        m.put("color", color);
        m.put("median", median);
        m.put("percentile", percentile);
        m.put("quality", quality);
        return m.toString();
    }

    private static int side(Function<String, String> query, String name) {
        return (int) number(query, name, 200, 1, MAX_SIDE);
    }

    private static double number(Function<String, String> query, String name, double dflt, double min, double max) {
        String v = query.apply(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            double d = Double.parseDouble(v.trim());
            if (d >= min && d <= max) {
                return d;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ApiException(400, Map.of("message", name + " must be a number from " + fmt(min) + " to " + fmt(max)));
    }

    private static boolean flag(String v) {
        return v != null
                && switch (v.toLowerCase(Locale.ROOT)) {
                    case "", "false", "0", "no", "off" -> false;
                    default -> true;
                };
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
