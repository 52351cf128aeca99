// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.schema;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A table the TAP service publishes: its ADQL name and metadata, and where its rows come from.
 *
 * @param schema the schema name as published (e.g. {@code ivoa}, {@code TAP_SCHEMA})
 * @param name the fully qualified published name (e.g. {@code ivoa.ObsCore})
 * @param type "table" or "view"
 */
public record TapTable(
        String schema,
        String name,
        String type,
        String utype,
        String description,
        List<TapColumn> columns,
        Source source) {

    public TapTable {
        columns = List.copyOf(columns);
    }

    /** Where the rows live in PostgreSQL. */
    public sealed interface Source {}

    /** A table or view readable by anyone, under its SQL schema and table name (exact case). */
    public record Public(String sqlSchema, String sqlTable) implements Source {}

    /** A table uploaded with this query, loaded into a temporary table of the query's connection. */
    public record Uploaded(String tempTable) implements Source {}

    /**
     * An {@code *_all} view over observations: rows are filtered per caller by the core's access
     * policy, applied to the view aliased {@code o}.
     */
    public record AccessFiltered(String sqlView) implements Source {}

    /**
     * Rows a subquery computes for one caller, e.g. Gaia TAP+'s TAP_SCHEMA, which adds the caller's
     * own and shared user tables to the published ones (docs/architecture.md, "TAP+ user space").
     */
    public record Computed(org.meridian.store.SqlFragment rows) implements Source {}

    public Optional<TapColumn> column(String columnName) {
        return columns.stream()
                .filter(c -> AdqlNames.undelimited(c.name()).equalsIgnoreCase(columnName))
                .findFirst();
    }

    /** The unqualified table name, as a FROM alias when the table is relocated. */
    public String simpleName() {
        return name.substring(name.indexOf('.') + 1);
    }

    public String key() {
        return name.toLowerCase(Locale.ROOT);
    }
}
