// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.meridian.store.Database;
import org.meridian.store.SqlFragment;

/**
 * The {@code count} of a frame list (docs/lco-archive.md, "Pages"): exact for small queries (under a statement timeout: 1.5 s,
 * or 5 s with {@code force_count}), otherwise the query planner's row estimate, flagged with
 * {@code count_estimated: true}. Large tables make an exact count as slow as the query itself.
 */
public final class FrameCount {

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Count(long value, boolean estimated) {}

    private final Database db;

    public FrameCount(Database db) {
        this.db = db;
    }

    public Count of(SqlFragment where, boolean exact, boolean forced) throws SQLException {
        if (exact) {
            try {
                return new Count(exact(where, forced ? 5000 : 1500), false);
            } catch (SQLException e) {
                if (!"57014".equals(e.getSQLState())) { // query_canceled: fall back to the estimate
                    throw e;
                }
            }
        }
        return new Count(estimate(where), true);
    }

    private long exact(SqlFragment where, int timeoutMs) throws SQLException {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try (Statement t = c.createStatement()) {
                t.execute("set local statement_timeout = " + timeoutMs);
            }
            try (PreparedStatement s = c.prepareStatement("select count(*) from observation o where " + where.sql())) {
                where.bind(s, 1);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    private long estimate(SqlFragment where) throws SQLException {
        try (Connection c = db.connection();
                PreparedStatement s =
                        c.prepareStatement("explain (format json) select 1 from observation o where " + where.sql())) {
            where.bind(s, 1);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                JsonNode plan = JSON.readTree(r.getString(1)).path(0).path("Plan");
                return plan.path("Plan Rows").asLong();
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new SQLException("unreadable query plan", e);
            }
        }
    }
}
