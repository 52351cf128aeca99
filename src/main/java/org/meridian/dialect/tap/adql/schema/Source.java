// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.schema;

import java.util.List;
import java.util.Optional;
import org.meridian.dialect.tap.adql.ast.Identifier;

/**
 * One table of a FROM clause as name resolution sees it: the qualifier the translated SQL uses for
 * its columns, the names a query may qualify them with, and its columns.
 *
 * @param qualifier alias, or the canonical schema and table name
 * @param alias the correlation name, or null
 * @param name the table (or WITH) name, canonical
 * @param schema the canonical schema name, or null for subqueries and WITH tables
 * @param columns the column names, canonical
 */
record Source(
        List<Identifier> qualifier, Identifier alias, Identifier name, Identifier schema, List<Identifier> columns) {
    Source {
        qualifier = List.copyOf(qualifier);
        columns = List.copyOf(columns);
    }

    /** True when a written qualifier ({@code [schema.]table} or alias) denotes this source. */
    boolean isNamedBy(List<Identifier> written) {
        Identifier last = written.get(written.size() - 1);
        if (alias != null) return written.size() == 1 && Names.same(last, alias);
        if (name == null || !Names.same(last, name)) return false;
        if (written.size() == 1) return true;
        return schema != null && Names.same(written.get(written.size() - 2), schema);
    }

    Optional<Identifier> column(Identifier written) {
        return columns.stream().filter(c -> Names.same(written, c)).findFirst();
    }

    String display() {
        return Names.display(qualifier);
    }
}
