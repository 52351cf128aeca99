// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.selection;

import static org.meridian.dialect.gemini.selection.Conjunction.timestamp;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.meridian.dialect.gemini.selection.Criterion.AnyGmos;
import org.meridian.dialect.gemini.selection.Criterion.Camera;
import org.meridian.dialect.gemini.selection.Criterion.CentralWavelength;
import org.meridian.dialect.gemini.selection.Criterion.Coadds;
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
import org.meridian.dialect.gemini.selection.Criterion.PiName;
import org.meridian.dialect.gemini.selection.Criterion.ProcessingTag;
import org.meridian.dialect.gemini.selection.Criterion.ProgramText;
import org.meridian.dialect.gemini.selection.Criterion.QaState;
import org.meridian.dialect.gemini.selection.Criterion.SiteQuality;
import org.meridian.dialect.gemini.selection.Criterion.UtPeriod;
import org.meridian.store.SqlFragment;

/**
 * Translates a {@link Selection} into a parameterised WHERE expression over {@link #FROM} (FitsStorage's query_selection, docs/gemini-archive.md).
 * The result is one {@link SqlFragment}, so the caller can AND the core's access predicate to it.
 */
public final class SelectionSql {

    /** The tables the expression refers to: an observation, its files and their versions. */
    public static final String FROM =
            "observation o join file f on f.observation_id = o.id" + " join file_version v on v.file_id = f.id";

    /** Gemini-South's nights run from 18:00 UT the day before (CHILE_OFFSET = -6 h). */
    private static final Duration CHILE_OFFSET = Duration.ofHours(-6);

    /** Keys that select nothing in SQL: calibration association and display options read them. */
    private static final Set<Key> NOT_FILTERS = Set.of(Key.CALTYPE, Key.CALOPTION, Key.COLS, Key.SR);

    private SelectionSql() {}

    /** The WHERE expression for {@code selection}. */
    public static SqlFragment where(Selection selection) {
        Conjunction where = new Conjunction();
        for (Criterion c : selection.criteria().values()) {
            add(c, selection, where);
        }
        PositionSql.add(selection, where);
        return where.toFragment();
    }

    private static void add(Criterion c, Selection s, Conjunction where) {
        switch (c) {
            case UtPeriod p ->
                where.add("o.ut_start >= ? and o.ut_start < ?", timestamp(p.start()), timestamp(p.end()));
            case NightRange n -> night(n, where);
            case FileTimeRange r -> {
                String column = r.key() == Key.ENTRYTIME_RANGE ? "v.entrytime" : "v.lastmod";
                // Whole days, both inclusive, as for daterange (the archive dropped the last day).
                where.add(
                        column + " >= ? and " + column + " < ?",
                        day(r.first()),
                        day(r.last().plusDays(1)));
            }
            case Exact e when NOT_FILTERS.contains(e.key()) -> {}
            case Exact e
            when e.key() == Key.PUBLICATION ->
                throw new SelectionException("publication searches are not supported by this archive");
            case Exact e -> where.add(column(e.key()) + " = ?", e.value());
            case Flag f -> flag(f, where);
            case Instrument i -> where.add("o.instrument = ?", i.name());
            case AnyGmos g -> where.add("o.instrument in ('GMOS-N', 'GMOS-S')");
            case Engineering e -> {
                switch (e.rule()) {
                    case ONLY -> where.add("o.engineering");
                    case EXCLUDE -> where.add("not o.engineering");
                    case INCLUDE -> {}
                }
            }
            case QaState q -> qa(q, where);
            case Disperser d -> disperser(d, s, where);
            case FocalPlaneMask m -> mask(m, s, where);
            case Camera cam -> camera(cam, where);
            case DetectorRoi roi
            when roi.name().equals("Full Frame") -> where.add("o.detector_roi_setting in ('Fixed', 'Full Frame')");
            case DetectorRoi roi -> where.add("o.detector_roi_setting = ?", roi.name());
            case FilePrefix p -> where.add("f.name like ? escape '\\'", Conjunction.likeLiteral(p.prefix()) + "%");
            case ExposureTime t -> where.add("o.exposure_time >= ? and o.exposure_time <= ?", t.min(), t.max());
            case CentralWavelength w ->
                where.add("o.central_wavelength > ? and o.central_wavelength < ?", w.min(), w.max());
            case Coadds n -> where.add("o.coadds = ?", n.count());
            case SiteQuality q -> where.add(column(q.key()) + " = ?", q.percentile());
            case PiName p ->
                where.add(
                        "exists (select 1 from program p where p.id = o.program_id and to_tsvector('simple',"
                                + " p.pi_name || ' ' || p.co_investigators) @@ plainto_tsquery('simple', ?))",
                        p.words());
            case ProgramText p ->
                where.add(
                        "exists (select 1 from program p where p.id = o.program_id"
                                + " and to_tsvector('english', p.title) @@ plainto_tsquery('english', ?))",
                        p.words());
            case ProcessingTag t -> processingTag(t, where);
            // Positional keys are translated together, by PositionSql.
            case Criterion.RaCriterion r -> {}
            case Criterion.DecCriterion d -> {}
            case Criterion.SearchRadius r -> {}
            case Criterion.ObjectName o -> {}
            case Criterion.TelescopeAngle a -> {}
        }
    }

