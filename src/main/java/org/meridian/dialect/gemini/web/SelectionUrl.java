// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.meridian.dialect.gemini.selection.Criterion;
import org.meridian.dialect.gemini.selection.Criterion.AnyGmos;
import org.meridian.dialect.gemini.selection.Criterion.Camera;
import org.meridian.dialect.gemini.selection.Criterion.CentralWavelength;
import org.meridian.dialect.gemini.selection.Criterion.Coadds;
import org.meridian.dialect.gemini.selection.Criterion.DateRange;
import org.meridian.dialect.gemini.selection.Criterion.DateTimeRange;
import org.meridian.dialect.gemini.selection.Criterion.DecRange;
import org.meridian.dialect.gemini.selection.Criterion.DecValue;
import org.meridian.dialect.gemini.selection.Criterion.DetectorRoi;
import org.meridian.dialect.gemini.selection.Criterion.Disperser;
import org.meridian.dialect.gemini.selection.Criterion.Engineering;
import org.meridian.dialect.gemini.selection.Criterion.Exact;
import org.meridian.dialect.gemini.selection.Criterion.ExposureTime;
import org.meridian.dialect.gemini.selection.Criterion.FilePrefix;
import org.meridian.dialect.gemini.selection.Criterion.FileTimeRange;
import org.meridian.dialect.gemini.selection.Criterion.Flag;
import org.meridian.dialect.gemini.selection.Criterion.FocalPlaneMask;
import org.meridian.dialect.gemini.selection.Criterion.Instrument;
import org.meridian.dialect.gemini.selection.Criterion.NightRange;
import org.meridian.dialect.gemini.selection.Criterion.ObjectName;
import org.meridian.dialect.gemini.selection.Criterion.PiName;
import org.meridian.dialect.gemini.selection.Criterion.ProcessingTag;
import org.meridian.dialect.gemini.selection.Criterion.ProgramText;
import org.meridian.dialect.gemini.selection.Criterion.QaState;
import org.meridian.dialect.gemini.selection.Criterion.RaRange;
import org.meridian.dialect.gemini.selection.Criterion.RaValue;
import org.meridian.dialect.gemini.selection.Criterion.RelativeDay;
import org.meridian.dialect.gemini.selection.Criterion.SearchRadius;
import org.meridian.dialect.gemini.selection.Criterion.SingleDate;
import org.meridian.dialect.gemini.selection.Criterion.SiteQuality;
import org.meridian.dialect.gemini.selection.Criterion.TelescopeAngle;
import org.meridian.dialect.gemini.selection.Criterion.UtPeriod;
import org.meridian.dialect.gemini.selection.Key;
import org.meridian.dialect.gemini.selection.Selection;

/**
 * A selection written back as a URL path (FitsStorage's {@code to_url}, §1.8): criteria sorted by
 * the archive's selection key names, each as the token the parser reads back; {@code daterange}
 * and {@code nightrange} are dropped when a single date or night is present. Used in download
 * READMEs, tar names and the search form's links.
 */
public final class SelectionUrl {

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    /** The archive's name for each key; the URL lists criteria in this name's order. */
    private static final Map<Key, String> NAMES = Map.ofEntries(
            Map.entry(Key.INSTRUMENT, "inst"),
            Map.entry(Key.FOCAL_PLANE_MASK, "focal_plane_mask"),
            Map.entry(Key.PI_NAME, "PIname"),
            Map.entry(Key.PROGRAM_TEXT, "ProgramText"),
            Map.entry(Key.AO, "ao"),
            Map.entry(Key.LGS, "lgs"),
            Map.entry(Key.CALPROG, "calprog"),
            Map.entry(Key.PRE_IMAGE, "pre_image"),
            Map.entry(Key.DETECTOR_ROI, "detector_roi"),
            Map.entry(Key.ENTRYTIME_RANGE, "entrytimedaterange"),
            Map.entry(Key.LASTMOD_RANGE, "lastmoddaterange"),
            Map.entry(Key.CENWLEN, "cenwlen"),
            Map.entry(Key.MDREADY, "mdready"));

    private SelectionUrl() {}

    public static String of(Selection selection) {
        return selection.stream()
                .filter(c -> !(c.key() == Key.DATERANGE && selection.has(Key.DATE)))
                .filter(c -> !(c.key() == Key.NIGHTRANGE && selection.has(Key.NIGHT)))
                .filter(c ->
                        !(c.key() == Key.SR && selection.warnings().stream().anyMatch(w -> w.contains("sr"))))
                .sorted(Comparator.comparing(c -> name(c.key())))
                .map(SelectionUrl::token)
                .filter(t -> !t.isEmpty())
                .map(t -> "/" + t)
                .collect(Collectors.joining());
    }

    static String name(Key key) {
        return NAMES.getOrDefault(key, key.name().toLowerCase(Locale.ROOT));
    }

