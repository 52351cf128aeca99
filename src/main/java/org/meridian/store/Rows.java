// SPDX-License-Identifier: Apache-2.0
package org.meridian.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a query on a connection and reads its rows, so that a caller writes only its SQL (a
 * {@link SqlFragment} with its parameters) and what one row means: the statement, binding, cursor
 * and closing are written once, here.
 */
public final class Rows {

    /** What one row means; the result set stands on that row. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Something done with each row. */
    @FunctionalInterface
    public interface Visitor {
        void visit(ResultSet row) throws SQLException;
    }

    private Rows() {}

    /** Every row, read in order. */
    public static <T> List<T> list(Connection c, SqlFragment query, Reader<T> reader) throws SQLException {
        List<T> out = new ArrayList<>();
        each(c, query, row -> out.add(reader.read(row)));
        return out;
    }

    /** The first row, or empty when there is none (a null reading is empty too). */
    public static <T> Optional<T> first(Connection c, SqlFragment query, Reader<T> reader) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(query.sql())) {
            query.bind(s, 1);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.ofNullable(reader.read(r)) : Optional.empty();
            }
        }
    }

    /** Whether the query finds a row. */
    public static boolean exists(Connection c, SqlFragment query) throws SQLException {
        return first(c, query, row -> Boolean.TRUE).isPresent();
    }

    /** Runs a statement that changes rows (insert, update, delete); how many it changed. */
    public static int update(Connection c, SqlFragment statement) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(statement.sql())) {
            statement.bind(s, 1);
            return s.executeUpdate();
        }
    }

    /** Visits every row in order. */
    public static void each(Connection c, SqlFragment query, Visitor visitor) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(query.sql())) {
            query.bind(s, 1);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    visitor.visit(r);
                }
            }
        }
    }
}
