// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.ast;

import java.util.ArrayList;
import java.util.List;
import org.meridian.dialect.tap.adql.ast.GeometryExpression.*;

/** Prints an AST back to ADQL 2.1 (for logs, error messages and round-trip tests). */
public final class AdqlWriter extends SqlPrinter {

    public static String write(Query query) {
        return new AdqlWriter().print(query);
    }

    @Override
    protected String topClause(Select s) {
        return s.top() == null ? "" : "TOP " + s.top() + " ";
    }

    @Override
    protected String limitClause(Select s) {
        return "";
    }

    @Override
    protected String array(Expression.ArrayValue array) {
        throw new IllegalArgumentException("arrays exist only in translated SQL, not in ADQL");
    }

    @Override
    protected String geometry(GeometryExpression g) {
        return switch (g) {
            case Point p -> call("POINT", p.coordSys(), p.ra(), p.dec());
            case Circle c -> call("CIRCLE", c.coordSys(), c.ra(), c.dec(), c.radius());
            case Box b -> call("BOX", b.coordSys(), b.ra(), b.dec(), b.width(), b.height());
            case Polygon p -> {
                List<Expression> all = new ArrayList<>();
                all.add(p.coordSys());
                all.addAll(p.coordinates());
                yield call("POLYGON", all.toArray(Expression[]::new));
            }
            case Region r -> call("REGION", r.specification());
            case Centroid c -> call("CENTROID", c.geometry());
            case Contains c -> call("CONTAINS", c.inner(), c.outer());
            case Intersects i -> call("INTERSECTS", i.first(), i.second());
            case Distance d -> call("DISTANCE", d.first(), d.second());
            case Area a -> call("AREA", a.geometry());
            case Coord1 c -> call("COORD1", c.point());
            case Coord2 c -> call("COORD2", c.point());
            case CoordSys c -> call("COORDSYS", c.geometry());
        };
    }

    /** A call; a leading null (absent coordinate system) is left out. */
    private String call(String name, Expression... args) {
        List<Expression> present = new ArrayList<>();
        for (Expression a : args) if (a != null) present.add(a);
        return name + "(" + args(present) + ")";
    }
}
