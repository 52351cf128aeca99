// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.gemini;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The "pretty" filter name users search by (docs/gemini-headers.md). */
final class GeminiFilters {

    /** Component IDs such as {@code _G0301} or {@code _G0301a} identify the physical part, not the band. */
    private static final Pattern COMPONENT_ID = Pattern.compile("_G\\d+[A-Za-z]?$");

    private GeminiFilters() {}

    /** Joins the filters in the beam (header order), dropping the clear ones. */
    static String pretty(List<String> raw) {
        List<String> kept = new ArrayList<>();
        for (String f : raw) {
            if (f == null || f.isBlank()) {
                continue;
            }
            String name = COMPONENT_ID.matcher(f.strip()).replaceAll("");
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("open") || lower.startsWith("clear") || name.startsWith("ND")) {
                continue;
            }
            if (name.startsWith("Block") || name.startsWith("Dark")) {
                name = "blank";
            } else if (name.startsWith("DK")) {
                name = "dark";
            }
            kept.add(name);
        }
        if (kept.isEmpty()) {
            return "open";
        }
        String joined = String.join("&", kept.subList(0, Math.min(2, kept.size())));
        return joined.replace("%", "").replace(' ', '_');
    }
}
