// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.query;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.meridian.dialect.gemini.json.AsciiJson;
import org.meridian.dialect.gemini.json.PythonStr;

/**
 * The mapping of the core tables onto the Gemini archive's Header/DiskFile fields (docs/design.md rule
 * 2: a mapping, not a copy). Each entry is the jsonsummary key, the SQL expression over {@code o},
 * {@code f} and {@code v}, and how the value is converted for the wire.
 */
final class HeaderColumns {

    enum Kind {
        TEXT,
        BOOL,
        LONG,
        INT,
        DOUBLE,
        NAIVE_DATETIME,
        AWARE_DATETIME,
        DATE,
        LOCAL_TIME,
        TAGS,
        CONSTANT_FALSE
    }

    record Column(String key, String sql, Kind kind) {}

    static final List<Column> COLUMNS = List.of(
            new Column("name", "f.name", Kind.TEXT),
            new Column("filename", "v.filename", Kind.TEXT),
            new Column("path", "v.path", Kind.TEXT),
            new Column("compressed", "v.compressed is not null", Kind.BOOL),
            new Column("file_size", "v.file_size", Kind.LONG),
            new Column("data_size", "v.data_size", Kind.LONG),
            new Column("file_md5", "v.file_md5", Kind.TEXT),
            new Column("data_md5", "v.data_md5", Kind.TEXT),
            new Column("lastmod", "v.lastmod", Kind.AWARE_DATETIME),
            new Column("mdready", "v.mdready", Kind.BOOL),
            new Column("entrytime", "v.entrytime", Kind.AWARE_DATETIME),
            new Column("present", "v.present", Kind.BOOL),
            new Column("canonical", "v.canonical", Kind.BOOL),
            new Column("size", "v.file_size", Kind.LONG),
            new Column("md5", "v.file_md5", Kind.TEXT),
            // This archive ingests synchronously: nothing is ever waiting in an ingest queue.
            new Column("pending_ingest", "false", Kind.CONSTANT_FALSE),
            new Column("program_id", "o.program_id", Kind.TEXT),
            new Column("engineering", "o.engineering", Kind.BOOL),
            new Column("science_verification", "o.science_verification", Kind.BOOL),
            new Column("processing", "o.processing", Kind.TEXT),
            new Column("calibration_program", "o.calibration_program", Kind.BOOL),
            new Column("observation_id", "o.observation_id", Kind.TEXT),
            new Column("data_label", "o.data_label", Kind.TEXT),
            new Column("telescope", "o.telescope", Kind.TEXT),
            new Column("instrument", "o.instrument", Kind.TEXT),
            new Column("ut_datetime", "o.ut_start", Kind.NAIVE_DATETIME),
            new Column("local_time", "o.local_time", Kind.LOCAL_TIME),
            new Column("observation_type", "o.observation_type", Kind.TEXT),
            new Column("observation_class", "o.observation_class", Kind.TEXT),
            new Column("object", "o.object", Kind.TEXT),
            new Column("ra", "o.ra", Kind.DOUBLE),
            new Column("dec", "o.dec", Kind.DOUBLE),
            new Column("azimuth", "o.azimuth", Kind.DOUBLE),
            new Column("elevation", "o.elevation", Kind.DOUBLE),
            new Column("cass_rotator_pa", "o.cass_rotator_pa", Kind.DOUBLE),
            new Column("airmass", "o.airmass", Kind.DOUBLE),
            new Column("filter_name", "o.filter_name", Kind.TEXT),
            new Column("exposure_time", "o.exposure_time", Kind.DOUBLE),
            new Column("disperser", "o.disperser", Kind.TEXT),
            new Column("camera", "o.camera", Kind.TEXT),
            new Column("central_wavelength", "o.central_wavelength", Kind.DOUBLE),
            new Column("wavelength_band", "o.wavelength_band", Kind.TEXT),
            new Column("focal_plane_mask", "o.focal_plane_mask", Kind.TEXT),
            new Column("detector_binning", "o.detector_binning", Kind.TEXT),
            new Column("detector_gain_setting", "o.detector_gain_setting", Kind.TEXT),
            new Column("detector_roi_setting", "o.detector_roi_setting", Kind.TEXT),
            new Column("detector_readspeed_setting", "o.detector_readspeed_setting", Kind.TEXT),
            new Column("detector_welldepth_setting", "o.detector_welldepth_setting", Kind.TEXT),
            new Column("detector_readmode_setting", "o.detector_readmode_setting", Kind.TEXT),
            new Column("spectroscopy", "o.spectroscopy", Kind.BOOL),
            new Column("mode", "o.mode", Kind.TEXT),
            new Column("adaptive_optics", "o.adaptive_optics", Kind.BOOL),
            new Column("laser_guide_star", "o.laser_guide_star", Kind.BOOL),
            new Column("wavefront_sensor", "o.wavefront_sensor", Kind.TEXT),
            new Column("gcal_lamp", "o.gcal_lamp", Kind.TEXT),
            new Column("raw_iq", "o.raw_iq", Kind.INT),
            new Column("raw_cc", "o.raw_cc", Kind.INT),
            new Column("raw_wv", "o.raw_wv", Kind.INT),
            new Column("raw_bg", "o.raw_bg", Kind.INT),
            new Column("requested_iq", "o.requested_iq", Kind.INT),
            new Column("requested_cc", "o.requested_cc", Kind.INT),
            new Column("requested_wv", "o.requested_wv", Kind.INT),
            new Column("requested_bg", "o.requested_bg", Kind.INT),
            new Column("qa_state", "o.qa_state", Kind.TEXT),
            new Column("release", "o.release", Kind.DATE),
            new Column("reduction", "o.reduction", Kind.TEXT),
            new Column("types", "o.types", Kind.TAGS),
            new Column("phot_standard", "o.phot_standard", Kind.BOOL));

