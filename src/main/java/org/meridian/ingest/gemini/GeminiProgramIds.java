// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.gemini;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Gemini program-ID forms and what they say about a program (FitsStorage's program-ID patterns, docs/gemini-headers.md). */
final class GeminiProgramIds {

    /** Each pattern's group 2 (or the named type) is the program type: CAL, ENG, Q, SV, ... */
    private static final List<Pattern> CAL_ENG = List.of(
            Pattern.compile("G-(20\\d\\d[AB])-(CAL|ENG|COM|MON)-\\w+-\\d+"),
            Pattern.compile("G[NS]-(CAL|ENG)(20\\d\\d[01]\\d[0123]\\d)"),
            Pattern.compile("G[NS]-(20\\d\\d[AB])-(CAL|ENG)-\\d+"),
            Pattern.compile("(CAL|ENG)(20\\d\\d[01]\\d[0123]\\d)"));

    private static final Pattern SCIENCE_ORIG = Pattern.compile("G[NS]-(20\\d\\d[AB])-(Q|C|SV|QS|DD|LP|FT|DS)-\\d+");
    private static final Pattern SCIENCE_NEW = Pattern.compile("G-(20\\d\\d[AB])-\\d+-([CDFLQSVP])");

    private GeminiProgramIds() {}

    /** The program type (CAL, ENG, COM, MON, Q, C, SV, V, DD, ...) when the ID is valid. */
    static Optional<String> type(String programId) {
        if (programId == null) {
            return Optional.empty();
        }
        String id = programId.strip();
        for (Pattern p : CAL_ENG) {
            Matcher m = p.matcher(id);
            if (m.matches()) {
                return Optional.of(m.group(1).startsWith("20") ? m.group(2) : m.group(1));
            }
        }
        for (Pattern p : List.of(SCIENCE_ORIG, SCIENCE_NEW)) {
            Matcher m = p.matcher(id);
            if (m.matches()) {
                return Optional.of(m.group(2));
            }
        }
        return Optional.empty();
    }

    static boolean isValid(String programId) {
        return type(programId).isPresent();
    }

    /** Engineering: an ENG program, or an ID that is no valid program ID at all. */
    static boolean isEngineering(String programId) {
        return type(programId).map("ENG"::equals).orElse(true);
    }

    static boolean isScienceVerification(String programId) {
        return type(programId).map(t -> t.equals("SV") || t.equals("V")).orElse(false);
    }

    static boolean isCalibration(String programId) {
        return type(programId).map("CAL"::equals).orElse(false);
    }
}
