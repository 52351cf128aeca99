// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.lco;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The LCO science archive's rules for frames that depend on names and tags (OCS archive's rules, docs/lco-archive.md). */
final class LcoFrameRules {

    static final List<String> REQUIRED =
            List.of("PROPID", "DATE-OBS", "DAY-OBS", "INSTRUME", "SITEID", "TELID", "OBSTYPE", "BLKUID");
    static final Set<String> NULL_WORDS = Set.of("N/A", "UNSPECIFIED", "UNKNOWN");
    static final Set<String> INTEGER_KEYS = Set.of("REQNUM", "TRACKNUM", "BLKUID", "MOLUID");
    static final List<String> RELATED_KEYS = List.of(
            "L1IDBIAS",
            "L1IDDARK",
            "L1IDFLAT",
            "L1IDSHUT",
            "L1IDMASK",
            "L1IDFRNG",
            "L1IDCAT",
            "L1IDARC",
            "L1ID1D",
            "L1ID2D",
            "L1IDSUM",
            "TARFILE",
            "ORIGNAME",
            "ARCFILE",
            "FLATFILE",
            "GUIDETAR");

    private static final Map<Character, String> TYPE_LETTERS = Map.of(
            'b',
            "BIAS",
            'd',
            "DARK",
            'f',
            "SKYFLAT",
            'g',
            "GUIDE",
            's',
            "STANDARD",
            'w',
            "LAMPFLAT",
            'x',
            "EXPERIMENTAL",
            'e',
            "EXPOSE",
            'a',
            "ARC");
    private static final Set<String> PUBLIC_TYPES = Set.of("BIAS", "DARK", "SKYFLAT", "EXPERIMENTAL");
    private static final List<String> PUBLIC_PROPOSAL_WORDS = List.of("EPO", "calib", "standard", "pointing");
    /** OCS archive's DAYS_UNTIL_PUBLIC, and "never" as it writes it: 999 years. */
    private static final long DAYS_UNTIL_PUBLIC = 365;

    private static final long NEVER_YEARS = 999;

    private LcoFrameRules() {}

    /** The name without directory and extensions ({@code .fits}, {@code .fits.fz}, {@code .tar.gz}, ...). */
    static String basename(String filename) {
        String name = filename.substring(filename.lastIndexOf('/') + 1);
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    static String extension(String filename) {
        String name = filename.substring(filename.lastIndexOf('/') + 1);
        int dot = name.indexOf('.');
        return dot < 0 ? "" : name.substring(dot);
    }

    /** RLEVEL from the name when the header has none: {@code -e91} → 91, a tarball 90, else 0. */
    static int reductionLevelFromName(String filename) {
        if (filename.endsWith(".tar.gz")) {
            return 90;
        }
        String base = basename(filename);
        String last2 = base.length() >= 2 ? base.substring(base.length() - 2) : "";
        return last2.matches("\\d\\d") ? Integer.parseInt(last2) : 0;
    }

    /**
     * OBSTYPE from a name {@code site-inst-date-seq-TXX}: T is the type letter. {@code e} is SPECTRUM
     * for the spectrographs (instrument names starting {@code en}) and TARGET for NRES, {@code a} is
     * DOUBLE for NRES; catalogs ({@code _cat}) are CATALOG.
     */
    static String inferObservationType(String filename, String instrument) {
        String base = basename(filename);
        if (base.endsWith("_cat")) {
            return "CATALOG";
        }
        String[] parts = base.split("-");
        if (parts.length < 5 || parts[4].isEmpty()) {
            return "";
        }
        char letter = parts[4].charAt(0);
        String inst = instrument == null ? parts[1] : instrument.toLowerCase(Locale.ROOT);
        boolean nres = inst.startsWith("nres") || parts[1].startsWith("nrs");
        if (letter == 'e' && nres) {
            return "TARGET";
        }
        if (letter == 'e' && inst.startsWith("en")) {
            return "SPECTRUM";
        }
        if (letter == 'a' && nres) {
            return "DOUBLE";
        }
        return TYPE_LETTERS.getOrDefault(letter, "");
    }

    /** When L1PUBDAT is missing: the five rules of docs/lco-archive.md ("Public date"), in order. */
    static Instant publicDate(
            Instant dateObs, Set<String> proposalTags, String obsType, String proposalId, String basename) {
        if (proposalTags.contains("private") || proposalTags.contains("internal")) {
            return never(dateObs);
        }
        if (proposalTags.contains("public")) {
            return dateObs;
        }
        String propId = proposalId == null ? "" : proposalId;
        if (PUBLIC_TYPES.contains(obsType) || PUBLIC_PROPOSAL_WORDS.stream().anyMatch(propId::contains)) {
            return dateObs;
        }
        if (propId.contains("LCOEngineering") || basename.contains("-t00") || basename.contains("-x00")) {
            return never(dateObs);
        }
        return dateObs.plus(DAYS_UNTIL_PUBLIC, ChronoUnit.DAYS);
    }

    private static Instant never(Instant dateObs) {
        return dateObs.atZone(java.time.ZoneOffset.UTC).plusYears(NEVER_YEARS).toInstant();
    }
}
