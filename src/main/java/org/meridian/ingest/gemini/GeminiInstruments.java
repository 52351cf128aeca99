// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.gemini;

import java.util.Locale;
import org.meridian.core.archive.GeminiInstrumentNames;

/** Instrument names and tags for the Gemini mapper; the spelling table lives in the core. */
final class GeminiInstruments {

    private GeminiInstruments() {}

    /** The archive's spelling of an INSTRUME value; unknown names are kept as written. */
    static String normalise(String instrume) {
        return GeminiInstrumentNames.normalise(instrume);
    }

    /** The DRAGONS-style instrument tag: GMOS-N → GMOS_N. */
    static String tag(String instrument) {
        return instrument.toUpperCase(Locale.ROOT).replace('-', '_').replace('+', '_');
    }
}
