// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.meridian.dialect.tap.adql.ast.Identifier;

/**
 * A table a query may read: schema and table name as stored in the database, its columns, and
 * which of them give the position ({@code position} is null for tables without one).
 */
public record TableInfo(String schema, String name, List<ColumnInfo> columns, PositionColumns position) {
    public TableInfo {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        if (position != null) {
            for (String c : new String[] {position.ra(), position.dec(), position.hpx()})
                if (c != null && columns.stream().noneMatch(col -> col.name().equals(c)))
                    throw new IllegalArgumentException("position column " + c + " is not a column of " + name);
        }
    }

    /** The column a query's identifier names: case-insensitively for regular identifiers. */
    public Optional<ColumnInfo> column(Identifier id) {
        return columns.stream().filter(c -> id.matches(c.name())).findFirst();
    }

    public Optional<PositionColumns> positionColumns() {
        return Optional.ofNullable(position);
    }

    public String qualifiedName() {
        return schema + "." + name;
    }
}
