// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleSupplier;
import org.meridian.core.archive.Access;
import org.meridian.core.auth.Caller;
import org.meridian.store.Database;
import org.meridian.store.SqlFragment;

/**
 * Frames read from the core tables: an LCO frame is an {@code observation} row of collection LCO,
 * its versions are the {@code file_version} rows of its file, its related frames the
 * {@code product_link} rows in either direction (Django's symmetrical many-to-many).
 */
public final class FrameStore {

    static final String COLUMNS = "o.id, o.obs_key, o.ut_start, o.observation_day, o.program_id, o.instrument,"
            + " o.object, o.reduction_level, o.site_id, o.telescope_id, o.exposure_time, o.filter_name, o.release,"
            + " o.observation_type, o.observation_id, o.request_id, o.footprint";

    private static final String HAS_VERSION = "exists (select 1 from file hf join file_version hv on hv.file_id = hf.id"
            + " where hf.observation_id = o.id and hv.present)";

    private final Database db;
    private final FrameCount counts;
    private final FootprintRadius footprintRadius;

    public FrameStore(Database db) {
        this.db = db;
        this.counts = new FrameCount(db);
        this.footprintRadius = new FootprintRadius(db);
    }

    /**
     * The {@code count} of the frames matching {@code where}: exact when asked for (and it finishes in
     * time), else estimated ({@link FrameCount}).
     */
    public FrameCount.Count count(SqlFragment where, boolean exact, boolean forced) throws SQLException {
        return counts.of(where, exact, forced);
    }

    /** The largest footprint radius, which bounds spatial queries over frames. */
    public DoubleSupplier footprintRadius() {
        return footprintRadius;
    }

    /** Frames the caller may see (docs/lco-archive.md): LCO, with a start time, visible by the core's access policy. */
    public static SqlFragment visible(Caller caller) {
        return SqlFragment.of("o.collection = 'LCO' and o.ut_start is not null").and(Access.listed(caller, "o"));
    }

    /** Listing also drops frames with no stored version (placeholders). */
    public static SqlFragment listable(Caller caller) {
        return visible(caller).and(SqlFragment.of(HAS_VERSION));
    }

