// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.meridian.dialect.tap.adql.ast.Expression;
import org.meridian.dialect.tap.adql.ast.Expression.Column;
import org.meridian.dialect.tap.adql.ast.Identifier;
import org.meridian.dialect.tap.adql.ast.TableRef;
import org.meridian.dialect.tap.adql.schema.PositionColumns;
import org.meridian.dialect.tap.adql.schema.SchemaCatalog;
import org.meridian.dialect.tap.adql.schema.TableInfo;

/**
 * Finds the stored HEALPix column behind a position: when ra and dec are the position columns of
 * one FROM table (qualified as the semantic check leaves them), that table's {@code hpx} column.
 */
final class PositionalTables {
    private PositionalTables() {}

    static Optional<Column> hpxColumn(
            SchemaCatalog catalog, List<TableRef> from, Expression raExpr, Expression decExpr) {
        if (!(raExpr instanceof Column ra) || !(decExpr instanceof Column dec)) return Optional.empty();
        if (ra.parts().size() < 2 || !ra.qualifier().equals(dec.qualifier())) return Optional.empty();
        for (TableRef.Table t : tables(from)) {
            List<Identifier> exposed = t.alias() != null ? List.of(t.alias()) : t.name();
            if (!exposed.equals(ra.qualifier())) continue;
            List<TableInfo> info = catalog.lookup(t.name());
            if (info.size() != 1) return Optional.empty();
            PositionColumns pos = info.get(0).position();
            if (pos == null
                    || !pos.hasHealpix()
                    || !ra.name().name().equals(pos.ra())
                    || !dec.name().name().equals(pos.dec())) return Optional.empty();
            List<Identifier> parts = new ArrayList<>(exposed);
            parts.add(new Identifier(pos.hpx(), !pos.hpx().equals(pos.hpx().toLowerCase(Locale.ROOT))));
            return Optional.of(new Column(parts));
        }
        return Optional.empty();
    }

    private static List<TableRef.Table> tables(List<TableRef> from) {
        List<TableRef.Table> out = new ArrayList<>();
        for (TableRef ref : from) collect(ref, out);
        return out;
    }

    private static void collect(TableRef ref, List<TableRef.Table> out) {
        switch (ref) {
            case TableRef.Table t -> out.add(t);
            case TableRef.Join j -> {
                collect(j.left(), out);
                collect(j.right(), out);
            }
            case TableRef.Subquery q -> {} // its columns are not the stored ones
        }
    }
}