    /** What a key stands for in SQL: the column an exact or site-quality value is compared with, or a flag's test. */
    private static String column(Key key) {
        return switch (key) {
            case TELESCOPE -> "o.telescope";
            case OBSERVATION_TYPE -> "o.observation_type";
            case OBSERVATION_CLASS -> "o.observation_class";
            case PROCESSING -> "o.processing";
            case REDUCTION -> "o.reduction";
            case FILENAME -> "f.name";
            case PATH -> "v.path";
            case PUPIL_MASK -> "(o.extra ->> 'pupil_mask')";
            case BINNING -> "o.detector_binning";
            case GAIN -> "o.detector_gain_setting";
            case READSPEED -> "o.detector_readspeed_setting";
            case WELLDEPTH -> "o.detector_welldepth_setting";
            case READMODE -> "o.detector_readmode_setting";
            case FILTER -> "o.filter_name";
            case MODE -> "o.mode";
            case PROGRAM_ID -> "o.program_id";
            case OBSERVATION_ID -> "o.observation_id";
            case DATA_LABEL -> "o.data_label";
            case RAW_CC -> "o.raw_cc";
            case RAW_IQ -> "o.raw_iq";
            case RAW_BG -> "o.raw_bg";
            case RAW_WV -> "o.raw_wv";
            case PRESENT -> "v.present";
            case CANONICAL -> "v.canonical";
            case MDREADY -> "v.mdready";
            case SPECTROSCOPY -> "o.spectroscopy";
            case AO -> "o.adaptive_optics";
            case LGS -> "o.laser_guide_star";
            case SCIENCE_VERIFICATION -> "o.science_verification";
            case CALPROG -> "o.calibration_program";
            case PHOTSTANDARD -> "o.phot_standard";
            // Not core columns: ingest records these Gemini-only flags in the observation's extras.
            case SITE_MONITORING -> "coalesce((o.extra ->> 'site_monitoring')::boolean, false)";
            case PRE_IMAGE -> "coalesce((o.extra ->> 'pre_image')::boolean, false)";
            case GPI_ASTROMETRIC_STANDARD -> "coalesce((o.extra ->> 'gpi_astrometric_standard')::boolean, false)";
            case TWILIGHT -> "o.object is not distinct from 'Twilight'";
            default -> throw new IllegalStateException("no column for " + key);
        };
    }

    private static void flag(Flag f, Conjunction where) {
        String expression = column(f.key());
        where.add(f.value() ? expression : "not (" + expression + ")");
    }

    /** A missing QA state counts as Undefined. */
    private static void qa(QaState q, Conjunction where) {
        switch (q.rule()) {
            case PASS -> where.add("o.qa_state = 'Pass'");
            case USABLE -> where.add("o.qa_state = 'Usable'");
            case FAIL -> where.add("o.qa_state = 'Fail'");
            case CHECK -> where.add("o.qa_state = 'CHECK'");
            case UNDEFINED -> where.add("coalesce(o.qa_state, 'Undefined') = 'Undefined'");
            case WIN -> where.add("o.qa_state in ('Pass', 'Usable')");
            case NOT_FAIL -> where.add("o.qa_state is distinct from 'Fail'");
            case LUCKY -> where.add("coalesce(o.qa_state, 'Undefined') in ('Pass', 'Undefined')");
            case ANY -> {}
        }
    }

    private static void disperser(Disperser d, Selection s, Conjunction where) {
        String v = d.name();
        boolean gnirs = s.get(Key.INSTRUMENT, Instrument.class)
                .filter(i -> i.name().equals("GNIRS"))
                .isPresent();
        if (gnirs && (v.equals("10lXD") || v.equals("32lXD") || v.equals("111lXD"))) {
            String mm = v.substring(0, v.length() - 3);
            where.add("o.disperser in (?, ?)", mm + "_mm&SXD", mm + "_mm&LXD");
        } else if (gnirs) {
            where.add("o.disperser = ?", v);
        } else {
            // The name alone or followed by one character and a component ID (B600+_G5307).
            where.add("o.disperser = ? or o.disperser like ? escape '\\'", v, Conjunction.likeLiteral(v) + "_%");
        }
    }

    /**
     * TReCS masks match by substring, GMOS masks by prefix, others exactly. (The archive also applied
     * the exact match to TReCS, which made its substring match useless.)
     */
    private static void mask(FocalPlaneMask m, Selection s, Conjunction where) {
        String instrument = s.get(Key.INSTRUMENT)
                .map(i -> i instanceof Instrument one ? one.name() : "GMOS")
                .orElse("");
        String literal = Conjunction.likeLiteral(m.name());
        if (instrument.equals("TReCS")) {
            where.add("o.focal_plane_mask like ? escape '\\'", "%" + literal + "%");
        } else if (instrument.startsWith("GMOS")) {
            where.add("o.focal_plane_mask like ? escape '\\'", literal + "%");
        } else {
            where.add("o.focal_plane_mask = ?", m.name());
        }
    }

    private static void camera(Camera c, Conjunction where) {
        switch (c.name()) {
            case "GnirsLong" -> where.add("o.camera in ('LongRed', 'LongBlue')");
            case "GnirsShort" -> where.add("o.camera in ('ShortRed', 'ShortBlue')");
            default -> where.add("o.camera = ?", c.name());
        }
    }

    /**
     * {@code default} asks for raw data or each domain's highest-priority published processing; this
     * archive publishes one processing per product, so every row qualifies.
     */
    private static void processingTag(ProcessingTag t, Conjunction where) {
        if (!t.tag().equals("default")) {
            where.add("o.processing = 'Raw' or (o.extra ->> 'processing_tag') = ?", t.tag());
        }
    }

    private static void night(NightRange n, Conjunction where) {
        Instant start = n.first().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = n.last().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        where.add(
                "(o.telescope = 'Gemini-North' and o.ut_start >= ? and o.ut_start < ?)"
                        + " or (o.telescope = 'Gemini-South' and o.ut_start >= ? and o.ut_start < ?)",
                timestamp(start),
                timestamp(end),
                timestamp(start.plus(CHILE_OFFSET)),
                timestamp(end.plus(CHILE_OFFSET)));
    }

    private static Object day(LocalDate d) {
        return timestamp(d.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
