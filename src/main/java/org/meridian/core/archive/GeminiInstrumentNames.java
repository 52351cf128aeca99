// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.archive;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Gemini archive's spelling of instrument names (FitsStorage's instrument table, docs/gemini-headers.md). Ingest normalises INSTRUME
 * with it and the URL selection language recognises instrument tokens with it: one table.
 */
public final class GeminiInstrumentNames {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("niri", "NIRI"),
            Map.entry("nifs", "NIFS"),
            Map.entry("gmos-n", "GMOS-N"),
            Map.entry("gmos-s", "GMOS-S"),
            Map.entry("michelle", "michelle"),
            Map.entry("gnirs", "GNIRS"),
            Map.entry("ghost", "GHOST"),
            Map.entry("phoenix", "PHOENIX"),
            Map.entry("texes", "TEXES"),
            Map.entry("trecs", "TReCS"),
            Map.entry("nici", "NICI"),
            Map.entry("igrins-2", "IGRINS-2"),
            Map.entry("igrins", "IGRINS"),
            Map.entry("gsaoi", "GSAOI"),
            Map.entry("oscir", "OSCIR"),
            Map.entry("f2", "F2"),
            Map.entry("gpi", "GPI"),
            Map.entry("abu", "ABU"),
            Map.entry("bhros", "bHROS"),
            Map.entry("hrwfs", "hrwfs"),
            Map.entry("flamingos", "FLAMINGOS"),
            Map.entry("cirpass", "CIRPASS"),
            Map.entry("graces", "GRACES"),
            Map.entry("alopeke", "ALOPEKE"),
            Map.entry("zorro", "ZORRO"),
            Map.entry("maroon-x", "MAROON-X"));

    private static final Pattern HOKUPAA = Pattern.compile("[Hh][Oo][Kk][Uu][Pp]([Aa])+(\\+)*[Qq][Uu][Ii][Rr][Cc]");

    private GeminiInstrumentNames() {}

    /** The archive's spelling of a known instrument name, case-insensitively; empty if unknown. */
    public static Optional<String> recognise(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String v = name.strip();
        if (HOKUPAA.matcher(v).matches()) {
            return Optional.of("Hokupaa+QUIRC");
        }
        return Optional.ofNullable(NAMES.get(v.toLowerCase(Locale.ROOT)));
    }

    /** The archive's spelling of an INSTRUME value; unknown names are kept as written (trimmed). */
    public static String normalise(String instrume) {
        return instrume == null ? null : recognise(instrume).orElse(instrume.strip());
    }
}
