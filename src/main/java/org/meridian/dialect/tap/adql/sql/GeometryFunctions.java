// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.sql;

import java.util.Optional;
import java.util.OptionalDouble;
import org.meridian.dialect.tap.adql.AdqlTranslationException;
import org.meridian.dialect.tap.adql.ast.AdqlWriter;
import org.meridian.dialect.tap.adql.ast.Expression;
import org.meridian.dialect.tap.adql.ast.Expression.Binary;
import org.meridian.dialect.tap.adql.ast.Expression.BinaryOperator;
import org.meridian.dialect.tap.adql.ast.Expression.Column;
import org.meridian.dialect.tap.adql.ast.Expression.Function;
import org.meridian.dialect.tap.adql.ast.Expression.Literal;
import org.meridian.dialect.tap.adql.ast.GeometryExpression.*;
import org.meridian.dialect.tap.adql.ast.Query;
import org.meridian.sky.SphericalPolygon;

/**
 * Reduces the geometry functions that yield values to what the SQL side knows: REGION literals to
 * constructors, CENTROID to a POINT, AREA to square degrees, COORDSYS to its string, and COORD1/2
 * of a point column (stored as a two-element array) to its elements. Constant polygons are
 * evaluated here with the sky package's spherical geometry.
 */
public final class GeometryFunctions implements RewriteStep {
    @Override
    public Query apply(Query query) {
        return ExpressionRewriter.rewrite(query, GeometryFunctions::rewrite);
    }

    private static Expression rewrite(Expression e) {
        return switch (e) {
            case Region r
            when r.specification() instanceof Literal l && l.kind() == Literal.Kind.STRING ->
                StcsRegion.parse(l.text());
            case Region r -> throw unsupported("REGION needs a literal STC-S string", r);
            case Centroid c -> centroid(c);
            case Area a -> area(a);
            case CoordSys c -> Literal.string(coordSys(c.geometry()));
            case Coord1 c when c.point() instanceof Column col -> Function.of("adql_coord1", col);
            case Coord2 c when c.point() instanceof Column col -> Function.of("adql_coord2", col);
            default -> e;
        };
    }

    private static Expression centroid(Centroid c) {
        return switch (c.geometry()) {
            case Point p -> p;
            case Circle circle -> new Point(null, circle.ra(), circle.dec());
            case Box b -> new Point(null, b.ra(), b.dec());
            case Polygon p ->
                constantPolygon(p)
                        .map(poly -> {
                            double[] centre = poly.centroid();
                            return (Expression) new Point(null, Literal.number(centre[0]), Literal.number(centre[1]));
                        })
                        .orElseThrow(() -> unsupported("CENTROID of a polygon needs constant vertices", c));
            default -> throw unsupported("CENTROID needs a POINT, CIRCLE, BOX or POLYGON", c);
        };
    }

    private static Expression area(Area a) {
        return switch (a.geometry()) {
            case Point p -> Literal.number(0);
            case Circle c -> capArea(c.radius());
            case Polygon p ->
                constantPolygon(p)
                        .map(poly -> (Expression) Literal.number(poly.areaSquareDegrees()))
                        .orElseThrow(() -> unsupported("AREA of a polygon needs constant vertices", a));
            case Box b -> {
                java.util.OptionalDouble[] v = {
                    Constants.value(b.ra()),
                    Constants.value(b.dec()),
                    Constants.value(b.width()),
                    Constants.value(b.height())
                };
                if (java.util.Arrays.stream(v).anyMatch(java.util.OptionalDouble::isEmpty))
                    throw unsupported("AREA of a BOX needs constant arguments", a);
                yield Literal.number(BoxCorners.polygon(
                                v[0].getAsDouble(), v[1].getAsDouble(), v[2].getAsDouble(), v[3].getAsDouble())
                        .areaSquareDegrees());
            }
            default -> throw unsupported("AREA needs a POINT, CIRCLE, BOX or POLYGON with constant vertices", a);
        };
    }

    /** 2π(1 − cos r) steradians, in square degrees; r may be any expression. */
    private static Expression capArea(Expression radius) {
        Expression oneMinusCos = new Binary(
                BinaryOperator.SUBTRACT, Literal.number(1), Function.of("COS", Function.of("RADIANS", radius)));
        double steradianInSquareDegrees = Math.pow(180 / Math.PI, 2);
        return new Binary(BinaryOperator.MULTIPLY, Literal.number(2 * Math.PI * steradianInSquareDegrees), oneMinusCos);
    }

    private static Optional<SphericalPolygon> constantPolygon(Polygon p) {
        double[] v = new double[p.coordinates().size()];
        for (int i = 0; i < v.length; i++) {
            OptionalDouble d = Constants.value(p.coordinates().get(i));
            if (d.isEmpty()) return Optional.empty();
            v[i] = d.getAsDouble();
        }
        try {
            return Optional.of(SphericalPolygon.ofFlat(v));
        } catch (IllegalArgumentException e) {
            throw new AdqlTranslationException("invalid polygon: " + e.getMessage());
        }
    }

    private static String coordSys(Expression geometry) {
        Expression sys =
                switch (geometry) {
                    case Point p -> p.coordSys();
                    case Circle c -> c.coordSys();
                    case Box b -> b.coordSys();
                    case Polygon p -> p.coordSys();
                    default -> null;
                };
        return sys instanceof Literal l
                        && l.kind() == Literal.Kind.STRING
                        && !l.text().isBlank()
                ? l.text()
                : "ICRS";
    }

    private static AdqlTranslationException unsupported(String why, Expression e) {
        return new AdqlTranslationException(why + ": " + new AdqlWriter().expression(e));
    }
}