    static String token(Criterion c) {
        return switch (c) {
            case SingleDate d -> "date=" + d.date().format(YYYYMMDD);
            case RelativeDay d -> "date=" + d.date().format(YYYYMMDD);
            case DateRange r ->
                "daterange=" + r.first().format(YYYYMMDD) + "-" + r.last().format(YYYYMMDD);
            case DateTimeRange r -> "daterange=" + r.start() + "--" + r.end();
            case UtPeriod p -> "";
            case NightRange n ->
                n.single()
                        ? "night=" + n.first().format(YYYYMMDD)
                        : "nightrange=" + n.first().format(YYYYMMDD) + "-"
                                + n.last().format(YYYYMMDD);
            case FileTimeRange r ->
                name(r.key()) + "=" + r.first().format(YYYYMMDD) + "-"
                        + r.last().format(YYYYMMDD);
            case Exact e -> exact(e);
            case Flag f -> flag(f);
            case Instrument i -> i.name();
            case AnyGmos g -> "GMOS";
            case Engineering e ->
                switch (e.rule()) {
                    case ONLY -> "engineering";
                    case EXCLUDE -> "notengineering";
                    case INCLUDE -> "includeengineering";
                };
            case QaState q -> q.word();
            case Disperser d -> "disperser=" + d.name();
            case FocalPlaneMask m -> "mask=" + m.name();
            case Camera cam -> "camera=" + cam.name();
            case DetectorRoi roi -> roi.name().replace(" ", "");
            case FilePrefix p -> "filepre=" + p.prefix();
            case ObjectName o -> "object=" + o.name().replace("/", "=slash=");
            case ExposureTime t -> "exposure_time=" + number(t.min()) + "-" + number(t.max());
            case CentralWavelength w -> "cenwlen=" + number(w.min()) + "-" + number(w.max());
            case TelescopeAngle a -> name(a.key()) + "=" + number(a.from()) + "-" + number(a.to());
            case Coadds n -> "coadds=" + n.count();
            case SiteQuality q -> name(q.key()) + "=" + q.percentile();
            case RaValue r -> "ra=" + number(r.degrees());
            case RaRange r -> "ra=" + number(r.from()) + "-" + number(r.to());
            case DecValue d -> "dec=" + number(d.degrees());
            case DecRange d -> "dec=" + number(d.low()) + "-" + number(d.high());
            case SearchRadius r -> "sr=" + number(r.degrees()) + "d";
            case PiName p -> "PIname=" + p.words();
            case ProgramText p -> "ProgramText=" + p.words();
            case ProcessingTag t -> "processing_tag=" + t.tag();
        };
    }

    private static String exact(Exact e) {
        return switch (e.key()) {
            case PROGRAM_ID -> bareOr("progid=", e.value(), Key.PROGRAM_ID);
            case OBSERVATION_ID -> bareOr("obsid=", e.value(), Key.OBSERVATION_ID);
            case DATA_LABEL -> bareOr("datalabel=", e.value(), Key.DATA_LABEL);
            case FILTER -> "filter=" + e.value();
            case PATH -> "path=" + e.value();
            case PUPIL_MASK -> "pupil_mask=" + e.value();
            case GAIN, READSPEED, WELLDEPTH, READMODE -> name(e.key()) + "=" + e.value();
            case COLS -> "cols=" + e.value();
            case FILENAME -> e.value();
            default -> e.value();
        };
    }

    /** Whether an identifier parses bare does not depend on the date that relative date tokens read. */
    private static final Clock ANY_DAY = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);

    /** Identifiers the parser recognises bare are written bare; others need their key. */
    private static String bareOr(String key, String value, Key expected) {
        return org.meridian.dialect.gemini.selection.SelectionParser.parse(java.util.List.of(value), Map.of(), ANY_DAY)
                        .has(expected)
                ? value
                : key + value;
    }

    private static String flag(Flag f) {
        boolean v = f.value();
        return switch (f.key()) {
            case SPECTROSCOPY -> v ? "spectroscopy" : "imaging";
            case PRESENT -> v ? "present" : "notpresent";
            case CANONICAL -> v ? "canonical" : "notcanonical";
            case MDREADY -> v ? "mdgood" : "mdbad";
            case AO -> v ? "AO" : "NOTAO";
            case LGS -> v ? "LGS" : "NGS";
            case SCIENCE_VERIFICATION -> v ? "science_verification" : "notscience_verification";
            case CALPROG -> v ? "calprog" : "notcalprog";
            case SITE_MONITORING -> v ? "site_monitoring" : "not_site_monitoring";
            case TWILIGHT -> v ? "Twilight" : "NotTwilight";
            case PHOTSTANDARD -> v ? "photstandard" : "";
            case PRE_IMAGE -> v ? "preimage" : "";
            case GPI_ASTROMETRIC_STANDARD -> v ? "gpi_astrometric_standard" : "";
            default -> "";
        };
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
