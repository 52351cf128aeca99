// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.selection;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.meridian.dialect.gemini.selection.Criterion.AnyGmos;
import org.meridian.dialect.gemini.selection.Criterion.Disperser;
import org.meridian.dialect.gemini.selection.Criterion.Engineering;
import org.meridian.dialect.gemini.selection.Criterion.EngineeringRule;
import org.meridian.dialect.gemini.selection.Criterion.Exact;
import org.meridian.dialect.gemini.selection.Criterion.FilePrefix;
import org.meridian.dialect.gemini.selection.Criterion.Flag;
import org.meridian.dialect.gemini.selection.Criterion.FocalPlaneMask;
import org.meridian.dialect.gemini.selection.Criterion.Instrument;
import org.meridian.dialect.gemini.selection.Criterion.ObjectName;
import org.meridian.dialect.gemini.selection.Criterion.ProcessingTag;
import org.meridian.dialect.gemini.selection.Criterion.QaRule;
import org.meridian.dialect.gemini.selection.Criterion.QaState;

/**
 * Turns the path tokens after a Gemini feature into a {@link Selection}, following FitsStorage's
 * {@code from_url_things} (docs/gemini-archive.md): for each token, step A's tests, then step B's checks, in order,
 * first match wins; then step C keeps only the most specific identifier.
 */
public final class SelectionParser {

    private static final Set<String> FILEPRE_STARTS = Set.of("N200", "N201", "N202", "S200", "S201", "S202");

    private final EnumMap<Key, Criterion> criteria = new EnumMap<>(Key.class);
    private final List<String> unrecognised = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final GeminiDates dates;
    private final KeyValues keyValues;

    private SelectionParser(Clock clock) {
        this.dates = new GeminiDates(clock);
        this.keyValues = new KeyValues(dates);
    }

    /**
     * Parses {@code pathTokens} (empty ones are dropped) and the {@code orderby} entries of {@code
     * query}; other query parameters are ignored, as the archive ignores them.
     *
     * @throws SelectionException for a value that is recognisably meant as some criterion but is
     *     malformed (an impossible date, an unreadable coordinate, ...)
     */
    public static Selection parse(List<String> pathTokens, Map<String, List<String>> query, Clock clock) {
        SelectionParser parser = new SelectionParser(clock);
        for (String token : pathTokens) {
            if (!token.isEmpty()) {
                parser.token(token);
            }
        }
        parser.keepMostSpecificIdentifier();
        parser.defaultSearchRadius();
        List<OrderTerm> order = OrderTerm.parseAll(query.getOrDefault("orderby", List.of()));
        return new Selection(parser.criteria, parser.unrecognised, order, parser.warnings);
    }

    private void token(String token) {
        if (!stepA(token)) {
            stepB(token);
        }
    }

    /** Step A: FitsStorage's dictionary of tests, in its order; the first that recognises a token wins. */
    private static final List<Function<String, Optional<Criterion>>> STEP_A = List.of(
            t -> Vocabulary.telescope(t).map(v -> new Exact(Key.TELESCOPE, v)),
            t -> Vocabulary.fileName(t).map(v -> new Exact(Key.FILENAME, v)),
            word(Vocabulary.OBSERVATION_TYPES, Key.OBSERVATION_TYPE),
            word(Vocabulary.OBSERVATION_CLASSES, Key.OBSERVATION_CLASS),
            word(Vocabulary.CAL_TYPES, Key.CALTYPE),
            word(Vocabulary.PROCESSING, Key.PROCESSING),
            word(Vocabulary.REDUCTION_STATES, Key.REDUCTION),
            t -> Vocabulary.gmosGrating(t).map(Disperser::new),
            t -> Vocabulary.gmosMask(t) ? Optional.of(new FocalPlaneMask(t)) : Optional.empty(),
            t -> Vocabulary.binning(t) ? Optional.of(new Exact(Key.BINNING, t)) : Optional.empty(),
            word(Vocabulary.GAINS, Key.GAIN),
            word(Vocabulary.READ_SPEEDS, Key.READSPEED),
            word(Vocabulary.WELL_DEPTHS, Key.WELLDEPTH),
            word(Vocabulary.READ_MODES, Key.READMODE),
            t -> Vocabulary.instrument(t).map(v -> v.equals("GMOS") ? new AnyGmos() : new Instrument(v)));

    /** A test that recognises the words of one list as the value of {@code key}. */
    private static Function<String, Optional<Criterion>> word(Set<String> words, Key key) {
        return t -> words.contains(t) ? Optional.of(new Exact(key, t)) : Optional.empty();
    }

