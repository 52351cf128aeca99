// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.meridian.dialect.tap.adql.ast.Expression;
import org.meridian.dialect.tap.adql.ast.Expression.Between;
import org.meridian.dialect.tap.adql.ast.Expression.Binary;
import org.meridian.dialect.tap.adql.ast.Expression.BinaryOperator;
import org.meridian.dialect.tap.adql.ast.Expression.Column;
import org.meridian.dialect.tap.adql.ast.Expression.Comparison;
import org.meridian.dialect.tap.adql.ast.Expression.ComparisonOperator;
import org.meridian.dialect.tap.adql.ast.Expression.Literal;
import org.meridian.dialect.tap.adql.ast.GeometryExpression.Box;
import org.meridian.dialect.tap.adql.ast.GeometryExpression.Circle;
import org.meridian.dialect.tap.adql.ast.GeometryExpression.Contains;
import org.meridian.dialect.tap.adql.ast.GeometryExpression.Distance;
import org.meridian.dialect.tap.adql.ast.GeometryExpression.Intersects;
import org.meridian.dialect.tap.adql.ast.GeometryExpression.Point;
import org.meridian.dialect.tap.adql.ast.GeometryExpression.Polygon;
import org.meridian.dialect.tap.adql.ast.Query;
import org.meridian.dialect.tap.adql.ast.Select;
import org.meridian.dialect.tap.adql.ast.TableRef;
import org.meridian.dialect.tap.adql.schema.SchemaCatalog;
import org.meridian.sky.Healpix;
import org.meridian.sky.HealpixRanges;
import org.meridian.sky.RangeSet;
import org.meridian.sky.SphericalPolygon;

/**
 * Puts an index-friendly HEALPix range filter in front of a positional constraint on a table's own
 * position columns: {@code CONTAINS(POINT(t.ra, t.dec), CIRCLE|POLYGON|BOX(constants)) = 1} or
 * {@code DISTANCE(POINT(t.ra, t.dec), POINT(constants)) < r} becomes
 * {@code (t.hpx BETWEEN lo AND hi OR ...) AND <the constraint>}. The ranges cover the region
 * conservatively, so the exact predicate still decides. Only top-level AND terms of WHERE are
 * touched: under OR or NOT an extra necessary condition would change the result.
 *
 * <p>Runs after {@link org.meridian.dialect.tap.adql.schema.SemanticCheck}, which qualifies every
 * column with its table's alias or name.
 */
public final class HealpixPrefilter implements RewriteStep {
    /** The order of the stored {@code hpx} columns. */
    public static final int STORED_ORDER = Healpix.MAX_ORDER;

    /** More ranges than this make the planner's job harder than the rows they save. */
    private static final int MAX_RANGES = 32;

    private final SchemaCatalog catalog;

    public HealpixPrefilter(SchemaCatalog catalog) {
        this.catalog = catalog;
    }

    /** A positional constraint's region and the column holding the stored HEALPix index. */
    private record Target(Column hpx, Region region) {}

    private sealed interface Region {}

    private record Cone(double ra, double dec, double radius) implements Region {}

    private record Area(SphericalPolygon polygon) implements Region {}

    @Override
    public Query apply(Query query) {
        return ExpressionRewriter.rewriteSelects(query, this::select);
    }

    private Select select(Select s) {
        if (s.where() == null) return s;
        List<Expression> terms = new ArrayList<>();
        andTerms(s.where(), terms);
        boolean changed = false;
        List<Expression> filtered = new ArrayList<>();
        for (Expression term : terms) {
            Optional<Target> target = target(term, s.from());
            Expression t = term;
            if (target.isPresent()) {
                Optional<Expression> filter = filter(target.get());
                if (filter.isPresent()) {
                    t = new Binary(BinaryOperator.AND, filter.get(), term);
                    changed = true;
                }
            }
            filtered.add(t);
        }
        return changed ? s.withWhere(Binary.balanced(BinaryOperator.AND, filtered)) : s;
    }

    private static void andTerms(Expression e, List<Expression> out) {
        if (e instanceof Binary b && b.operator() == BinaryOperator.AND) {
            andTerms(b.left(), out);
            andTerms(b.right(), out);
        } else out.add(e);
    }

