// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.selection;

import java.util.Map;
import java.util.Optional;
import org.meridian.dialect.gemini.selection.Criterion.Camera;
import org.meridian.dialect.gemini.selection.Criterion.Disperser;
import org.meridian.dialect.gemini.selection.Criterion.Exact;
import org.meridian.dialect.gemini.selection.Criterion.FilePrefix;
import org.meridian.dialect.gemini.selection.Criterion.FileTimeRange;
import org.meridian.dialect.gemini.selection.Criterion.FocalPlaneMask;
import org.meridian.dialect.gemini.selection.Criterion.NightRange;
import org.meridian.dialect.gemini.selection.Criterion.PiName;
import org.meridian.dialect.gemini.selection.Criterion.ProcessingTag;
import org.meridian.dialect.gemini.selection.Criterion.ProgramText;

/**
 * Step B1 of FitsStorage's token recognition: {@code key=value} tokens whose key is in FitsStorage's map. The archive stored these
 * values verbatim and read them when querying; we read them here, so a malformed value is reported
 * before any query runs.
 */
final class KeyValues {

    private static final Map<String, Key> KEYS = Map.ofEntries(
            Map.entry("filename", Key.FILENAME),
            Map.entry("filepre", Key.FILEPRE),
            Map.entry("disperser", Key.DISPERSER),
            Map.entry("camera", Key.CAMERA),
            Map.entry("pupil_mask", Key.PUPIL_MASK),
            Map.entry("cenwlen", Key.CENWLEN),
            Map.entry("exposure_time", Key.EXPOSURE_TIME),
            Map.entry("coadds", Key.COADDS),
            Map.entry("publication", Key.PUBLICATION),
            Map.entry("PIname", Key.PI_NAME),
            Map.entry("ProgramText", Key.PROGRAM_TEXT),
            Map.entry("raw_cc", Key.RAW_CC),
            Map.entry("raw_iq", Key.RAW_IQ),
            Map.entry("raw_bg", Key.RAW_BG),
            Map.entry("raw_wv", Key.RAW_WV),
            Map.entry("gain", Key.GAIN),
            Map.entry("readspeed", Key.READSPEED),
            Map.entry("date", Key.DATE),
            Map.entry("daterange", Key.DATERANGE),
            Map.entry("night", Key.NIGHT),
            Map.entry("nightrange", Key.NIGHTRANGE),
            Map.entry("entrytimedaterange", Key.ENTRYTIME_RANGE),
            Map.entry("lastmoddaterange", Key.LASTMOD_RANGE),
            Map.entry("processing_tag", Key.PROCESSING_TAG),
            Map.entry("readmode", Key.READMODE),
            Map.entry("welldepth", Key.WELLDEPTH),
            Map.entry("path", Key.PATH),
            Map.entry("mask", Key.FOCAL_PLANE_MASK),
            Map.entry("filter", Key.FILTER),
            Map.entry("Filter", Key.FILTER),
            Map.entry("az", Key.AZ),
            Map.entry("Az", Key.AZ),
            Map.entry("azimuth", Key.AZ),
            Map.entry("Azimuth", Key.AZ),
            Map.entry("el", Key.EL),
            Map.entry("El", Key.EL),
            Map.entry("elevation", Key.EL),
            Map.entry("Elevation", Key.EL),
            Map.entry("ra", Key.RA),
            Map.entry("RA", Key.RA),
            Map.entry("dec", Key.DEC),
            Map.entry("Dec", Key.DEC),
            Map.entry("sr", Key.SR),
            Map.entry("SR", Key.SR),
            Map.entry("crpa", Key.CRPA),
            Map.entry("CRPA", Key.CRPA));

    private final GeminiDates dates;

    KeyValues(GeminiDates dates) {
        this.dates = dates;
    }

    static boolean handles(String urlKey) {
        return KEYS.containsKey(urlKey);
    }

    /** The criterion for {@code urlKey=value}; empty when the value selects nothing to filter on. */
    Optional<Criterion> parse(String urlKey, String value) {
        Key key = KEYS.get(urlKey);
        return switch (key) {
            case FILENAME -> Optional.of(new Exact(key, Vocabulary.stripBz2(value)));
            case FILEPRE -> Optional.of(new FilePrefix(value));
            case DISPERSER -> Optional.of(new Disperser(value));
            case CAMERA -> Optional.of(new Camera(value));
            case FOCAL_PLANE_MASK -> Optional.of(new FocalPlaneMask(value));
            case CENWLEN -> Values.centralWavelength(value).map(Criterion.class::cast);
            case EXPOSURE_TIME -> Optional.of(Values.exposureTime(value));
            case COADDS -> Optional.of(Values.coadds(value));
            case PI_NAME -> Optional.of(new PiName(words(urlKey, value)));
            case PROGRAM_TEXT -> Optional.of(new ProgramText(words(urlKey, value)));
            case RAW_CC, RAW_IQ, RAW_BG, RAW_WV -> Optional.of(Values.siteQuality(key, value));
            case AZ, EL, CRPA -> Optional.of(Values.telescopeAngle(key, value));
            case RA -> Optional.of(Coordinates.ra(value));
            case DEC -> Optional.of(Coordinates.dec(value));
            case SR -> Optional.of(Coordinates.searchRadius(value));
            case DATE -> Optional.of(dates.date(value).orElseThrow(() -> bad(urlKey, value)));
            case DATERANGE ->
                Optional.of(dates.range(value).or(() -> dates.date(value)).orElseThrow(() -> bad(urlKey, value)));
            case NIGHT, NIGHTRANGE ->
                Optional.of(dates.dayRange(value)
                        .map(r -> new NightRange(r.first(), r.last(), key == Key.NIGHT))
                        .orElseThrow(() -> bad(urlKey, value)));
            case ENTRYTIME_RANGE, LASTMOD_RANGE ->
                Optional.of(dates.dayRange(value)
                        .map(r -> new FileTimeRange(key, r.first(), r.last()))
                        .orElseThrow(() -> bad(urlKey, value)));
            case PROCESSING_TAG -> Optional.of(new ProcessingTag(value));
            default -> Optional.of(new Exact(key, value));
        };
    }

    private static String words(String urlKey, String value) {
        if (value.isBlank()) {
            throw new SelectionException(urlKey + " needs at least one word");
        }
        return value.strip();
    }

    private static SelectionException bad(String urlKey, String value) {
        return new SelectionException(urlKey + " value '" + value + "' is not a valid date or date range");
    }
}
