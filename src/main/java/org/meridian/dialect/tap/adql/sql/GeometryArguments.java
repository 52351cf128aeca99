// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.tap.adql.sql;

import java.util.List;
import java.util.OptionalDouble;
import org.meridian.dialect.tap.adql.AdqlTranslationException;
import org.meridian.dialect.tap.adql.ast.AdqlWriter;
import org.meridian.dialect.tap.adql.ast.Expression;
import org.meridian.dialect.tap.adql.ast.GeometryExpression.Box;
import org.meridian.dialect.tap.adql.ast.GeometryExpression.Circle;
import org.meridian.dialect.tap.adql.ast.GeometryExpression.Point;
import org.meridian.dialect.tap.adql.ast.GeometryExpression.Polygon;
import org.meridian.dialect.tap.adql.ast.Query;

/**
 * Rejects geometry whose constant arguments lie outside the ranges of DALI 1.1 §3.3.5–3.3.7 and
 * ADQL 2.1 §4.2: a latitude beyond ±90° (which the spherical functions would otherwise fold over
 * the pole), a negative or larger than 180° circle radius (which would silently match nothing or
 * everything), a box too large to have four distinct corners. Longitudes outside [0, 360) are
 * accepted and wrapped, as the spherical functions always did: ADQL never forbade them and clients
 * send RA ranges across 0 as negative numbers. Arguments computed from columns are checked by
 * nobody: their values are the data's.
 */
public final class GeometryArguments implements RewriteStep {
    @Override
    public Query apply(Query query) {
        return ExpressionRewriter.rewrite(query, GeometryArguments::check);
    }

    /** The shape's ADQL text follows the reason, so the user finds which one is meant. */
    private static Expression check(Expression e) {
        try {
            validate(e);
        } catch (AdqlTranslationException x) {
            throw new AdqlTranslationException(x.getMessage() + ", in " + new AdqlWriter().expression(e));
        }
        return e;
    }

    private static void validate(Expression e) {
        switch (e) {
            case Point p -> position(p.ra(), p.dec(), "POINT");
            case Circle c -> {
                position(c.ra(), c.dec(), "CIRCLE");
                OptionalDouble r = Constants.value(c.radius());
                if (r.isPresent() && !(r.getAsDouble() >= 0 && r.getAsDouble() <= 180))
                    throw new AdqlTranslationException(
                            "CIRCLE radius must be between 0 and 180 degrees, got " + r.getAsDouble());
            }
            case Box b -> {
                position(b.ra(), b.dec(), "BOX");
                constantBox(b);
            }
            case Polygon p -> {
                List<Expression> c = p.coordinates();
                for (int i = 0; i + 1 < c.size(); i += 2) position(c.get(i), c.get(i + 1), "POLYGON");
            }
            default -> {}
        }
    }

    private static void constantBox(Box b) {
        OptionalDouble ra = Constants.value(b.ra());
        OptionalDouble dec = Constants.value(b.dec());
        OptionalDouble w = Constants.value(b.width());
        OptionalDouble h = Constants.value(b.height());
        if (ra.isPresent() && dec.isPresent() && w.isPresent() && h.isPresent())
            BoxCorners.polygon(ra.getAsDouble(), dec.getAsDouble(), w.getAsDouble(), h.getAsDouble());
    }

    private static void position(Expression ra, Expression dec, String function) {
        OptionalDouble lon = Constants.value(ra);
        OptionalDouble lat = Constants.value(dec);
        checkPosition(lon.orElse(0), lat.orElse(0), function);
    }

    /** A latitude in [-90, 90] and finite coordinates, else the query's error. */
    static void checkPosition(double ra, double dec, String function) {
        if (!Double.isFinite(ra) || !Double.isFinite(dec) || dec < -90 || dec > 90)
            throw new AdqlTranslationException(function + " latitude must be between -90 and 90 degrees, got " + dec);
    }
}