    private boolean stepA(String t) {
        for (Function<String, Optional<Criterion>> test : STEP_A) {
            Optional<Criterion> c = test.apply(t);
            if (c.isPresent()) {
                return put(c.get());
            }
        }
        return false;
    }

    /** Step B, in order; the last resort is the list of unrecognised tokens. */
    private void stepB(String t) {
        int eq = t.indexOf('=');
        String key = eq < 0 ? t : t.substring(0, eq);
        String value = eq < 0 ? t : t.substring(eq + 1);
        String lower = t.toLowerCase(Locale.ROOT);
        if (eq >= 0 && KeyValues.handles(key)) {
            keyed(t, key, value);
        } else if (eq >= 0 && key.equals("cols")) {
            put(new Exact(Key.COLS, value));
        } else if (booleanWord(t) || selfValuedWord(t)) {
            return;
        } else if (GeminiIds.isProgramId(t)) {
            put(new Exact(Key.PROGRAM_ID, t.strip()));
        } else if (eq >= 0 && key.equals("progid")) {
            progid(value.strip());
        } else if (GeminiIds.isObservationId(t) || (eq >= 0 && key.equals("obsid"))) {
            put(new Exact(Key.OBSERVATION_ID, value.strip()));
        } else if (GeminiIds.isDataLabel(t) || (eq >= 0 && key.equals("datalabel"))) {
            put(new Exact(Key.DATA_LABEL, value.strip()));
        } else if (t.equals("LGS") || t.equals("NGS")) {
            put(new Flag(Key.LGS, t.equals("LGS")));
            put(new Flag(Key.AO, true));
        } else if (Vocabulary.DETECTOR_ROIS.containsKey(lower)) {
            put(new Criterion.DetectorRoi(Vocabulary.DETECTOR_ROIS.get(lower)));
        } else if (lower.equals("preimage")) {
            put(new Flag(Key.PRE_IMAGE, true));
        } else if (lower.equals("twilight") || lower.equals("nottwilight")) {
            put(new Flag(Key.TWILIGHT, lower.equals("twilight")));
        } else if (t.length() < 14 && t.length() >= 4 && FILEPRE_STARTS.contains(t.substring(0, 4))) {
            put(new FilePrefix(t));
        } else if (eq >= 0 && (key.equals("object") || key.equals("Object"))) {
            put(new ObjectName(value.replace("=slash=", "/")));
        } else if (t.equals("LS") || t.equals("MOS") || t.equals("IFS")) {
            put(new Exact(Key.MODE, t));
            put(new Flag(Key.SPECTROSCOPY, true));
        } else if (!dateOrRange(t)) {
            unrecognised.add(t);
        }
    }

    /**
     * Step B1. FitsStorage stores the value verbatim and reads it when it builds the query, where a
     * value it cannot read drops that constraint (the token shows as not recognised, and our warning
     * says why); only a malformed {@code sr} makes the archive itself fail, so it stays an error.
     */
    private void keyed(String t, String key, String value) {
        try {
            keyValues.parse(key, value).ifPresentOrElse(this::put, () -> warnings.add("ignored " + t));
        } catch (SelectionException e) {
            if (key.equalsIgnoreCase("sr")) {
                throw e;
            }
            unrecognised.add(t);
            warnings.add(e.getMessage() + "; ignored");
        }
    }

    /** Step B3. */
    private boolean booleanWord(String t) {
        Criterion c =
                switch (t) {
                    case "defaults" -> {
                        applyDefaults();
                        yield null;
                    }
                    case "imaging" -> new Flag(Key.SPECTROSCOPY, false);
                    case "spectroscopy" -> new Flag(Key.SPECTROSCOPY, true);
                    case "present", "Present" -> new Flag(Key.PRESENT, true);
                    case "notpresent", "NotPresent" -> new Flag(Key.PRESENT, false);
                    case "canonical", "Canonical" -> new Flag(Key.CANONICAL, true);
                    case "notcanonical", "NotCanonical" -> new Flag(Key.CANONICAL, false);
                    case "engineering" -> new Engineering(EngineeringRule.ONLY);
                    case "notengineering" -> new Engineering(EngineeringRule.EXCLUDE);
                    case "includeengineering" -> new Engineering(EngineeringRule.INCLUDE);
                    case "science_verification" -> new Flag(Key.SCIENCE_VERIFICATION, true);
                    case "notscience_verification" -> new Flag(Key.SCIENCE_VERIFICATION, false);
                    case "calprog" -> new Flag(Key.CALPROG, true);
                    case "notcalprog" -> new Flag(Key.CALPROG, false);
                    case "site_monitoring" -> new Flag(Key.SITE_MONITORING, true);
                    case "not_site_monitoring" -> new Flag(Key.SITE_MONITORING, false);
                    case "photstandard" -> new Flag(Key.PHOTSTANDARD, true);
                    case "mdgood" -> new Flag(Key.MDREADY, true);
                    case "mdbad" -> new Flag(Key.MDREADY, false);
                    case "gpi_astrometric_standard" -> new Flag(Key.GPI_ASTROMETRIC_STANDARD, true);
                    default -> null;
                };
        if (c != null) {
            put(c);
        }
        return c != null || t.equals("defaults");
    }

