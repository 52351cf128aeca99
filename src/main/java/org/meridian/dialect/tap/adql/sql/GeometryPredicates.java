// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.sql;

import java.util.List;
import org.meridian.dialect.tap.adql.AdqlTranslationException;
import org.meridian.dialect.tap.adql.ast.Expression;
import org.meridian.dialect.tap.adql.ast.Expression.*;
import org.meridian.dialect.tap.adql.ast.GeometryExpression.*;
import org.meridian.dialect.tap.adql.ast.Query;

/**
 * Replaces the geometry functions by the spherical SQL functions of the sky migration:
 * {@code CONTAINS(POINT, CIRCLE) = 1} becomes {@code sky_distance(...) <= r}, a point in a
 * polygon becomes {@code sky_in_polygon}, circle/polygon overlaps their intersection tests, and
 * DISTANCE becomes {@code sky_distance}. Comparisons with 0 become negations.
 */
public final class GeometryPredicates implements RewriteStep {
    @Override
    public Query apply(Query query) {
        return ExpressionRewriter.rewrite(query, GeometryPredicates::rewrite);
    }

    private static Expression rewrite(Expression e) {
        // Children are rewritten first, so CONTAINS/INTERSECTS arrive here as CASE WHEN p THEN 1 ELSE 0.
        if (e instanceof Comparison c && isFlag(c.right()) && flagged(c.left()) != null)
            return truthOf(flagged(c.left()), c.operator(), (Literal) c.right());
        if (e instanceof Comparison c && isFlag(c.left()) && flagged(c.right()) != null)
            return truthOf(flagged(c.right()), c.operator().mirrored(), (Literal) c.left());
        return switch (e) {
            case Distance d
            when d.first() instanceof Point a && d.second() instanceof Point b ->
                Function.of("sky_distance", a.ra(), a.dec(), b.ra(), b.dec());
            // a stored geometry (point or footprint): distance to its nearest point (V11 adql_distance)
            case Distance d
            when d.second() instanceof Point b -> Function.of("adql_distance", vertices(d.first()), b.ra(), b.dec());
            case Distance d
            when d.first() instanceof Point a -> Function.of("adql_distance", vertices(d.second()), a.ra(), a.dec());
            case Contains c -> new Case(null, List.of(new When(predicate(c), Literal.integer(1))), Literal.integer(0));
            case Intersects i ->
                new Case(null, List.of(new When(predicate(i), Literal.integer(1))), Literal.integer(0));
            case Coord1 c when c.point() instanceof Point p -> p.ra();
            case Coord2 c when c.point() instanceof Point p -> p.dec();
            default -> e;
        };
    }

    /** The condition p of a CASE WHEN p THEN 1 ELSE 0 END made from a geometry predicate, else null. */
    private static Expression flagged(Expression e) {
        if (e instanceof Case c
                && c.operand() == null
                && c.whens().size() == 1
                && c.whens().get(0).result().equals(Literal.integer(1))
                && Literal.integer(0).equals(c.otherwise()))
            return c.whens().get(0).condition();
        return null;
    }

    private static boolean isFlag(Expression e) {
        return e instanceof Literal l
                && l.kind() == Literal.Kind.INTEGER
                && (l.text().equals("0") || l.text().equals("1"));
    }

    private static Expression truthOf(Expression predicate, ComparisonOperator op, Literal flag) {
        boolean wantTrue = flag.text().equals("1");
        if (op == ComparisonOperator.NE) wantTrue = !wantTrue;
        else if (op != ComparisonOperator.EQ)
            throw new AdqlTranslationException("compare CONTAINS/INTERSECTS with = 1 or = 0, not " + op.symbol());
        return wantTrue ? predicate : new Unary(UnaryOperator.NOT, predicate);
    }

    private static Expression predicate(Expression e) {
        return switch (e) {
            case Contains c when c.inner() instanceof Point p -> pointIn(p, c.outer());
            case Contains c
            when c.inner() instanceof Circle inner && c.outer() instanceof Circle outer ->
                new Comparison(
                        ComparisonOperator.LE,
                        new Binary(
                                BinaryOperator.ADD,
                                distance(inner.ra(), inner.dec(), outer.ra(), outer.dec()),
                                inner.radius()),
                        outer.radius());
            // a polygon or stored geometry within a circle: all its vertices are (V11 adql_in_circle)
            case Contains c
            when c.outer() instanceof Circle outer ->
                Function.of("adql_in_circle", vertices(c.inner()), outer.ra(), outer.dec(), outer.radius());
            case Intersects i when i.first() instanceof Point p -> pointIn(p, i.second());
            case Intersects i when i.second() instanceof Point p -> pointIn(p, i.first());
            case Intersects i
            when i.first() instanceof Circle a && i.second() instanceof Circle b ->
                new Comparison(
                        ComparisonOperator.LE,
                        distance(a.ra(), a.dec(), b.ra(), b.dec()),
                        new Binary(BinaryOperator.ADD, a.radius(), b.radius()));
            case Intersects i when i.first() instanceof Circle c -> circleMeetsPolygon(c, i.second());
            case Intersects i when i.second() instanceof Circle c -> circleMeetsPolygon(c, i.first());
            case Intersects i -> Function.of("sky_polygons_intersect", vertices(i.first()), vertices(i.second()));
            default -> throw unsupported(e);
        };
    }

    private static Expression pointIn(Point p, Expression region) {
        return switch (region) {
            case Circle c ->
                new Comparison(ComparisonOperator.LE, distance(p.ra(), p.dec(), c.ra(), c.dec()), c.radius());
            default -> Function.of("sky_in_polygon", p.ra(), p.dec(), vertices(region));
        };
    }

    private static Expression circleMeetsPolygon(Circle c, Expression polygon) {
        return Function.of("sky_polygon_intersects_circle", vertices(polygon), c.ra(), c.dec(), c.radius());
    }

    /** A polygon as a double precision[] of alternating longitudes and latitudes. */
    static Expression vertices(Expression region) {
        return switch (region) {
            case Polygon p -> new ArrayValue(p.coordinates());
            case Box b -> boxVertices(b);
            case Column c -> c; // a footprint column stored as double precision[]
            default -> throw unsupported(region);
        };
    }

    /**
     * The four corners of a BOX as ADQL 2.1 §4.2.9 (after STC) defines it: a cross centred on the
     * box's centre with arms along the centre's meridian and along the great circle perpendicular to
     * it, reaching height/2 and width/2; the sides are great circles meeting the arms' ends at right
     * angles. That is the rectangle (±tan(w/2), ±tan(h/2)) of the tangent plane at the centre
     * ({@link BoxCorners}), so the corners are computed exactly when the arguments are constants and
     * by the inverse gnomonic projection in SQL otherwise.
     */
    private static Expression boxVertices(Box b) {
        return BoxCorners.vertices(b);
    }

    private static Expression distance(Expression ra1, Expression dec1, Expression ra2, Expression dec2) {
        return Function.of("sky_distance", ra1, dec1, ra2, dec2);
    }

    private static AdqlTranslationException unsupported(Expression e) {
        return new AdqlTranslationException("geometry expression not supported here: "
                + new org.meridian.dialect.tap.adql.ast.AdqlWriter().expression(e));
    }
}
