// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.antlr.v4.runtime.ParserRuleContext;
import org.meridian.dialect.tap.adql.ast.Expression;
import org.meridian.dialect.tap.adql.ast.Expression.Function;
import org.meridian.dialect.tap.adql.ast.Expression.Literal;
import org.meridian.dialect.tap.adql.ast.GeometryExpression.Area;
import org.meridian.dialect.tap.adql.ast.GeometryExpression.Box;
import org.meridian.dialect.tap.adql.ast.GeometryExpression.Centroid;
import org.meridian.dialect.tap.adql.ast.GeometryExpression.Circle;
import org.meridian.dialect.tap.adql.ast.GeometryExpression.Contains;
import org.meridian.dialect.tap.adql.ast.GeometryExpression.Coord1;
import org.meridian.dialect.tap.adql.ast.GeometryExpression.Coord2;
import org.meridian.dialect.tap.adql.ast.GeometryExpression.CoordSys;
import org.meridian.dialect.tap.adql.ast.GeometryExpression.Distance;
import org.meridian.dialect.tap.adql.ast.GeometryExpression.Intersects;
import org.meridian.dialect.tap.adql.ast.GeometryExpression.Point;
import org.meridian.dialect.tap.adql.ast.GeometryExpression.Polygon;
import org.meridian.dialect.tap.adql.ast.GeometryExpression.Region;

/** The ADQL 2.1 built-in functions, their arities, and the AST node each call becomes. */
final class Functions {
    private record Arity(int min, int max) {
        boolean accepts(int n) {
            return n >= min && n <= max;
        }

        String describe() {
            if (min == max) return min + " argument" + (min == 1 ? "" : "s");
            return max == Integer.MAX_VALUE ? "at least " + min + " arguments" : min + " to " + max + " arguments";
        }
    }

    private static final Arity ONE = new Arity(1, 1);
    private static final Arity TWO = new Arity(2, 2);
    private static final Map<String, Arity> BUILT_IN = Map.ofEntries(
            Map.entry("ABS", ONE),
            Map.entry("CEILING", ONE),
            Map.entry("DEGREES", ONE),
            Map.entry("EXP", ONE),
            Map.entry("FLOOR", ONE),
            Map.entry("LOG", ONE),
            Map.entry("LOG10", ONE),
            Map.entry("MOD", TWO),
            Map.entry("PI", new Arity(0, 0)),
            Map.entry("POWER", TWO),
            Map.entry("RADIANS", ONE),
            Map.entry("RAND", new Arity(0, 1)),
            Map.entry("ROUND", new Arity(1, 2)),
            Map.entry("SQRT", ONE),
            Map.entry("TRUNCATE", new Arity(1, 2)),
            Map.entry("ACOS", ONE),
            Map.entry("ASIN", ONE),
            Map.entry("ATAN", ONE),
            Map.entry("ATAN2", TWO),
            Map.entry("COS", ONE),
            Map.entry("COT", ONE),
            Map.entry("SIN", ONE),
            Map.entry("TAN", ONE),
            Map.entry("AVG", ONE),
            Map.entry("MAX", ONE),
            Map.entry("MIN", ONE),
            Map.entry("SUM", ONE),
            Map.entry("COUNT", ONE),
            Map.entry("LOWER", ONE),
            Map.entry("UPPER", ONE),
            Map.entry("COALESCE", new Arity(1, Integer.MAX_VALUE)),
            Map.entry("IN_UNIT", TWO),
            Map.entry("POINT", new Arity(2, 3)),
            Map.entry("CIRCLE", new Arity(3, 4)),
            Map.entry("BOX", new Arity(4, 5)),
            Map.entry("POLYGON", new Arity(6, Integer.MAX_VALUE)),
            Map.entry("REGION", ONE),
            Map.entry("CENTROID", ONE),
            Map.entry("AREA", ONE),
            Map.entry("COORD1", ONE),
            Map.entry("COORD2", ONE),
            Map.entry("COORDSYS", ONE),
            Map.entry("CONTAINS", TWO),
            Map.entry("INTERSECTS", TWO),
            Map.entry("DISTANCE", new Arity(2, 4)));

    private static final java.util.Set<String> AGGREGATES = java.util.Set.of("AVG", "MAX", "MIN", "SUM", "COUNT");

    private final Predicate<String> userFunctions;

    Functions(Predicate<String> userFunctions) {
        this.userFunctions = userFunctions;
    }

    static boolean isBuiltIn(String name) {
        return BUILT_IN.containsKey(name.toUpperCase(Locale.ROOT));
    }

    Expression call(ParserRuleContext at, String written, boolean distinct, boolean star, List<Expression> given) {
        String name = written.toUpperCase(Locale.ROOT);
        Arity arity = BUILT_IN.get(name);
        if (arity == null) return userFunction(at, written, distinct, star, given);
        if (star && !name.equals("COUNT"))
            throw SyntaxErrors.at(at, "'*' is only allowed in COUNT(*)", "write " + name + "(column)");
        if (distinct && !AGGREGATES.contains(name))
            throw SyntaxErrors.at(at, "DISTINCT/ALL is only allowed in aggregate functions", "remove it");
        if (star) return new Function(name, false, true, List.of());
        List<Expression> args = SHAPES.contains(name) ? pointsAsCoordinates(given) : given;
        if (!arity.accepts(args.size()))
            throw SyntaxErrors.at(
                    at,
                    name + " takes " + arity.describe() + (args != given ? " (a POINT counts as two)" : "") + ", not "
                            + args.size(),
                    "check the call of " + name);
        return geometry(at, name, args).orElseGet(() -> new Function(name, distinct, false, args));
    }

