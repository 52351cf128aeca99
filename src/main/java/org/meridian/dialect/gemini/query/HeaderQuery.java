// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.query;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.meridian.core.archive.Access;
import org.meridian.core.auth.Caller;
import org.meridian.dialect.gemini.selection.ResultShape;
import org.meridian.dialect.gemini.selection.Selection;
import org.meridian.dialect.gemini.selection.SelectionSql;
import org.meridian.store.Database;
import org.meridian.store.SqlFragment;
import org.meridian.store.Transactions;

/**
 * Runs a Gemini selection over the archive and hands the rows, one at a time, to a sink: a JDBC
 * cursor (autocommit off, bounded fetch size), so memory does not grow with the result
 * (docs/design.md rule 4). Proprietary rows are listed, as the Gemini archive lists them; the row says
 * whether the caller may see its coordinates and read its data, as decided by {@link Access}.
 */
public record HeaderQuery(Database db, Clock clock, ServedCollections served) {

    private static final int FETCH_SIZE = 1000;

    /** The keys of jsonsummary, in the archive's order: every header field a listing can show. */
    public static final List<String> SUMMARY_KEYS =
            HeaderColumns.COLUMNS.stream().map(HeaderColumns.Column::key).toList();

    /** Receives each row; may throw to stop early. */
    @FunctionalInterface
    public interface RowSink {
        void accept(HeaderRow row) throws IOException, SQLException;
    }

    /**
     * Streams the rows of {@code selection} (with the feature's defaults already applied) in the
     * order and up to the limit of {@code shape}.
     *
     * @param extra a further condition over {@code o}, {@code f}, {@code v} (e.g. a download's file list)
     */
    public void stream(Caller caller, Selection selection, ResultShape shape, SqlFragment extra, RowSink sink)
            throws SQLException, IOException {
        var where = SelectionSql.where(selection);
        SqlFragment condition = where.and(extra);
        stream(caller, condition, SqlFragment.of(shape.orderByAndLimit()), sink);
    }

    /**
     * Writes the rows of {@code selection} as a JSON listing of the given keys (docs/gemini-archive.md), in the order
     * and up to the limit of {@code shape}, straight from the result set to {@code out}.
     *
     * @param keys the listed keys in order, each one of {@link #SUMMARY_KEYS}
     */
    public void streamJson(Caller caller, Selection selection, ResultShape shape, List<String> keys, OutputStream out)
            throws SQLException, IOException {
        SqlFragment condition = SelectionSql.where(selection);
        JsonListingWriter json = new JsonListingWriter(keys, shape.marksTruncation(), out);
        run(caller, condition, SqlFragment.of(shape.orderByAndLimit()), (r, coordsVisible, dataVisible) -> {
            json.row(r, FIRST_COLUMN, !coordsVisible);
        });
        json.finish();
    }

    /**
     * Streams the rows matching {@code condition} over {@code o}, {@code f}, {@code v}, with {@code
     * tail} (order by, limit) appended.
     */
    public void stream(Caller caller, SqlFragment condition, SqlFragment tail, RowSink sink)
            throws SQLException, IOException {
        run(
                caller,
                condition,
                tail,
                (r, coordsVisible, dataVisible) -> sink.accept(new HeaderRow(
                        r.getLong(1),
                        r.getLong(2),
                        coordsVisible,
                        dataVisible,
                        HeaderColumns.read(r, FIRST_COLUMN, !coordsVisible))));
    }

    /** Reads the current row of the result set; the access decisions are already read from it. */
    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet r, boolean coordsVisible, boolean dataVisible) throws IOException, SQLException;
    }

    /** Where the header columns start: after the version and observation ids. */
    private static final int FIRST_COLUMN = 3;

    private void run(Caller caller, SqlFragment condition, SqlFragment tail, RowReader reader)
            throws SQLException, IOException {
        SqlFragment coords = Access.coordinatesVisible(caller, "o");
        SqlFragment data = Access.bytesVisible(caller, "o");
        SqlFragment where =
                Access.listed(caller, "o").and(served.condition("o")).and(condition);
        String sql = "select " + HeaderColumns.selectList() + ", (" + coords.sql() + "), (" + data.sql() + ")"
                + " from " + SelectionSql.FROM + " where " + where.sql() + " " + tail.sql();
        try (Connection c = db.connection()) {
            Transactions.reading(c, () -> {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setFetchSize(FETCH_SIZE);
                    int next = coords.bind(s, 1);
                    next = data.bind(s, next);
                    next = where.bind(s, next);
                    tail.bind(s, next);
                    int last = FIRST_COLUMN + HeaderColumns.COLUMNS.size() - 1;
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            reader.read(r, r.getBoolean(last + 1), r.getBoolean(last + 2));
                        }
                    }
                }
                return null;
            });
        }
    }
}
