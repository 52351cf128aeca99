// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.query;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import org.meridian.core.archive.Access;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.gemini.selection.ResultShape;
import org.meridian.dialect.gemini.selection.Selection;
import org.meridian.dialect.gemini.selection.SelectionSql;
import org.meridian.store.Database;
import org.meridian.store.SqlFragment;

/**
 * Runs a Gemini selection over the archive and hands the rows, one at a time, to a sink: a JDBC
 * cursor (autocommit off, bounded fetch size), so memory does not grow with the result
 * (DESIGN.md rule 4). Proprietary rows are listed, as the Gemini archive lists them; the row says
 * whether the caller may see its coordinates and read its data, as decided by {@link Access}.
 */
public final class HeaderQuery {

    private static final int FETCH_SIZE = 1000;

    /** Receives each row; may throw to stop early. */
    @FunctionalInterface
    public interface RowSink {
        void accept(HeaderRow row) throws IOException, SQLException;
    }

    private final Database db;
    private final Clock clock;

    public HeaderQuery(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Streams the rows of {@code selection} (with the feature's defaults already applied) in the
     * order and up to the limit of {@code shape}.
     *
     * @param extra a further condition over {@code o}, {@code f}, {@code v} (e.g. a download's file list)
     */
    public void stream(Caller caller, Selection selection, ResultShape shape, SqlFragment extra, RowSink sink)
            throws SQLException, IOException {
        var where = SelectionSql.where(selection, clock.instant());
        SqlFragment condition = where.and(extra);
        stream(caller, condition, SqlFragment.of(shape.orderByAndLimit()), sink);
    }

    /**
     * Streams the rows matching {@code condition} over {@code o}, {@code f}, {@code v}, with {@code
     * tail} (order by, limit) appended.
     */
    public void stream(Caller caller, SqlFragment condition, SqlFragment tail, RowSink sink)
            throws SQLException, IOException {
        SqlFragment coords = Access.coordinatesVisible(caller, "o");
        SqlFragment data = Access.dataVisible(caller, "o");
        String sql = "select " + HeaderColumns.selectList() + ", (" + coords.sql() + "), (" + data.sql() + ")"
                + " from " + SelectionSql.FROM + " where " + condition.sql() + " " + tail.sql();
        try (Connection c = db.connection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setFetchSize(FETCH_SIZE);
                int next = coords.bind(s, 1);
                next = data.bind(s, next);
                next = condition.bind(s, next);
                tail.bind(s, next);
                int last = HeaderColumns.COLUMNS.size() + 2;
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        boolean coordsVisible = r.getBoolean(last + 1);
                        boolean dataVisible = r.getBoolean(last + 2);
                        sink.accept(new HeaderRow(
                                r.getLong(1),
                                r.getLong(2),
                                coordsVisible,
                                dataVisible,
                                HeaderColumns.read(r, 3, !coordsVisible)));
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        }
    }
}