    /** Step B4. */
    private boolean selfValuedWord(String t) {
        Criterion c =
                switch (t) {
                    case "warnings", "missing", "requires", "takenow" -> new Exact(Key.CALOPTION, t);
                    case "Pass" -> new QaState(QaRule.PASS, t);
                    case "Usable" -> new QaState(QaRule.USABLE, t);
                    case "Fail" -> new QaState(QaRule.FAIL, t);
                    case "CHECK" -> new QaState(QaRule.CHECK, t);
                    case "UndefinedQA" -> new QaState(QaRule.UNDEFINED, t);
                    case "Win" -> new QaState(QaRule.WIN, t);
                    case "NotFail" -> new QaState(QaRule.NOT_FAIL, t);
                    case "Lucky" -> new QaState(QaRule.LUCKY, t);
                    case "AnyQA" -> new QaState(QaRule.ANY, t);
                    case "AO" -> new Flag(Key.AO, true);
                    case "NOTAO", "NOAO" -> new Flag(Key.AO, false);
                    default -> null;
                };
        if (c != null) {
            put(c);
        }
        return c != null;
    }

    /** Step B6: {@code progid=} takes a data label, else an observation ID, else any program ID. */
    private void progid(String v) {
        if (GeminiIds.isDataLabel(v)) {
            put(new Exact(Key.DATA_LABEL, v));
        } else if (GeminiIds.isObservationId(v)) {
            put(new Exact(Key.OBSERVATION_ID, v));
        } else {
            put(new Exact(Key.PROGRAM_ID, v));
        }
    }

    /** Steps B16-B17 (this is the archive, so dates are UT dates, not nights). */
    private boolean dateOrRange(String t) {
        var single = dates.date(t);
        if (single.isPresent()) {
            return put(single.get());
        }
        var range = dates.range(t);
        if (range.isPresent()) {
            return put(range.get());
        }
        if (GeminiDates.looksLikeDate(t)) {
            // FitsStorage's date test simply fails, so the token is not recognised; say why as well.
            warnings.add("'" + t + "' is not a valid date or date range (1999-2100, YYYYMMDD); ignored");
        }
        return false;
    }

    /** Step D: {@code defaults}. */
    private void applyDefaults() {
        put(new Engineering(EngineeringRule.EXCLUDE));
        put(new Flag(Key.SITE_MONITORING, false));
        put(new QaState(QaRule.NOT_FAIL, "NotFail"));
        put(new Exact(Key.COLS, "CTOWBEQ"));
        put(new ProcessingTag("default"));
    }

    /** Step C. */
    private void keepMostSpecificIdentifier() {
        if (criteria.containsKey(Key.DATA_LABEL)) {
            criteria.remove(Key.OBSERVATION_ID);
            criteria.remove(Key.PROGRAM_ID);
        } else if (criteria.containsKey(Key.OBSERVATION_ID)) {
            criteria.remove(Key.PROGRAM_ID);
        }
    }

    /** A single ra or dec value needs a box size; without sr it is 3 arcmin, with a warning. */
    private void defaultSearchRadius() {
        boolean single = criteria.get(Key.RA) instanceof Criterion.RaValue
                || criteria.get(Key.DEC) instanceof Criterion.DecValue;
        if (single && !criteria.containsKey(Key.SR)) {
            put(new Criterion.SearchRadius(Coordinates.DEFAULT_RADIUS_DEGREES));
            warnings.add("No Search Radius given, defaulting to 3 arcmin");
        }
    }

    private boolean put(Criterion c) {
        criteria.put(c.key(), c);
        return true;
    }
}
