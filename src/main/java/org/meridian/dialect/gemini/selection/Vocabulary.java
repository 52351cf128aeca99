// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.selection;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.meridian.core.archive.GeminiInstrumentNames;

/** The fixed word lists FitsStorage tries first (docs/gemini-archive.md), each returning the value to store when a token matches. */
final class Vocabulary {

    static final Set<String> OBSERVATION_TYPES = Set.of(
            "DARK",
            "ARC",
            "FLAT",
            "BIAS",
            "OBJECT",
            "PINHOLE",
            "RONCHI",
            "CAL",
            "FRINGE",
            "MASK",
            "STANDARD",
            "SLITILLUM",
            "BPM");

    static final Set<String> OBSERVATION_CLASSES =
            Set.of("dayCal", "partnerCal", "acqCal", "acq", "science", "progCal", "nightCal");

    static final Set<String> CAL_TYPES = Set.of(
            "bias",
            "processed_bias",
            "dark",
            "processed_dark",
            "processed_bpm",
            "flat",
            "processed_flat",
            "arc",
            "processed_arc",
            "pinhole",
            "processed_pinhole",
            "processed_fringe",
            "ronchi_mask",
            "lampoff_flat",
            "qh_flat",
            "domeflat",
            "lampoff_domeflat",
            "mask",
            "slitillum",
            "processed_slitillum",
            "processed_slitflat",
            "processed_slit",
            "standard",
            "processed_standard",
            "telluric",
            "processed_telluric",
            "polarization_standard",
            "astrometric_standard",
            "polarization_flat",
            "specphot",
            "photometric_standard");

    static final Set<String> PROCESSING =
            Set.of("Failed", "Raw", "Quick-Look", "Science-Quality", "Quality-Assessment");

    static final Set<String> REDUCTION_STATES = Set.of(
            "RAW",
            "PREPARED",
            "PROCESSED_FLAT",
            "PROCESSED_BIAS",
            "PROCESSED_FRINGE",
            "PROCESSED_ARC",
            "PROCESSED_DARK",
            "PROCESSED_TELLURIC",
            "PROCESSED_SCIENCE",
            "PROCESSED_BPM",
            "PROCESSED_STANDARD",
            "PROCESSED_SLITILLUM",
            "PROCESSED_PINHOLE",
            "PROCESSED_UNKNOWN");

    private static final Set<String> GMOS_GRATINGS =
            Set.of("MIRROR", "B480", "B600", "R600", "R400", "R831", "R150", "B1200");

    private static final Set<String> GMOS_FACILITY_MASKS = Set.of(
            "NS2.0arcsec",
            "IFU-R",
            "IFU-B",
            "focus_array_new",
            "Imaging",
            "2.0arcsec",
            "NS1.0arcsec",
            "NS0.75arcsec",
            "5.0arcsec",
            "1.5arcsec",
            "IFU-2",
            "NS1.5arcsec",
            "0.75arcsec",
            "1.0arcsec",
            "0.5arcsec");

    private static final Pattern GMOS_MOS_MASK =
            Pattern.compile("G[NS]?20\\d\\d[ABFDLWVSX].\\d\\d\\d-\\d\\d|G20\\d\\d[AB]\\d\\d\\d\\d[CDFLQSV]-\\d\\d");

    static final Set<String> GAINS = Set.of("high", "low", "standard");

    /** One read speed, "standard", or a speed per arm: every red and blue combination. */
    static final Set<String> READ_SPEEDS = readSpeeds(List.of("fast", "medium", "slow"));

    static final Set<String> WELL_DEPTHS = Set.of("Shallow", "Deep", "Invalid");

    static final Set<String> READ_MODES = Set.of(
            "Classic",
            "NodAndShuffle",
            "Faint",
            "Faint_Object",
            "Faint_Objects",
            "Very_Faint_Objects",
            "Medium",
            "Medium_Object",
            "Bright",
            "Bright_Object",
            "Bright_Objects",
            "Very_Bright_Objects",
            "Low_Background",
            "Medium_Background",
            "High_Background");

    static final Map<String, String> DETECTOR_ROIS = Map.of(
            "fullframe", "Full Frame",
            "centralstamp", "Central Stamp",
            "centralspectrum", "Central Spectrum",
            "central768", "Central768",
            "central512", "Central512",
            "central256", "Central256",
            "custom", "Custom");

    private static final Pattern FILENAME_STANDARD =
            Pattern.compile("[NS]20\\d\\d[01]\\d[0123]\\dS\\d\\d\\d\\d[\\d-]*\\w*(?<fits>.fits)?");
    private static final Pattern FILENAME_OLD =
            Pattern.compile("(20)?\\d\\d(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\d\\d_\\d+(?<fits>.fits)?");

    private Vocabulary() {}

    /** {@code gemini-north}, {@code GeminiSouth}, ... to the header's telescope name. */
    static Optional<String> telescope(String s) {
        String folded = s.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        return switch (folded) {
            case "gemininorth" -> Optional.of("Gemini-North");
            case "geminisouth" -> Optional.of("Gemini-South");
            default -> Optional.empty();
        };
    }

    /** A Gemini file name, with or without {@code .fits} and {@code .bz2}, as the dataset name. */
    static Optional<String> fileName(String s) {
        String name = stripBz2(s);
        var m = FILENAME_STANDARD.matcher(name);
        if (!m.matches()) {
            m = FILENAME_OLD.matcher(name);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(m.group("fits") == null ? name + ".fits" : name);
    }

    static String stripBz2(String s) {
        return s.endsWith(".bz2") ? s.substring(0, s.length() - 4) : s;
    }

    /** A GMOS grating with any {@code _G1234} component ID and surrounding {@code +} removed. */
    static Optional<String> gmosGrating(String s) {
        int component = s.indexOf("_G");
        String name = component >= 0 ? s.substring(0, component) : s;
        name = name.replaceAll("^\\++|\\++$", "");
        return GMOS_GRATINGS.contains(name) ? Optional.of(name) : Optional.empty();
    }

    static boolean gmosMask(String s) {
        return GMOS_FACILITY_MASKS.contains(s) || GMOS_MOS_MASK.matcher(s).matches();
    }

    /**
     * {@code NxM} with N and M each one of 1, 2, 4, 8. FitsStorage tested substrings of "1248", so it
     * also took {@code 12x4}; that matched no data, so we require single factors.
     */
    static boolean binning(String s) {
        return s.matches("[1248]x[1248]");
    }

    /** An instrument's header name, or {@code GMOS} for either GMOS. */
    static Optional<String> instrument(String s) {
        if (s.equalsIgnoreCase("gmos")) {
            return Optional.of("GMOS");
        }
        return GeminiInstrumentNames.recognise(s);
    }

    private static Set<String> readSpeeds(List<String> speeds) {
        Set<String> all = new HashSet<>(speeds);
        all.add("standard");
        for (String red : speeds) {
            for (String blue : speeds) {
                all.add("red:" + red + ",blue:" + blue);
            }
        }
        return Set.copyOf(all);
    }
}
