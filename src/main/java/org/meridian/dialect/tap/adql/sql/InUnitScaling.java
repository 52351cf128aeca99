// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.sql;

import java.util.Map;
import java.util.Optional;
import org.meridian.dialect.tap.adql.AdqlTranslationException;
import org.meridian.dialect.tap.adql.ast.AdqlWriter;
import org.meridian.dialect.tap.adql.ast.Expression;
import org.meridian.dialect.tap.adql.ast.Expression.*;
import org.meridian.dialect.tap.adql.ast.GeometryExpression.Distance;
import org.meridian.dialect.tap.adql.ast.Query;
import org.meridian.dialect.tap.adql.schema.SchemaCatalog;

/**
 * IN_UNIT(value, 'unit') (ADQL 2.1 §4.9.1) as a multiplication from the value's own unit: a
 * column's unit as published in TAP_SCHEMA, degrees for DISTANCE, and the unit of the operand for
 * a sign, a scaling by a number, or a sum of values of one unit. A value of no known unit (a bare
 * number, a column published without one) is an error, as the standard requires; so is a
 * conversion between different dimensions.
 */
public final class InUnitScaling implements RewriteStep {
    private static final double DEG = Math.PI / 180;
    private static final double YEAR = 365.25 * 86400;

    /** A unit: its dimension and how many of it make the dimension's base unit. */
    private record Unit(String dimension, double perBase) {}

    private static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("deg", new Unit("angle", 1.0)),
            Map.entry("rad", new Unit("angle", DEG)),
            Map.entry("arcmin", new Unit("angle", 60.0)),
            Map.entry("arcsec", new Unit("angle", 3600.0)),
            Map.entry("mas", new Unit("angle", 3.6e6)),
            Map.entry("m", new Unit("length", 1.0)),
            Map.entry("km", new Unit("length", 1e-3)),
            Map.entry("cm", new Unit("length", 100.0)),
            Map.entry("mm", new Unit("length", 1e3)),
            Map.entry("um", new Unit("length", 1e6)),
            Map.entry("nm", new Unit("length", 1e9)),
            Map.entry("Angstrom", new Unit("length", 1e10)),
            Map.entry("AU", new Unit("length", 1 / 1.495978707e11)),
            Map.entry("pc", new Unit("length", 1 / 3.0856775814913673e16)),
            Map.entry("kpc", new Unit("length", 1 / 3.0856775814913673e19)),
            Map.entry("m/s", new Unit("velocity", 1.0)),
            Map.entry("km/s", new Unit("velocity", 1e-3)),
            Map.entry("s", new Unit("time", 1.0)),
            Map.entry("min", new Unit("time", 1 / 60.0)),
            Map.entry("h", new Unit("time", 1 / 3600.0)),
            Map.entry("d", new Unit("time", 1 / 86400.0)),
            Map.entry("yr", new Unit("time", 1 / YEAR)),
            Map.entry("deg/yr", new Unit("proper motion", 1.0)),
            Map.entry("rad/yr", new Unit("proper motion", DEG)),
            Map.entry("arcsec/yr", new Unit("proper motion", 3600.0)),
            Map.entry("mas/yr", new Unit("proper motion", 3.6e6)));

    private final SchemaCatalog catalog;

    /** Units from the published column metadata of {@code catalog} (null: no column has a unit). */
    public InUnitScaling(SchemaCatalog catalog) {
        this.catalog = catalog;
    }

    public InUnitScaling() {
        this(null);
    }

    @Override
    public Query apply(Query query) {
        return ColumnLookup.rewrite(query, catalog, InUnitScaling::rewrite);
    }

    private static Expression rewrite(Expression e, ColumnLookup columns) {
        if (!(e instanceof Function f) || !f.name().equals("IN_UNIT")) return e;
        if (!(f.args().get(1) instanceof Literal target) || target.kind() != Literal.Kind.STRING)
            throw new AdqlTranslationException("IN_UNIT needs a literal unit string");
        Unit to = known(target.text());
        Expression value = f.args().get(0);
        String fromName = unitOf(value, columns)
                .orElseThrow(() -> new AdqlTranslationException("IN_UNIT: "
                        + new AdqlWriter().expression(value)
                        + " has no unit to convert from (ADQL 2.1 §4.9.1); only values with a unit,"
                        + " such as columns published with one, can be converted"));
        Unit from = known(fromName);
        if (!from.dimension().equals(to.dimension()))
            throw new AdqlTranslationException("IN_UNIT cannot convert " + fromName + " (" + from.dimension() + ") to "
                    + target.text() + " (" + to.dimension() + ")");
        double factor = to.perBase() / from.perBase();
        return factor == 1.0 ? value : new Binary(BinaryOperator.MULTIPLY, value, Literal.number(factor));
    }

    private static Unit known(String name) {
        Unit unit = UNITS.get(normalised(name));
        if (unit == null)
            throw new AdqlTranslationException("unit '" + name + "' is not supported by IN_UNIT; known: "
                    + UNITS.keySet().stream().sorted().toList());
        return unit;
    }

    /** VOUnit spellings of a rate ("mas.yr**-1", "mas.yr-1") as the table's "mas/yr". */
    private static String normalised(String unit) {
        String u = unit.strip();
        for (String per : new String[] {"yr", "s"})
            for (String suffix :
                    new String[] {"." + per + "**-1", "." + per + "-1", "." + per + "^-1", " " + per + "-1"})
                if (u.endsWith(suffix)) return u.substring(0, u.length() - suffix.length()) + "/" + per;
        return u.equals("a") ? "yr" : u;
    }

    /** The unit of a value, where it follows from the metadata and the form of the expression. */
    private static Optional<String> unitOf(Expression e, ColumnLookup columns) {
        return switch (e) {
            case Column c ->
                columns.info(c)
                        .map(i -> i.unit())
                        .filter(u -> !u.isBlank())
                        .filter(u -> UNITS.containsKey(normalised(u)));
            case Distance d -> Optional.of("deg");
            case Unary u
            when u.operator() != UnaryOperator.NOT && u.operator() != UnaryOperator.BIT_NOT ->
                unitOf(u.operand(), columns);
            case Binary b
            when b.operator() == BinaryOperator.MULTIPLY && isNumber(b.left()) -> unitOf(b.right(), columns);
            case Binary b
            when (b.operator() == BinaryOperator.MULTIPLY || b.operator() == BinaryOperator.DIVIDE)
                    && isNumber(b.right()) -> unitOf(b.left(), columns);
            case Binary b
            when b.operator() == BinaryOperator.ADD || b.operator() == BinaryOperator.SUBTRACT -> {
                Optional<String> l = unitOf(b.left(), columns);
                yield l.isPresent() && l.equals(unitOf(b.right(), columns)) ? l : Optional.empty();
            }
            default -> Optional.empty();
        };
    }

    private static boolean isNumber(Expression e) {
        return Constants.value(e).isPresent();
    }
}
