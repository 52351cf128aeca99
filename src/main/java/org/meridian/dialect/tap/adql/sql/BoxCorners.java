// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.meridian.dialect.tap.adql.AdqlTranslationException;
import org.meridian.dialect.tap.adql.ast.Expression;
import org.meridian.dialect.tap.adql.ast.Expression.ArrayValue;
import org.meridian.dialect.tap.adql.ast.Expression.Binary;
import org.meridian.dialect.tap.adql.ast.Expression.BinaryOperator;
import org.meridian.dialect.tap.adql.ast.Expression.Function;
import org.meridian.dialect.tap.adql.ast.Expression.Literal;
import org.meridian.dialect.tap.adql.ast.GeometryExpression.Box;
import org.meridian.sky.SphericalPolygon;

/**
 * The corners of an ADQL BOX (ADQL 2.1 §4.2.9, the STC box): the rectangle (±tan(w/2), ±tan(h/2))
 * of the plane tangent to the sphere at the box's centre. Great circles are straight lines in that
 * (gnomonic) projection, and the sides x = ±tan(w/2) cross the arm y = 0 at right angles, at the
 * angular distance w/2 from the centre, which is the standard's construction. The same corners
 * serve the exact test and the HEALPix pre-filter.
 */
final class BoxCorners {
    private BoxCorners() {}

    /** Corner order: (+x,+y), (-x,+y), (-x,-y), (+x,-y), i.e. round the box. */
    private static final int[][] SIGNS = {{1, 1}, {-1, 1}, {-1, -1}, {1, -1}};

    /** The corners as a double precision[] of alternating longitudes and latitudes. */
    static Expression vertices(Box b) {
        OptionalDouble ra = Constants.value(b.ra());
        OptionalDouble dec = Constants.value(b.dec());
        OptionalDouble w = Constants.value(b.width());
        OptionalDouble h = Constants.value(b.height());
        if (ra.isPresent() && dec.isPresent() && w.isPresent() && h.isPresent()) {
            List<Expression> corners = new ArrayList<>();
            for (double[] v : polygon(ra.getAsDouble(), dec.getAsDouble(), w.getAsDouble(), h.getAsDouble())
                    .vertices()) {
                corners.add(Literal.number(v[0]));
                corners.add(Literal.number(v[1]));
            }
            return new ArrayValue(corners);
        }
        return new ArrayValue(computed(b));
    }

    /** The box of constant arguments as a spherical polygon, after the checks of §4.2.9. */
    static SphericalPolygon polygon(double ra, double dec, double width, double height) {
        GeometryArguments.checkPosition(ra, dec, "BOX");
        if (!(width > 0 && width < 180) || !(height > 0 && height < 180))
            throw new AdqlTranslationException(
                    "BOX width and height must be greater than 0 and less than 180 degrees, got " + width + " and "
                            + height);
        double x = Math.tan(Math.toRadians(width / 2));
        double y = Math.tan(Math.toRadians(height / 2));
        double d = Math.toRadians(dec);
        List<double[]> corners = new ArrayList<>();
        for (int[] s : SIGNS) {
            double px = s[0] * x;
            double py = s[1] * y;
            double lat = Math.asin((Math.sin(d) + py * Math.cos(d)) / Math.sqrt(1 + px * px + py * py));
            double lon = ra + Math.toDegrees(Math.atan2(px, Math.cos(d) - py * Math.sin(d)));
            corners.add(new double[] {((lon % 360) + 360) % 360, Math.toDegrees(lat)});
        }
        try {
            return SphericalPolygon.of(corners);
        } catch (IllegalArgumentException e) {
            throw new AdqlTranslationException("BOX " + e.getMessage());
        }
    }

    /** The same inverse projection as SQL, for arguments only known row by row. */
    private static List<Expression> computed(Box b) {
        Expression x = Function.of("tand", half(b.width()));
        Expression y = Function.of("tand", half(b.height()));
        List<Expression> corners = new ArrayList<>();
        for (int[] s : SIGNS) {
            Expression px = s[0] > 0 ? x : negate(x);
            Expression py = s[1] > 0 ? y : negate(y);
            Expression norm = Function.of("sqrt", add(Literal.number(1), add(times(px, px), times(py, py))));
            Expression lat = Function.of(
                    "asind",
                    new Binary(
                            BinaryOperator.DIVIDE,
                            add(Function.of("sind", b.dec()), times(py, Function.of("cosd", b.dec()))),
                            norm));
            Expression lon = add(
                    b.ra(),
                    Function.of(
                            "atan2d",
                            px,
                            new Binary(
                                    BinaryOperator.SUBTRACT,
                                    Function.of("cosd", b.dec()),
                                    times(py, Function.of("sind", b.dec())))));
            corners.add(lon);
            corners.add(lat);
        }
        return corners;
    }

    private static Expression half(Expression e) {
        return new Binary(BinaryOperator.DIVIDE, e, Literal.number(2));
    }

    private static Expression negate(Expression e) {
        return new Expression.Unary(Expression.UnaryOperator.NEGATE, e);
    }

    private static Expression add(Expression a, Expression b) {
        return new Binary(BinaryOperator.ADD, a, b);
    }

    private static Expression times(Expression a, Expression b) {
        return new Binary(BinaryOperator.MULTIPLY, a, b);
    }
}
