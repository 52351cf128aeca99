// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.mast;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.meridian.store.Database;
import org.meridian.store.SqlFragment;

/**
 * A Mashup table query: mapped columns over core tables, a predicate that already includes the
 * caller's access filter, and an order that keeps pages stable. Runs as one streamed page or as a
 * count.
 */
public record MashupQuery(List<MashupColumn> columns, SqlFragment from, SqlFragment where, String orderBy) {

    private static final int FETCH_SIZE = 10_000;

    public MashupQuery {
        columns = List.copyOf(columns);
    }

    /** The SQL of one page: the columns, then the total match count, then limit and offset. */
    public String pageSql() {
        String select = columns.stream()
                .map(c -> "(" + c.sql() + ") as \"" + c.name() + "\"")
                .collect(Collectors.joining(", "));
        return "select " + select + ", count(*) over () from " + from.sql() + " where " + where.sql() + " order by "
                + orderBy + " limit ? offset ?";
    }

    public String countSql() {
        return "select count(*) from " + from.sql() + " where " + where.sql();
    }

    /** Streams the requested page as Mashup JSON. */
    public void writePage(Database db, MashupRequest request, OutputStream out) throws SQLException, IOException {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(pageSql())) {
                s.setFetchSize(FETCH_SIZE);
                int next = where.bind(s, from.bind(s, 1));
                s.setInt(next, request.pageSize());
                s.setLong(next + 1, request.offset());
                try (ResultSet r = s.executeQuery()) {
                    MashupWriter.write(out, columns, r, request, () -> count(c));
                }
            } finally {
                c.rollback();
            }
        }
    }

    public long count(Database db) throws SQLException {
        try (Connection c = db.connection()) {
            return count(c);
        }
    }

    private long count(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(countSql())) {
            where.bind(s, from.bind(s, 1));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
