// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.selection;

import java.util.regex.Pattern;

/** Gemini program IDs, observation IDs and data labels (FitsStorage's patterns, docs/gemini-archive.md); each is matched whole, after strip. */
public final class GeminiIds {

    private static final String PROGRAM = String.join(
            "|",
            "G-20\\d\\d[AB]-(?:CAL|ENG|COM|MON)-\\w+-\\d+",
            "G[NS]-(?:CAL|ENG)20\\d\\d[01]\\d[0123]\\d",
            "G[NS]-20\\d\\d[AB]-(?:CAL|ENG)-\\d+",
            "(?:CAL|ENG)20\\d\\d[01]\\d[0123]\\d",
            "G[NS]-20\\d\\d[AB]-(?:Q|C|SV|QS|DD|LP|FT|DS)-\\d+",
            "G-20\\d\\d[AB]-\\d+-[CDFLQSVP]");

    private static final Pattern PROGRAM_ID = Pattern.compile("(?:" + PROGRAM + ")");
    private static final Pattern OBSERVATION_ID = Pattern.compile("(?:" + PROGRAM + ")-\\d+");
    private static final Pattern DATA_LABEL =
            Pattern.compile("(?:" + PROGRAM + ")-\\d+-\\d+(?:-\\d+)?(?:-[A-Za-z][\\w\\-]*)?");

    private GeminiIds() {}

    public static boolean isProgramId(String s) {
        return PROGRAM_ID.matcher(s.strip()).matches();
    }

    public static boolean isObservationId(String s) {
        return OBSERVATION_ID.matcher(s.strip()).matches();
    }

    public static boolean isDataLabel(String s) {
        return DATA_LABEL.matcher(s.strip()).matches();
    }
}
