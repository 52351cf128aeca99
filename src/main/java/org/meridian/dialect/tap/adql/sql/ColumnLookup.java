// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.sql;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.meridian.dialect.tap.adql.ast.Expression;
import org.meridian.dialect.tap.adql.ast.Expression.Column;
import org.meridian.dialect.tap.adql.ast.Identifier;
import org.meridian.dialect.tap.adql.ast.Query;
import org.meridian.dialect.tap.adql.ast.TableRef;
import org.meridian.dialect.tap.adql.schema.ColumnInfo;
import org.meridian.dialect.tap.adql.schema.SchemaCatalog;
import org.meridian.dialect.tap.adql.schema.TableInfo;

/**
 * The published metadata (datatype, unit) of a column of one SELECT block's stored tables, for the
 * steps whose translation depends on them. Runs after the semantic check, which qualifies every
 * column with its table's alias or name; a column of a derived table or of an outer query is not
 * found, and the callers then fall back to what holds for any type.
 */
final class ColumnLookup {
    private final SchemaCatalog catalog;
    private final List<TableRef> from;

    /**
     * Applies {@code rule} bottom-up to every expression of every SELECT block, with the lookup of
     * that block's own columns.
     */
    static Query rewrite(Query query, SchemaCatalog catalog, BiFunction<Expression, ColumnLookup, Expression> rule) {
        return ExpressionRewriter.rewriteSelects(query, s -> {
            ColumnLookup columns = new ColumnLookup(catalog, s.from());
            return ExpressionRewriter.rewriteOwn(s, e -> rule.apply(e, columns));
        });
    }

    ColumnLookup(SchemaCatalog catalog, List<TableRef> from) {
        this.catalog = catalog;
        this.from = from;
    }

    Optional<ColumnInfo> info(Column c) {
        if (catalog == null || c.parts().size() < 2) return Optional.empty();
        for (TableRef ref : from) {
            Optional<ColumnInfo> found = find(ref, c);
            if (found.isPresent()) return found;
        }
        return Optional.empty();
    }

    private Optional<ColumnInfo> find(TableRef ref, Column c) {
        return switch (ref) {
            case TableRef.Table t -> {
                List<Identifier> exposed = t.alias() != null ? List.of(t.alias()) : t.name();
                if (!exposed.equals(c.qualifier())) yield Optional.empty();
                List<TableInfo> tables = catalog.lookup(t.name());
                yield tables.size() == 1 ? tables.get(0).column(c.name()) : Optional.empty();
            }
            case TableRef.Join j -> find(j.left(), c).or(() -> find(j.right(), c));
            case TableRef.Subquery q -> Optional.empty();
        };
    }
}
