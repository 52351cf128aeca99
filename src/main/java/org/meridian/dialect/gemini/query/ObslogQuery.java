// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.meridian.core.archive.Access;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.gemini.selection.Criterion.Exact;
import org.meridian.dialect.gemini.selection.Criterion.UtPeriod;
import org.meridian.dialect.gemini.selection.Key;
import org.meridian.dialect.gemini.selection.Selection;
import org.meridian.store.Database;
import org.meridian.store.Rows;
import org.meridian.store.SqlFragment;

/**
 * Gemini observation logs ({@code gemini_obslog}): found by UT date or range, program ID or file
 * name as FitsStorage's list_obslogs does (newest first, at most 1000), each with whether the
 * caller may read it, as {@link Access#nightLogVisible} decides.
 */
public final class ObslogQuery {

    private static final int LIMIT = 1000;

    /** One log and whether the caller may read it. */
    public record Obslog(
            long id,
            String filename,
            String path,
            String programId,
            LocalDate utDate,
            String storageKey,
            long fileSize,
            String fileMd5,
            boolean readable) {}

    private final Database db;

    public ObslogQuery(Database db) {
        this.db = db;
    }

    /** The logs a selection names: only date, daterange, program ID and filename are used (FitsStorage). */
    public List<Obslog> list(Caller caller, Selection selection) throws SQLException {
        SqlFragment where = SqlFragment.TRUE;
        for (Key key : List.of(Key.DATE, Key.DATERANGE)) {
            Optional<UtPeriod> period = selection.get(key, UtPeriod.class);
            if (period.isPresent()) {
                // A log's date is a whole UT day: take the days the period touches.
                LocalDate first = period.get().start().atZone(ZoneOffset.UTC).toLocalDate();
                LocalDate end =
                        period.get().end().minusNanos(1).atZone(ZoneOffset.UTC).toLocalDate();
                where = where.and(SqlFragment.of("l.ut_date >= ? and l.ut_date <= ?", first, end));
            }
        }
        Optional<Exact> program = selection.get(Key.PROGRAM_ID, Exact.class);
        if (program.isPresent()) {
            where = where.and(SqlFragment.of("l.program_id = ?", program.get().value()));
        }
        Optional<Exact> filename = selection.get(Key.FILENAME, Exact.class);
        if (filename.isPresent()) {
            where = where.and(SqlFragment.of(
                    "l.filename in (?, ?)",
                    filename.get().value(),
                    FileLookup.flipBz2(filename.get().value())));
        }
        return query(caller, where, "order by l.ut_date desc, l.filename limit " + LIMIT);
    }

    /** The logs of these (program, UT date) pairs: the "associated obslogs" of a list of science files. */
    public List<Obslog> forNights(Caller caller, Collection<String> programAndDate) throws SQLException {
        if (programAndDate.isEmpty()) {
            return List.of();
        }
        return query(
                caller,
                SqlFragment.of("(l.program_id || '|' || l.ut_date::text) = any(?)", List.copyOf(programAndDate)),
                "order by l.ut_date desc, l.filename limit " + LIMIT);
    }

    /** The log with this file name (a {@code .bz2} suffix is flipped, as for FITS files). */
    public Optional<Obslog> byFilename(Caller caller, String filename) throws SQLException {
        List<Obslog> found = query(
                caller, SqlFragment.of("l.filename in (?, ?)", filename, FileLookup.flipBz2(filename)), "limit 1");
        return found.stream().findFirst();
    }

    private List<Obslog> query(Caller caller, SqlFragment where, String tail) throws SQLException {
        SqlFragment visible = Access.nightLogVisible(caller, "l.program_id", "l.ut_date", "l.filename");
        String sql = "select l.id, l.filename, l.path, l.program_id, l.ut_date, l.storage_key, l.file_size,"
                + " l.file_md5, (" + visible.sql() + ") from gemini_obslog l where " + where.sql() + " " + tail;
        List<Object> params = new ArrayList<>(visible.params());
        params.addAll(where.params());
        try (Connection c = db.connection()) {
            return Rows.list(
                    c,
                    new SqlFragment(sql, params),
                    r -> new Obslog(
                            r.getLong(1),
                            r.getString(2),
                            r.getString(3),
                            r.getString(4),
                            r.getObject(5, LocalDate.class),
                            r.getString(6),
                            r.getLong(7),
                            r.getString(8),
                            r.getBoolean(9)));
        }
    }
}
