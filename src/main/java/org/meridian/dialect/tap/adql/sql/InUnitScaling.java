// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.sql;

import java.util.Map;
import org.meridian.dialect.tap.adql.AdqlTranslationException;
import org.meridian.dialect.tap.adql.ast.Expression;
import org.meridian.dialect.tap.adql.ast.Expression.*;
import org.meridian.dialect.tap.adql.ast.Query;

/**
 * IN_UNIT(value, 'unit') as a multiplication. Without column unit metadata the value is taken to be
 * in the base unit of the target's dimension (deg for angles, m for lengths, s for times, yr for
 * proper motions), which is the unit of the positional columns in this archive.
 */
public final class InUnitScaling implements RewriteStep {
    private static final double DEG = Math.PI / 180;
    private static final Map<String, Double> FROM_BASE = Map.ofEntries(
            Map.entry("deg", 1.0),
            Map.entry("rad", DEG),
            Map.entry("arcmin", 60.0),
            Map.entry("arcsec", 3600.0),
            Map.entry("mas", 3.6e6),
            Map.entry("m", 1.0),
            Map.entry("km", 1e-3),
            Map.entry("cm", 100.0),
            Map.entry("mm", 1e3),
            Map.entry("um", 1e6),
            Map.entry("nm", 1e9),
            Map.entry("Angstrom", 1e10),
            Map.entry("s", 1.0),
            Map.entry("min", 1 / 60.0),
            Map.entry("h", 1 / 3600.0),
            Map.entry("d", 1 / 86400.0),
            Map.entry("deg/yr", 1.0),
            Map.entry("rad/yr", DEG),
            Map.entry("arcsec/yr", 3600.0),
            Map.entry("mas/yr", 3.6e6));

    @Override
    public Query apply(Query query) {
        return ExpressionRewriter.rewrite(query, InUnitScaling::rewrite);
    }

    private static Expression rewrite(Expression e) {
        if (!(e instanceof Function f) || !f.name().equals("IN_UNIT")) return e;
        if (!(f.args().get(1) instanceof Literal unit) || unit.kind() != Literal.Kind.STRING)
            throw new AdqlTranslationException("IN_UNIT needs a literal unit string");
        Double factor = FROM_BASE.get(unit.text());
        if (factor == null)
            throw new AdqlTranslationException("unit '" + unit.text() + "' is not supported by IN_UNIT; known: "
                    + FROM_BASE.keySet().stream().sorted().toList());
        return new Binary(BinaryOperator.MULTIPLY, f.args().get(0), Literal.number(factor));
    }
}
