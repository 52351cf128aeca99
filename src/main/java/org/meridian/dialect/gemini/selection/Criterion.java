// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.selection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** One parsed selection criterion. Each belongs to one {@link Key}; alternatives are sealed families. */
public sealed interface Criterion {

    Key key();

    /** A UT period [start, end) on the observation's start time. */
    sealed interface UtPeriod extends Criterion permits SingleDate, RelativeDay, DateRange, DateTimeRange {
        Instant start();

        Instant end();
    }

    /** A UT date: [D 00:00, D+1 00:00). */
    record SingleDate(LocalDate date) implements UtPeriod {
        public Key key() {
            return Key.DATE;
        }

        public Instant start() {
            return midnight(date);
        }

        public Instant end() {
            return midnight(date.plusDays(1));
        }
    }

    /** {@code today}, {@code yesterday}, ... resolved against the parser's clock (UTC). */
    record RelativeDay(String word, LocalDate date) implements UtPeriod {
        public Key key() {
            return Key.DATE;
        }

        public Instant start() {
            return midnight(date);
        }

        public Instant end() {
            return midnight(date.plusDays(1));
        }
    }

    /** Whole UT days, both inclusive: [first 00:00, last+1 00:00). */
    record DateRange(LocalDate first, LocalDate last) implements UtPeriod {
        public DateRange {
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("range ends before it starts");
            }
        }

        public Key key() {
            return Key.DATERANGE;
        }

        public Instant start() {
            return midnight(first);
        }

        public Instant end() {
            return midnight(last.plusDays(1));
        }
    }

    /** Datetime ranges are used as given. */
    record DateTimeRange(Instant start, Instant end) implements UtPeriod {
        public Key key() {
            return Key.DATERANGE;
        }
    }

    /** Observing nights (single when first == last); the UT window depends on the site. */
    record NightRange(LocalDate first, LocalDate last, boolean single) implements Criterion {
        public Key key() {
            return single ? Key.NIGHT : Key.NIGHTRANGE;
        }
    }

    /** File entry or modification time over whole days, both inclusive. */
    record FileTimeRange(Key key, LocalDate first, LocalDate last) implements Criterion {
        public FileTimeRange {
            if (key != Key.ENTRYTIME_RANGE && key != Key.LASTMOD_RANGE) {
                throw new IllegalArgumentException("not a file time key: " + key);
            }
        }
    }

    /** Plain equality of one column with a string. */
    record Exact(Key key, String value) implements Criterion {
        public Exact {
            if (!Key.EXACT.contains(key)) {
                throw new IllegalArgumentException("not an exact-match key: " + key);
            }
        }
    }

    /** A boolean column or condition that must be true or false. */
    record Flag(Key key, boolean value) implements Criterion {
        public Flag {
            if (!Key.FLAGS.contains(key)) {
                throw new IllegalArgumentException("not a flag key: " + key);
            }
        }
    }

    sealed interface InstrumentCriterion extends Criterion permits Instrument, AnyGmos {
        default Key key() {
            return Key.INSTRUMENT;
        }
    }

    /** One instrument, by its official header name. */
    record Instrument(String name) implements InstrumentCriterion {}

    /** {@code GMOS}: GMOS-N or GMOS-S. */
    record AnyGmos() implements InstrumentCriterion {}

    enum EngineeringRule {
        ONLY,
        EXCLUDE,
        INCLUDE
    }

    record Engineering(EngineeringRule rule) implements Criterion {
        public Key key() {
            return Key.ENGINEERING;
        }
    }

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
    record QaState(QaRule rule, String word) implements Criterion {
        public Key key() {
            return Key.QA_STATE;
        }
    }

    record Disperser(String name) implements Criterion {
        public Key key() {
            return Key.DISPERSER;
        }
    }

    record FocalPlaneMask(String name) implements Criterion {
        public Key key() {
            return Key.FOCAL_PLANE_MASK;
        }
    }

    record Camera(String name) implements Criterion {
        public Key key() {
            return Key.CAMERA;
        }
    }

    record DetectorRoi(String name) implements Criterion {
        public Key key() {
            return Key.DETECTOR_ROI;
        }
    }

    record FilePrefix(String prefix) implements Criterion {
        public Key key() {
            return Key.FILEPRE;
        }
    }

    /** An object name; {@code *} is a wildcard when the name starts or ends with one. */
    record ObjectName(String name) implements Criterion {
        public Key key() {
            return Key.OBJECT;
        }
    }

    /** Total exposure in seconds, both ends inclusive. */
    record ExposureTime(double min, double max) implements Criterion {
        public Key key() {
            return Key.EXPOSURE_TIME;
        }
    }

    /** Central wavelength in microns, both ends exclusive. */
    record CentralWavelength(double min, double max) implements Criterion {
        public Key key() {
            return Key.CENWLEN;
        }
    }

    /** Azimuth, elevation or Cassegrain rotator PA in degrees: from &lt;= x &lt; to, no wrapping. */
    record TelescopeAngle(Key key, double from, double to) implements Criterion {
        public TelescopeAngle {
            if (!Key.TELESCOPE_ANGLES.contains(key)) {
                throw new IllegalArgumentException("not a telescope angle key: " + key);
            }
        }
    }

    record Coadds(int count) implements Criterion {
        public Key key() {
            return Key.COADDS;
        }
    }

    /** A raw site-quality percentile (100 means "Any"). */
    record SiteQuality(Key key, int percentile) implements Criterion {
        public SiteQuality {
            if (!Key.SITE_QUALITY.contains(key)) {
                throw new IllegalArgumentException("not a site quality key: " + key);
            }
        }
    }

    sealed interface RaCriterion extends Criterion permits RaValue, RaRange {
        default Key key() {
            return Key.RA;
        }
    }

    /** A single RA in degrees: the centre of a box of half-width sr/cos(dec). */
    record RaValue(double degrees) implements RaCriterion {}

    /** An RA range in degrees; when from &gt; to it wraps through 0. */
    record RaRange(double from, double to) implements RaCriterion {}

    sealed interface DecCriterion extends Criterion permits DecValue, DecRange {
        default Key key() {
            return Key.DEC;
        }
    }

    /** A single Dec in degrees: the centre of a box of half-height sr. */
    record DecValue(double degrees) implements DecCriterion {}

    /** A Dec range, low &lt;= dec &lt; high (given ends in either order). */
    record DecRange(double low, double high) implements DecCriterion {}

    /** The half-size of the ra/dec box in degrees. */
    record SearchRadius(double degrees) implements Criterion {
        public Key key() {
            return Key.SR;
        }
    }

    /** Words that must all occur in the program's PI and co-investigator names. */
    record PiName(String words) implements Criterion {
        public Key key() {
            return Key.PI_NAME;
        }
    }

    /** Words that must all occur in the program's title. */
    record ProgramText(String words) implements Criterion {
        public Key key() {
            return Key.PROGRAM_TEXT;
        }
    }

    record ProcessingTag(String tag) implements Criterion {
        public Key key() {
            return Key.PROCESSING_TAG;
        }
    }

    private static Instant midnight(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
