// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.meridian.core.auth.Caller;

/**
 * The tables one caller sees besides the published ones: Gaia TAP+'s user space (the caller's own
 * tables, those shared with them, their jobs' results) and TAP_SCHEMA tables that describe them too.
 * A table named like a published one replaces it for that caller only ({@link TableSet#replacing}).
 * Only tables returned here for a caller are ever resolvable in that caller's queries.
 */
@FunctionalInterface
public interface CallerTables {

    /** No extra tables: the plain TAP service. */
    CallerTables NONE = (c, caller, published, adql) -> List.of();

    /**
     * @param c the connection the query will run on: temporary tables made here are visible to it
     * @param published the tables everyone sees, for replacements that extend them
     * @param adql the query's text, so that tables costly to provide (a job's result loaded as
     *     {@code job_upload."job<id>"}) are provided only when it names them; empty for /tables
     */
    List<TapTable> of(Connection c, Caller caller, TableSet published, String adql) throws SQLException;
}
