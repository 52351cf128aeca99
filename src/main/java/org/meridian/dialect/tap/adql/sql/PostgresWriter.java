// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.sql;

import java.math.BigInteger;
import org.meridian.dialect.tap.adql.AdqlTranslationException;
import org.meridian.dialect.tap.adql.ast.Expression;
import org.meridian.dialect.tap.adql.ast.Expression.ArrayValue;
import org.meridian.dialect.tap.adql.ast.Expression.BinaryOperator;
import org.meridian.dialect.tap.adql.ast.Expression.CastType;
import org.meridian.dialect.tap.adql.ast.GeometryExpression;
import org.meridian.dialect.tap.adql.ast.Select;
import org.meridian.dialect.tap.adql.ast.SqlPrinter;
import org.meridian.dialect.tap.adql.ast.TableRef;

/** Prints a translated tree as PostgreSQL: TOP as LIMIT, XOR as #, hex as decimal, arrays. */
public final class PostgresWriter extends SqlPrinter {
    @Override
    protected String topClause(Select s) {
        return "";
    }

    @Override
    protected String limitClause(Select s) {
        return s.top() == null ? "" : " LIMIT " + s.top();
    }

    @Override
    protected String binarySymbol(BinaryOperator op) {
        return op == BinaryOperator.BIT_XOR ? "#" : super.binarySymbol(op);
    }

    @Override
    protected String literal(Expression.Literal l) {
        return l.kind() == Expression.Literal.Kind.HEX
                ? new BigInteger(l.text().substring(2), 16).toString()
                : super.literal(l);
    }

    @Override
    protected String castType(CastType type) {
        return switch (type.name()) {
            case "POINT", "CIRCLE", "POLYGON" -> "double precision[]";
            default -> super.castType(type);
        };
    }

    @Override
    protected String tableRef(TableRef ref) {
        // ADQL allows a JOIN without condition; PostgreSQL wants one.
        if (ref instanceof TableRef.Join j
                && !j.natural()
                && j.type() != TableRef.JoinType.CROSS
                && j.on() == null
                && j.using().isEmpty())
            return super.tableRef(new TableRef.Join(
                    j.type(),
                    false,
                    j.left(),
                    j.right(),
                    new Expression.Literal(Expression.Literal.Kind.BOOLEAN, "TRUE"),
                    j.using()));
        return super.tableRef(ref);
    }

    @Override
    protected String array(ArrayValue array) {
        return "ARRAY[" + args(array.elements()) + "]::double precision[]";
    }

    @Override
    protected String geometry(GeometryExpression g) {
        return switch (g) {
            case GeometryExpression.Point p ->
                "ARRAY[" + args(java.util.List.of(p.ra(), p.dec())) + "]::double precision[]";
            case GeometryExpression.Circle c ->
                "ARRAY[" + args(java.util.List.of(c.ra(), c.dec(), c.radius())) + "]::double precision[]";
            case GeometryExpression.Polygon p -> array(new ArrayValue(p.coordinates()));
            case GeometryExpression.Box b -> expression(GeometryPredicates.vertices(b));
            default ->
                throw new AdqlTranslationException("not supported by this service: "
                        + new org.meridian.dialect.tap.adql.ast.AdqlWriter().expression(g));
        };
    }
}
