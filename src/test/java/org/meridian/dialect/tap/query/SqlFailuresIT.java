// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meridian.store.Database;
import org.meridian.testing.TestDatabases;

/**
 * DALI 1.1 §4.2 / TAP 1.1 §2.9: a query PostgreSQL refuses is a 400 with a message in ADQL's terms;
 * the generated SQL (function signatures, types, "syntax error at or near") never reaches the user.
 */
class SqlFailuresIT {
    private static Database db;

    @BeforeAll
    static void open() {
        db = TestDatabases.fresh();
    }

    @AfterAll
    static void close() {
        if (db != null) db.close();
    }

    private static TapException failure(String sql) {
        try (Connection c = db.connection();
                Statement s = c.createStatement()) {
            s.executeQuery(sql).close();
        } catch (SQLException e) {
            return SqlFailures.of(e);
        }
        throw new AssertionError("PostgreSQL accepted " + sql);
    }

    @Test
    void postgresErrorsAreToldInAdqlTerms() {
        assertThat(failure("select 1 / 0").getMessage()).isEqualTo("query failed: division by zero");
        assertThat(failure("select ln(-1.0)").getMessage()).contains("LOG or LOG10 of zero or of a negative");
        assertThat(failure("select mod(1.5::double precision, 1.5::numeric)").getMessage())
                .contains("a function or operator was applied to values of a type it does not accept");
        assertThat(failure("select 1 limit 1 union select 2").getMessage())
                .contains("could not translate the query")
                .contains("please report");
        assertThat(failure("select ivo_healpix_index(40, 1, 2)").getMessage())
                .isEqualTo("query failed: ivo_healpix_index: order must be between 0 and 29, got 40");
    }

    @Test
    void noMessageQuotesTheGeneratedSql() {
        for (String sql : new String[] {
            "select 1 / 0",
            "select mod(1.5::double precision, 1.5::numeric)",
            "select 1 limit 1 union select 2",
            "select cast('x' as integer)",
            "select sqrt(-1.0)",
            "select 2147483647::integer + 1"
        }) {
            TapException e = failure(sql);
            assertThat(e.status()).as(sql).isEqualTo(400);
            assertThat(e.getMessage())
                    .as(sql)
                    .doesNotContain("ERROR:")
                    .doesNotContain("double precision")
                    .doesNotContain("at or near")
                    .doesNotContain("Position");
        }
    }
}