    /** One page of frames matching {@code where}, fully loaded. */
    public List<FrameRow> page(SqlFragment where, String orderBy, int limit, long offset) throws SQLException {
        String sql = "select " + COLUMNS + " from observation o where " + where.sql() + " order by " + orderBy
                + " limit ? offset ?";
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement(sql)) {
            int i = where.bind(s, 1);
            s.setInt(i++, limit);
            s.setLong(i, offset);
            List<FrameRow> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(read(r));
                }
            }
            return complete(c, rows);
        }
    }

    public Optional<FrameRow> byId(Caller caller, long id) throws SQLException {
        List<FrameRow> rows = page(visible(caller).and(SqlFragment.of("o.id = ?", id)), "o.id", 1, 0);
        return rows.stream().findFirst();
    }

    /** The visible frames related to a frame, in either direction. */
    public List<FrameRow> related(Caller caller, long id) throws SQLException {
        SqlFragment linked = SqlFragment.of("o.id in (" + RELATED_IDS + ")", id, id);
        return page(visible(caller).and(linked), "o.id", 10_000, 0);
    }

    private static final String RELATED_IDS = "select t.id from observation s join file f on f.observation_id = s.id"
            + " join product_link l on l.source_file_id = f.id join observation t on t.collection = 'LCO'"
            + " and t.obs_key = l.target_name where s.id = ? and t.id <> s.id"
            + " union select f.observation_id from observation s join product_link l on l.target_name = s.obs_key"
            + " join file f on f.id = l.source_file_id where s.id = ? and f.observation_id <> s.id";

    /** The header cards of the frame's newest version, as JSON text ([[{k,v,c},...], ...]). */
    public Optional<String> headerCards(long frameId) throws SQLException {
        try (Connection c = db.connection();
                PreparedStatement s = c.prepareStatement(
                        "select h.cards::text from file f"
                                + " join file_version v on v.file_id = f.id join header h on h.file_version_id = v.id"
                                + " where f.observation_id = ? order by v.canonical desc, v.entrytime desc, v.id desc limit 1")) {
            s.setLong(1, frameId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }

    /** Adds the versions and related-frame ids of a page in two queries. */
    private static List<FrameRow> complete(Connection c, List<FrameRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return rows;
        }
        Long[] ids = rows.stream().map(FrameRow::id).toArray(Long[]::new);
        Array idArray = c.createArrayOf("bigint", ids);
        Map<Long, List<FrameRow.Version>> versions = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select f.observation_id, v.id, v.entrytime, v.storage_key,"
                + " v.file_md5, v.filename from file f join file_version v on v.file_id = f.id"
                + " where f.observation_id = any(?) and v.present order by v.entrytime desc, v.id desc")) {
            s.setArray(1, idArray);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    versions.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                            .add(new FrameRow.Version(
                                    r.getLong(2),
                                    r.getTimestamp(3).toInstant(),
                                    r.getString(4),
                                    r.getString(5),
                                    r.getString(6),
                                    null));
                }
            }
        }
        Map<Long, Set<Long>> related = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select s.id, t.id from observation s"
                + " join file f on f.observation_id = s.id join product_link l on l.source_file_id = f.id"
                + " join observation t on t.collection = 'LCO' and t.obs_key = l.target_name"
                + " where s.id = any(?) and t.id <> s.id"
                + " union select s.id, f.observation_id from observation s join product_link l on l.target_name = s.obs_key"
                + " join file f on f.id = l.source_file_id where s.id = any(?) and f.observation_id <> s.id"
                + " order by 1, 2 desc")) {
            s.setArray(1, idArray);
            s.setArray(2, idArray);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    related.computeIfAbsent(r.getLong(1), k -> new LinkedHashSet<>())
                            .add(r.getLong(2));
                }
            }
        }
        List<FrameRow> out = new ArrayList<>(rows.size());
        for (FrameRow row : rows) {
            List<FrameRow.Version> vs = versions.getOrDefault(row.id(), List.of()).stream()
                    .map(v -> new FrameRow.Version(
                            v.id(),
                            v.created(),
                            v.key(),
                            v.md5(),
                            v.filename(),
                            extension(row.basename(), v.filename())))
                    .toList();
            out.add(row.withVersionsAndRelated(vs, new ArrayList<>(related.getOrDefault(row.id(), Set.of()))));
        }
        return out;
    }

    /** The part of the stored filename after the basename: {@code .fits}, {@code .fits.fz}, ... */
    static String extension(String basename, String filename) {
        if (filename.startsWith(basename)) {
            return filename.substring(basename.length());
        }
        int dot = filename.indexOf('.');
        return dot < 0 ? "" : filename.substring(dot);
    }

    private static FrameRow read(ResultSet r) throws SQLException {
        Timestamp start = r.getTimestamp(3);
        java.sql.Date day = r.getDate(4);
        Timestamp release = r.getTimestamp(13);
        Array fp = r.getArray(17);
        double[] area = null;
        if (fp != null) {
            Object[] values = (Object[]) fp.getArray();
            area = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                area[i] = ((Number) values[i]).doubleValue();
            }
        }
        return new FrameRow(
                r.getLong(1),
                r.getString(2),
                start == null ? null : start.toInstant(),
                day == null ? null : day.toLocalDate(),
                r.getString(5),
                r.getString(6),
                r.getString(7),
                r.getInt(8),
                r.getString(9),
                r.getString(10),
                (Double) r.getObject(11),
                r.getString(12),
                release == null ? null : release.toInstant(),
                r.getString(14),
                r.getString(15),
                (Long) r.getObject(16),
                area,
                List.of(),
                List.of());
    }
}
