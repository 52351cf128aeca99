// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.sql;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.meridian.dialect.tap.adql.ast.Expression;
import org.meridian.dialect.tap.adql.ast.Expression.Binary;
import org.meridian.dialect.tap.adql.ast.Expression.BinaryOperator;
import org.meridian.dialect.tap.adql.ast.Expression.Column;
import org.meridian.dialect.tap.adql.ast.Expression.Function;
import org.meridian.dialect.tap.adql.ast.Expression.Literal;
import org.meridian.dialect.tap.adql.ast.Query;
import org.meridian.dialect.tap.adql.ast.Select;
import org.meridian.dialect.tap.adql.ast.TableRef;
import org.meridian.dialect.tap.adql.schema.SchemaCatalog;

/**
 * {@code ivo_healpix_index(order, t.ra, t.dec)} on a table's own position becomes arithmetic on its
 * stored order-29 index ({@code t.hpx / 4^(29 - order)}, a right shift for non-negative indices),
 * so no per-row trigonometry is needed. Every other call, and ivo_hasword and ivo_epoch_prop, go
 * to the SQL functions of migration V11.
 */
public final class UserFunctions implements RewriteStep {
    private final SchemaCatalog catalog;

    public UserFunctions(SchemaCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Query apply(Query query) {
        return ExpressionRewriter.rewriteSelects(query, this::select);
    }

    /** Rewrites the calls of one SELECT; its subqueries are SELECTs of their own. */
    private Select select(Select s) {
        return ExpressionRewriter.rewriteOwn(s, e -> rewrite(e, s.from()));
    }

    private Expression rewrite(Expression e, List<TableRef> from) {
        if (!(e instanceof Function f)
                || !f.name().equals("ivo_healpix_index")
                || f.args().size() != 3) return e;
        OptionalDouble order = Constants.value(f.args().get(0));
        if (order.isEmpty()) return e;
        double o = order.getAsDouble();
        if (o != Math.rint(o) || o < 0 || o > HealpixPrefilter.STORED_ORDER) return e; // V11 reports it
        Optional<Column> hpx = PositionalTables.hpxColumn(
                catalog, from, f.args().get(1), f.args().get(2));
        if (hpx.isEmpty()) return e;
        long divisor = 1L << (2 * (HealpixPrefilter.STORED_ORDER - (int) o));
        return divisor == 1 ? hpx.get() : new Binary(BinaryOperator.DIVIDE, hpx.get(), Literal.integer(divisor));
    }
}
