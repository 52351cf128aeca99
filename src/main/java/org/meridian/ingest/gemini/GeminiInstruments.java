// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.gemini;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Instrument name normalisation, as the archive's selection table spells them (reference §1.2). */
final class GeminiInstruments {

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

    private static final Pattern HOKUPAA = Pattern.compile("^[Hh][Oo][Kk][Uu][Pp]([Aa])+(\\+)*[Qq][Uu][Ii][Rr][Cc]$");

    private GeminiInstruments() {}

    /** The archive's spelling of an INSTRUME value; unknown names are kept as written. */
    static String normalise(String instrume) {
        if (instrume == null) {
            return null;
        }
        String v = instrume.strip();
        if (HOKUPAA.matcher(v).matches()) {
            return "Hokupaa+QUIRC";
        }
        return NAMES.getOrDefault(v.toLowerCase(Locale.ROOT), v);
    }

    /** The DRAGONS-style instrument tag: GMOS-N → GMOS_N. */
    static String tag(String instrument) {
        return instrument.toUpperCase(Locale.ROOT).replace('-', '_').replace('+', '_');
    }
}