    private Expression userFunction(
            ParserRuleContext at, String written, boolean distinct, boolean star, List<Expression> args) {
        if (ReservedWords.isReserved(written))
            throw SyntaxErrors.at(
                    at, "'" + written + "' is a reserved word, not an ADQL function", "check the spelling");
        if (!userFunctions.test(written.toLowerCase(Locale.ROOT)))
            throw SyntaxErrors.at(
                    at, "unknown function '" + written + "'", "user-defined functions must be declared by the service");
        if (star || distinct)
            throw SyntaxErrors.at(at, "'*' and DISTINCT are only allowed in aggregate functions", "remove them");
        return new Function(written.toLowerCase(Locale.ROOT), false, false, args);
    }

    private java.util.Optional<Expression> geometry(ParserRuleContext at, String name, List<Expression> args) {
        Expression result =
                switch (name) {
                    case "POINT" -> withCoordSys(at, name, args, 2, a -> new Point(a.sys(), a.get(0), a.get(1)));
                    case "CIRCLE" ->
                        withCoordSys(at, name, args, 3, a -> new Circle(a.sys(), a.get(0), a.get(1), a.get(2)));
                    case "BOX" ->
                        withCoordSys(at, name, args, 4, a -> new Box(a.sys(), a.get(0), a.get(1), a.get(2), a.get(3)));
                    case "POLYGON" -> polygon(at, args);
                    case "REGION" -> new Region(args.get(0));
                    case "CENTROID" -> new Centroid(args.get(0));
                    case "AREA" -> new Area(args.get(0));
                    case "COORD1" -> new Coord1(args.get(0));
                    case "COORD2" -> new Coord2(args.get(0));
                    case "COORDSYS" -> new CoordSys(args.get(0));
                    case "CONTAINS" -> new Contains(args.get(0), args.get(1));
                    case "INTERSECTS" -> new Intersects(args.get(0), args.get(1));
                    case "DISTANCE" -> distance(at, args);
                    default -> null;
                };
        return java.util.Optional.ofNullable(result);
    }

    private record Args(Expression sys, List<Expression> rest) {
        Expression get(int i) {
            return rest.get(i);
        }
    }

    /**
     * The coordinate system is optional in ADQL 2.1. A leading string literal is always read as
     * the coordinate system (so CIRCLE('fk5', 2, 3) lacks a radius rather than having a textual
     * longitude); otherwise one argument more than the shape needs means a coordinate system.
     */
    private static Expression withCoordSys(
            ParserRuleContext at,
            String name,
            List<Expression> args,
            int needed,
            java.util.function.Function<Args, Expression> make) {
        boolean hasSys = startsWithString(args) || args.size() == needed + 1;
        Args split = hasSys ? new Args(args.get(0), args.subList(1, args.size())) : new Args(null, args);
        if (split.rest().size() != needed)
            throw SyntaxErrors.at(
                    at,
                    name + " needs " + needed + " numeric arguments after the optional coordinate system, got "
                            + split.rest().size(),
                    usage(name));
        return make.apply(split);
    }

    /** The shapes whose positions ADQL 2.1 lets one write as POINTs (§4.2.9, §4.2.11, §4.2.19). */
    private static final java.util.Set<String> SHAPES = java.util.Set.of("CIRCLE", "BOX", "POLYGON");

    /**
     * CIRCLE(POINT(ra, dec), r), BOX(POINT(ra, dec), w, h) and POLYGON(POINT, POINT, POINT, ...)
     * are the ADQL 2.1 forms of the same shapes: each POINT stands for its two coordinates (its
     * own coordinate system, if any, says no more than the shape's).
     */
    private static List<Expression> pointsAsCoordinates(List<Expression> args) {
        if (args.stream().noneMatch(a -> a instanceof Point)) return args;
        List<Expression> out = new java.util.ArrayList<>();
        for (Expression a : args) {
            if (a instanceof Point p) {
                out.add(p.ra());
                out.add(p.dec());
            } else {
                out.add(a);
            }
        }
        return out;
    }

    private static Expression polygon(ParserRuleContext at, List<Expression> args) {
        boolean hasSys = startsWithString(args) || args.size() % 2 == 1;
        List<Expression> coords = hasSys ? args.subList(1, args.size()) : args;
        if (coords.size() % 2 != 0 || coords.size() < 6)
            throw SyntaxErrors.at(
                    at,
                    "POLYGON needs at least three longitude/latitude pairs, got " + coords.size() + " numbers",
                    usage("POLYGON"));
        return new Polygon(hasSys ? args.get(0) : null, coords);
    }

    private static Expression distance(ParserRuleContext at, List<Expression> args) {
        if (args.size() == 2) return new Distance(args.get(0), args.get(1));
        if (args.size() == 4)
            return new Distance(new Point(null, args.get(0), args.get(1)), new Point(null, args.get(2), args.get(3)));
        throw SyntaxErrors.at(
                at, "DISTANCE takes two points or four numbers", "DISTANCE(POINT(ra1, dec1), POINT(ra2, dec2))");
    }

    private static boolean startsWithString(List<Expression> args) {
        return !args.isEmpty() && args.get(0) instanceof Literal l && l.kind() == Literal.Kind.STRING;
    }

    private static String usage(String name) {
        return switch (name) {
            case "POINT" -> "POINT(['ICRS',] ra, dec)";
            case "CIRCLE" -> "CIRCLE(['ICRS',] ra, dec, radius) or CIRCLE(POINT(ra, dec), radius)";
            case "BOX" -> "BOX(['ICRS',] ra, dec, width, height)";
            default -> "POLYGON(['ICRS',] ra1, dec1, ra2, dec2, ra3, dec3, ...) or POLYGON(POINT, POINT, POINT, ...)";
        };
    }
}