    private Optional<Target> target(Expression term, List<TableRef> from) {
        if (!(term instanceof Comparison c)) return Optional.empty();
        if (c.operator() == ComparisonOperator.EQ) {
            if (isOne(c.right())) return regionPredicate(c.left(), from);
            if (isOne(c.left())) return regionPredicate(c.right(), from);
        }
        if ((c.operator() == ComparisonOperator.LT || c.operator() == ComparisonOperator.LE)
                && c.left() instanceof Distance d) return cone(d, c.right(), from);
        if ((c.operator() == ComparisonOperator.GT || c.operator() == ComparisonOperator.GE)
                && c.right() instanceof Distance d) return cone(d, c.left(), from);
        return Optional.empty();
    }

    private static boolean isOne(Expression e) {
        return e instanceof Literal l
                && l.kind() == Literal.Kind.INTEGER
                && l.text().equals("1");
    }

    private Optional<Target> regionPredicate(Expression e, List<TableRef> from) {
        return switch (e) {
            case Contains c when c.inner() instanceof Point p -> located(p, c.outer(), from);
            case Intersects i when i.first() instanceof Point p -> located(p, i.second(), from);
            case Intersects i when i.second() instanceof Point p -> located(p, i.first(), from);
            default -> Optional.empty();
        };
    }

    private Optional<Target> cone(Distance d, Expression radius, List<TableRef> from) {
        OptionalDouble r = Constants.value(radius);
        if (r.isEmpty() || !(d.first() instanceof Point a) || !(d.second() instanceof Point b)) return Optional.empty();
        Optional<Target> viaFirst = located(a, new Circle(null, b.ra(), b.dec(), radius), from);
        return viaFirst.isPresent() ? viaFirst : located(b, new Circle(null, a.ra(), a.dec(), radius), from);
    }

    private Optional<Target> located(Point point, Expression shape, List<TableRef> from) {
        Optional<Region> region = constantRegion(shape);
        if (region.isEmpty()) return Optional.empty();
        return hpxColumn(point, from).map(hpx -> new Target(hpx, region.get()));
    }

    private static Optional<Region> constantRegion(Expression shape) {
        try {
            return switch (shape) {
                case Circle c -> constants(c.ra(), c.dec(), c.radius()).map(v -> new Cone(v[0], v[1], v[2]));
                case Polygon p ->
                    constants(p.coordinates().toArray(Expression[]::new))
                            .map(v -> new Area(SphericalPolygon.ofFlat(v)));
                case Box b ->
                    constants(b.ra(), b.dec(), b.width(), b.height())
                            .map(v -> new Area(BoxCorners.polygon(v[0], v[1], v[2], v[3])));
                default -> Optional.empty();
            };
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a degenerate shape: leave the exact predicate to report or reject it
        }
    }

    private static Optional<double[]> constants(Expression... es) {
        double[] v = new double[es.length];
        for (int i = 0; i < es.length; i++) {
            OptionalDouble d = Constants.value(es[i]);
            if (d.isEmpty()) return Optional.empty();
            v[i] = d.getAsDouble();
        }
        return Optional.of(v);
    }

    private Optional<Column> hpxColumn(Point p, List<TableRef> from) {
        return PositionalTables.hpxColumn(catalog, from, p.ra(), p.dec());
    }

    private static Optional<Expression> filter(Target target) {
        RangeSet ranges;
        try {
            ranges = cover(target.region());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (ranges.isEmpty()) return Optional.of(new Literal(Literal.Kind.BOOLEAN, "FALSE"));
        RangeSet fine = ranges.toOrder(STORED_ORDER);
        if (fine.size() == 1 && fine.lo(0) == 0 && fine.hi(0) == Healpix.pixelCount(STORED_ORDER) - 1)
            return Optional.empty(); // the whole sky: nothing to gain
        Expression result = null;
        for (int i = 0; i < fine.size(); i++) {
            Expression between =
                    new Between(target.hpx(), Literal.integer(fine.lo(i)), Literal.integer(fine.hi(i)), false);
            result = result == null ? between : new Binary(BinaryOperator.OR, result, between);
        }
        return Optional.of(result);
    }

    /** The cover at the order suited to the region's size, coarsened until the ranges are few. */
    private static RangeSet cover(Region region) {
        double radius =
                switch (region) {
                    case Cone c -> c.radius();
                    case Area a -> a.polygon().boundingCircle().radius();
                };
        int order = HealpixRanges.orderFor(Math.max(radius, 0));
        while (true) {
            RangeSet ranges =
                    switch (region) {
                        case Cone c -> HealpixRanges.cone(c.ra(), c.dec(), c.radius(), order);
                        case Area a -> HealpixRanges.polygon(a.polygon(), order);
                    };
            if (ranges.size() <= MAX_RANGES || order == 0) return ranges;
            order--;
        }
    }
}
