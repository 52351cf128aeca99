// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.gemini;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.meridian.core.archive.Conditions;
import org.meridian.ingest.FitsHeaders;

/** Site conditions: headers such as {@code RAWIQ = '70-percentile'} or {@code 'Any'} as percentiles. */
final class GeminiConditions {

    private static final Pattern PERCENTILE = Pattern.compile("(\\d{1,3})(?:-?percentile)?");

    private GeminiConditions() {}

    static Conditions from(FitsHeaders.Hdu phu) {
        return new Conditions(
                percentile(phu, "RAWIQ"),
                percentile(phu, "RAWCC"),
                percentile(phu, "RAWWV"),
                percentile(phu, "RAWBG"),
                percentile(phu, "REQIQ"),
                percentile(phu, "REQCC"),
                percentile(phu, "REQWV"),
                percentile(phu, "REQBG"));
    }

    /** 100 for "Any"; null when absent or unreadable (e.g. UNKNOWN). */
    static Integer percentile(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("any")) {
            return 100;
        }
        Matcher m = PERCENTILE.matcher(v);
        if (m.matches()) {
            int p = Integer.parseInt(m.group(1));
            return p >= 0 && p <= 100 ? p : null;
        }
        return null;
    }

    private static Integer percentile(FitsHeaders.Hdu phu, String key) {
        return percentile(phu.string(key).orElse(null));
    }
}
