// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.selection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;

/** One parsed selection criterion. Each belongs to one {@link Key}; alternatives are sealed families. */
public sealed interface Criterion {

    /**
     * The key this criterion belongs to. Records that carry their key as a component answer it
     * themselves; the others are listed here once, as a table, rather than each repeating a
     * three-line method.
     */
    default Key key() {
        return switch (this) {
            case SingleDate d -> Key.DATE;
            case RelativeDay d -> Key.DATE;
            case DateRange r -> Key.DATERANGE;
            case DateTimeRange r -> Key.DATERANGE;
            case NightRange n -> n.single() ? Key.NIGHT : Key.NIGHTRANGE;
            case InstrumentCriterion i -> Key.INSTRUMENT;
            case Engineering e -> Key.ENGINEERING;
            case QaState q -> Key.QA_STATE;
            case Disperser d -> Key.DISPERSER;
            case FocalPlaneMask m -> Key.FOCAL_PLANE_MASK;
            case Camera c -> Key.CAMERA;
            case DetectorRoi r -> Key.DETECTOR_ROI;
            case FilePrefix p -> Key.FILEPRE;
            case ObjectName o -> Key.OBJECT;
            case ExposureTime t -> Key.EXPOSURE_TIME;
            case CentralWavelength w -> Key.CENWLEN;
            case Coadds c -> Key.COADDS;
            case RaCriterion r -> Key.RA;
            case DecCriterion d -> Key.DEC;
            case SearchRadius r -> Key.SR;
            case PiName p -> Key.PI_NAME;
            case ProgramText t -> Key.PROGRAM_TEXT;
            case ProcessingTag t -> Key.PROCESSING_TAG;
            // These records hold their key as a component, whose accessor overrides this method.
            case FileTimeRange f -> f.key();
            case Exact e -> e.key();
            case Flag f -> f.key();
            case TelescopeAngle a -> a.key();
            case SiteQuality q -> q.key();
        };
    }

    /** A UT period [start, end) on the observation's start time. */
    sealed interface UtPeriod extends Criterion permits SingleDate, RelativeDay, DateRange, DateTimeRange {
        /** Date criteria cover whole UT days; a {@link DateTimeRange} answers with its own components. */
        default Instant start() {
            return switch (this) {
                case SingleDate d -> midnight(d.date());
                case RelativeDay d -> midnight(d.date());
                case DateRange r -> midnight(r.first());
                case DateTimeRange r -> r.start();
            };
        }

        default Instant end() {
            return switch (this) {
                case SingleDate d -> midnight(d.date().plusDays(1));
                case RelativeDay d -> midnight(d.date().plusDays(1));
                case DateRange r -> midnight(r.last().plusDays(1));
                case DateTimeRange r -> r.end();
            };
        }
    }

    /** A UT date: [D 00:00, D+1 00:00). */
    record SingleDate(LocalDate date) implements UtPeriod {}

    /** {@code today}, {@code yesterday}, ... resolved against the parser's clock (UTC). */
    record RelativeDay(String word, LocalDate date) implements UtPeriod {}

    /** Whole UT days, both inclusive: [first 00:00, last+1 00:00). */
    record DateRange(LocalDate first, LocalDate last) implements UtPeriod {
        public DateRange {
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("range ends before it starts");
            }
        }
    }

    /** Datetime ranges are used as given. */
    record DateTimeRange(Instant start, Instant end) implements UtPeriod {}

    /** Observing nights (single when first == last); the UT window depends on the site. */
    record NightRange(LocalDate first, LocalDate last, boolean single) implements Criterion {}

    /** File entry or modification time over whole days, both inclusive. */
    record FileTimeRange(Key key, LocalDate first, LocalDate last) implements Criterion {
        public FileTimeRange {
            requireKey(key, EnumSet.of(Key.ENTRYTIME_RANGE, Key.LASTMOD_RANGE), "a file time");
        }
    }

    /** Plain equality of one column with a string. */
    record Exact(Key key, String value) implements Criterion {
        public Exact {
            requireKey(key, Key.EXACT, "an exact-match");
        }
    }

    /** A boolean column or condition that must be true or false. */
    record Flag(Key key, boolean value) implements Criterion {
        public Flag {
            requireKey(key, Key.FLAGS, "a flag");
        }
    }

    sealed interface InstrumentCriterion extends Criterion permits Instrument, AnyGmos {}

    /** One instrument, by its official header name. */
    record Instrument(String name) implements InstrumentCriterion {}

    /** {@code GMOS}: GMOS-N or GMOS-S. */
    record AnyGmos() implements InstrumentCriterion {}

    enum EngineeringRule {
        ONLY,
        EXCLUDE,
        INCLUDE
    }

    record Engineering(EngineeringRule rule) implements Criterion {}

    enum QaRule {
        PASS,
        USABLE,
        FAIL,
        CHECK,
        UNDEFINED,
        WIN,
        NOT_FAIL,
        LUCKY,
        ANY
    }

    /** The URL word is kept so the selection can be echoed back as the caller wrote it. */
    record QaState(QaRule rule, String word) implements Criterion {}

    record Disperser(String name) implements Criterion {}

    record FocalPlaneMask(String name) implements Criterion {}

    record Camera(String name) implements Criterion {}

    record DetectorRoi(String name) implements Criterion {}

    record FilePrefix(String prefix) implements Criterion {}

    /** An object name; {@code *} is a wildcard when the name starts or ends with one. */
    record ObjectName(String name) implements Criterion {}

    /** Total exposure in seconds, both ends inclusive. */
    record ExposureTime(double min, double max) implements Criterion {}

    /** Central wavelength in microns, both ends exclusive. */
    record CentralWavelength(double min, double max) implements Criterion {}

    /** Azimuth, elevation or Cassegrain rotator PA in degrees: from &lt;= x &lt; to, no wrapping. */
    record TelescopeAngle(Key key, double from, double to) implements Criterion {
        public TelescopeAngle {
            requireKey(key, Key.TELESCOPE_ANGLES, "a telescope angle");
        }
    }

    record Coadds(int count) implements Criterion {}

    /** A raw site-quality percentile (100 means "Any"). */
    record SiteQuality(Key key, int percentile) implements Criterion {
        public SiteQuality {
            requireKey(key, Key.SITE_QUALITY, "a site quality");
        }
    }

    sealed interface RaCriterion extends Criterion permits RaValue, RaRange {}

    /** A single RA in degrees: the centre of a box of half-width sr/cos(dec). */
    record RaValue(double degrees) implements RaCriterion {}

    /** An RA range in degrees; when from &gt; to it wraps through 0. */
    record RaRange(double from, double to) implements RaCriterion {}

    sealed interface DecCriterion extends Criterion permits DecValue, DecRange {}

    /** A single Dec in degrees: the centre of a box of half-height sr. */
    record DecValue(double degrees) implements DecCriterion {}

    /** A Dec range, low &lt;= dec &lt; high (given ends in either order). */
    record DecRange(double low, double high) implements DecCriterion {}

    /** The half-size of the ra/dec box in degrees. */
    record SearchRadius(double degrees) implements Criterion {}

    /** Words that must all occur in the program's PI and co-investigator names. */
    record PiName(String words) implements Criterion {}

    /** Words that must all occur in the program's title. */
    record ProgramText(String words) implements Criterion {}

    record ProcessingTag(String tag) implements Criterion {}

    /** The records that carry their key as a component accept only the keys of their family. */
    private static void requireKey(Key key, Set<Key> family, String kind) {
        if (!family.contains(key)) {
            throw new IllegalArgumentException("not " + kind + " key: " + key);
        }
    }

    private static Instant midnight(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
