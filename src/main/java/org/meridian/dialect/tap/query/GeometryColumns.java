// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.query;

import java.util.ArrayList;
import java.util.List;
import org.meridian.dialect.tap.adql.ast.Expression;
import org.meridian.dialect.tap.adql.ast.GeometryExpression;
import org.meridian.dialect.tap.adql.ast.Query;
import org.meridian.dialect.tap.adql.ast.QueryExpression;
import org.meridian.dialect.tap.adql.ast.Select;
import org.meridian.dialect.tap.adql.ast.SelectItem;
import org.meridian.dialect.tap.adql.ast.SetOperation;

/**
 * The DALI 1.1 §3.3.5–3.3.7 type of each result column that a geometry constructor computes
 * (POINT, CIRCLE, POLYGON or BOX in the select list, or a CAST to one): PostgreSQL returns them all
 * as double precision[], and only the query says which shape an array is. Columns read from a
 * table take their xtype from TAP_SCHEMA instead.
 */
final class GeometryColumns {
    private GeometryColumns() {}

    /** A geometry column's DALI xtype and array size (-1 for variable). */
    record Shape(String xtype, int arraysize) {
        static final Shape POINT = new Shape("point", 2);
        static final Shape CIRCLE = new Shape("circle", 3);
        static final Shape POLYGON = new Shape("polygon", -1);
    }

    /**
     * Per result column, its shape or null; as far as the select list of the (first operand of
     * the) query says: the columns from a {@code *} on are unknown here.
     */
    static List<Shape> of(Query translated) {
        QueryExpression body = translated.body();
        while (body instanceof SetOperation op) body = op.left();
        List<Shape> shapes = new ArrayList<>();
        for (SelectItem item : ((Select) body).items()) {
            if (!(item instanceof SelectItem.DerivedColumn d)) break;
            shapes.add(shape(d.expression()));
        }
        return shapes;
    }

    private static Shape shape(Expression e) {
        return switch (e) {
            case GeometryExpression.Point p -> Shape.POINT;
            case GeometryExpression.Circle c -> Shape.CIRCLE;
            case GeometryExpression.Polygon p -> Shape.POLYGON;
            case GeometryExpression.Box b -> Shape.POLYGON;
            case Expression.Cast c ->
                switch (c.type().name()) {
                    case "POINT" -> Shape.POINT;
                    case "CIRCLE" -> Shape.CIRCLE;
                    case "POLYGON" -> Shape.POLYGON;
                    default -> null;
                };
            default -> null;
        };
    }
}
