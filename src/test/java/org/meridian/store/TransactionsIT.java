// SPDX-License-Identifier: Apache-2.0
package org.meridian.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meridian.testing.TestDatabases;

/**
 * {@link Transactions} and the statement helpers of {@link Rows} on a real PostgreSQL: a refusal
 * halfway leaves nothing behind, a returned result is committed, the connection is back in
 * auto-commit either way.
 */
class TransactionsIT {

    @AutoClose
    private static final Database db = TestDatabases.fresh();

    /** A refusal of the work's own kind, as a dialect throws it. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    @BeforeEach
    void table() throws SQLException {
        try (Connection c = db.connection()) {
            Rows.update(c, SqlFragment.of("drop table if exists tx_probe"));
            Rows.update(c, SqlFragment.of("create table tx_probe (id int primary key, name text)"));
        }
    }

    @Test
    void aReturnedResultIsCommitted() throws Exception {
        try (Connection c = db.connection()) {
            int inserted = Transactions.in(
                    c,
                    () -> Rows.update(c, SqlFragment.of("insert into tx_probe values (?, ?), (?, ?)", 1, "a", 2, "b")));
            assertThat(inserted).isEqualTo(2);
            assertThat(c.getAutoCommit()).isTrue();
        }
        try (Connection other = db.connection()) {
            assertThat(Rows.list(other, SqlFragment.of("select name from tx_probe order by id"), r -> r.getString(1)))
                    .isEqualTo(List.of("a", "b"));
            assertThat(Rows.exists(other, SqlFragment.of("select 1 from tx_probe where id = ?", 2)))
                    .isTrue();
            assertThat(Rows.exists(other, SqlFragment.of("select 1 from tx_probe where id = ?", 3)))
                    .isFalse();
        }
    }

    @Test
    void aRefusalHalfwayLeavesNothingBehind() throws Exception {
        try (Connection c = db.connection()) {
            assertThatThrownBy(() -> Transactions.run(c, () -> {
                        Rows.update(c, SqlFragment.of("insert into tx_probe values (?, ?)", 1, "a"));
                        throw new Refused("no");
                    }))
                    .isInstanceOf(Refused.class)
                    .hasMessage("no");
            assertThat(c.getAutoCommit()).isTrue();
        }
        assertThat(TestDatabases.number(db, "select count(*) from tx_probe")).isZero();
    }

    @Test
    void aDatabaseErrorOrABugRollsBackToo() throws Exception {
        try (Connection c = db.connection()) {
            assertThatThrownBy(() -> Transactions.run(c, () -> {
                        Rows.update(c, SqlFragment.of("insert into tx_probe values (?, ?)", 1, "a"));
                        Rows.update(c, SqlFragment.of("insert into tx_probe values (?, ?)", 1, "again"));
                    }))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> Transactions.run(c, () -> {
                        Rows.update(c, SqlFragment.of("insert into tx_probe values (?, ?)", 2, "b"));
                        throw new IllegalStateException("bug");
                    }))
                    .isInstanceOf(IllegalStateException.class);
        }
        assertThat(TestDatabases.number(db, "select count(*) from tx_probe")).isZero();
    }

    /** A read whose connection breaks reports what broke it, not the rollback that failed after. */
    @Test
    void aBrokenReadKeepsItsOwnFailure() throws Exception {
        try (Connection c = db.connection()) {
            assertThatThrownBy(() -> Transactions.reading(c, () -> {
                        c.unwrap(org.postgresql.PGConnection.class); // a live connection, then
                        c.close(); // broken under the read
                        throw new SQLException("the read broke", "08006");
                    }))
                    .isInstanceOf(SQLException.class)
                    .hasMessage("the read broke")
                    .satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));
        }
        try (Connection c = db.connection()) {
            assertThat(Transactions.reading(
                            c, () -> Rows.exists(c, SqlFragment.of("select 1 from tx_probe where id = ?", 1))))
                    .isFalse();
            assertThat(c.getAutoCommit()).isTrue();
        }
    }
}