    /** {@code v.id, o.id, <every column>} for a select list. */
    static String selectList() {
        StringBuilder b = new StringBuilder("v.id, o.id");
        COLUMNS.forEach(c -> b.append(", ").append(c.sql()));
        return b.toString();
    }

    private static final SummaryValues.Keys KEYS =
            new SummaryValues.Keys(COLUMNS.stream().map(Column::key).toList());

    /** Whether column i is hidden with the coordinates, decided once rather than per row and column. */
    private static final boolean[] PROPRIETARY = new boolean[COLUMNS.size()];

    static {
        for (int i = 0; i < COLUMNS.size(); i++) {
            PROPRIETARY[i] = HeaderRow.PROPRIETARY_KEYS.contains(COLUMNS.get(i).key());
        }
    }

    /** The position of the column listed under {@code key}. */
    static int indexOf(String key) {
        Integer i = KEYS.positions().get(key);
        if (i == null) {
            throw new IllegalArgumentException("no header column " + key);
        }
        return i;
    }

    /**
     * Writes column {@code i} (result column {@code first + i}) as JSON. Text goes over as the
     * database sent it (pgjdbc's getBytes gives a text column's UTF-8 bytes without decoding them);
     * the other kinds are converted as {@link #read} converts them.
     */
    static void writeJson(ResultSet r, int first, int i, boolean maskCoordinates, AsciiJson json) throws SQLException {
        if (maskCoordinates && PROPRIETARY[i]) {
            json.nul();
            return;
        }
        int at = first + i;
        Kind kind = COLUMNS.get(i).kind();
        int start = json.size();
        switch (kind) {
            case TEXT -> {
                byte[] text = r.getBytes(at);
                if (text != null) {
                    json.utf8String(text);
                }
            }
            case BOOL, CONSTANT_FALSE -> json.bool(r.getBoolean(at));
            case LONG, INT -> json.number(r.getLong(at));
            case DOUBLE -> json.number(r.getDouble(at));
            default -> {
                Object v = value(r, at, kind);
                if (v != null) {
                    json.string(v.toString());
                }
            }
        }
        // A primitive getter reads SQL NULL as false or 0: what it wrote is replaced by null.
        if (r.wasNull()) {
            json.truncate(start);
            json.nul();
        }
    }

    /** Reads the columns starting at result column {@code first}, blanking coordinates when asked. */
    static Map<String, Object> read(ResultSet r, int first, boolean maskCoordinates) throws SQLException {
        Object[] values = new Object[COLUMNS.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = maskCoordinates && PROPRIETARY[i]
                    ? null
                    : value(r, first + i, COLUMNS.get(i).kind());
        }
        return new SummaryValues(KEYS, values);
    }

    private static Object value(ResultSet r, int i, Kind kind) throws SQLException {
        Object v =
                switch (kind) {
                    case TEXT -> r.getString(i);
                    case BOOL, CONSTANT_FALSE -> r.getBoolean(i);
                    case LONG -> r.getLong(i);
                    case INT -> r.getInt(i);
                    case DOUBLE -> r.getDouble(i);
                    case NAIVE_DATETIME -> timestamp(r, i, false);
                    case AWARE_DATETIME -> timestamp(r, i, true);
                    case DATE -> {
                        OffsetDateTime t = r.getObject(i, OffsetDateTime.class);
                        yield t == null
                                ? null
                                : PythonStr.date(
                                        t.atZoneSameInstant(ZoneOffset.UTC).toLocalDate());
                    }
                    case LOCAL_TIME -> PythonStr.localTime(r.getString(i));
                    case TAGS -> tags(r.getArray(i));
                };
        return r.wasNull() ? null : v;
    }

    private static String timestamp(ResultSet r, int i, boolean aware) throws SQLException {
        // As OffsetDateTime, the driver parses the value directly; as Timestamp it goes through a Calendar.
        OffsetDateTime t = r.getObject(i, OffsetDateTime.class);
        if (t == null) {
            return null;
        }
        return aware ? PythonStr.aware(t.toInstant()) : PythonStr.naive(t.toInstant());
    }

    private static String tags(Array array) throws SQLException {
        if (array == null) {
            return null;
        }
        return PythonStr.list(Arrays.asList((String[]) array.getArray()));
    }
}
