// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.ast;

import java.util.List;

/**
 * The ADQL geometry functions. The coordinate system argument is optional in ADQL 2.1 and is
 * {@code null} when absent.
 */
public sealed interface GeometryExpression extends Expression {

    /** Geometry-valued constructors, which may not be operands of arithmetic or concatenation. */
    sealed interface Shape extends GeometryExpression {}

    record Point(Expression coordSys, Expression ra, Expression dec) implements Shape {}

    record Circle(Expression coordSys, Expression ra, Expression dec, Expression radius) implements Shape {}

    record Box(Expression coordSys, Expression ra, Expression dec, Expression width, Expression height)
            implements Shape {}

    /** Vertices as alternating longitude, latitude expressions. */
    record Polygon(Expression coordSys, List<Expression> coordinates) implements Shape {
        public Polygon {
            coordinates = List.copyOf(coordinates);
        }
    }

    record Region(Expression specification) implements Shape {}

    record Centroid(Expression geometry) implements Shape {}

    record Contains(Expression inner, Expression outer) implements GeometryExpression {}

    record Intersects(Expression first, Expression second) implements GeometryExpression {}

    /** DISTANCE of two points; the four-number form is stored as two POINTs without coordinate system. */
    record Distance(Expression first, Expression second) implements GeometryExpression {}

    record Area(Expression geometry) implements GeometryExpression {}

    record Coord1(Expression point) implements GeometryExpression {}

    record Coord2(Expression point) implements GeometryExpression {}

    record CoordSys(Expression geometry) implements GeometryExpression {}
}
