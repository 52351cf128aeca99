// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.selection;

import org.meridian.core.archive.Access;
import org.meridian.dialect.gemini.selection.Criterion.DecRange;
import org.meridian.dialect.gemini.selection.Criterion.DecValue;
import org.meridian.dialect.gemini.selection.Criterion.ObjectName;
import org.meridian.dialect.gemini.selection.Criterion.RaRange;
import org.meridian.dialect.gemini.selection.Criterion.RaValue;
import org.meridian.dialect.gemini.selection.Criterion.SearchRadius;
import org.meridian.dialect.gemini.selection.Criterion.TelescopeAngle;

/**
 * The positional keys (docs/gemini-archive.md): object, ra, dec (with sr) and az/el/crpa. Any of them also hides data
 * whose coordinates are still proprietary, even from its owner, as the archive does.
 */
final class PositionSql {

    private PositionSql() {}

    static void add(Selection s, Conjunction where) {
        boolean positional = false;
        boolean hasRaOrDec = s.has(Key.RA) || s.has(Key.DEC);
        var object = s.get(Key.OBJECT, ObjectName.class);
        if (object.isPresent() && !hasRaOrDec) {
            where.add("o.object ilike ? escape '\\'", objectPattern(object.get().name()));
            positional = true;
        }
        double radius =
                s.get(Key.SR, SearchRadius.class).map(SearchRadius::degrees).orElse(Coordinates.DEFAULT_RADIUS_DEGREES);
        // The "cone" is a box (a kept quirk): dec ± sr, and ra ± sr/cos(dec).
        double cosDec = 1.0;
        var dec = s.get(Key.DEC);
        if (dec.isPresent()) {
            double lo;
            double hi;
            if (dec.get() instanceof DecValue v) {
                lo = v.degrees() - radius;
                hi = v.degrees() + radius;
                cosDec = Math.cos(Math.toRadians(v.degrees()));
            } else {
                DecRange r = (DecRange) dec.get();
                lo = r.low();
                hi = r.high();
                cosDec = Math.cos(Math.toRadians((lo + hi) / 2));
            }
            where.add("o.dec >= ? and o.dec < ?", lo, hi);
            positional = true;
        }
        var ra = s.get(Key.RA);
        if (ra.isPresent()) {
            if (ra.get() instanceof RaValue v) {
                double half = radius / cosDec;
                // The archive let a box near RA 0 go negative and miss the data past 360; we wrap it.
                if (half < 180) {
                    raBetween(where, wrap(v.degrees() - half), wrap(v.degrees() + half));
                }
            } else {
                RaRange r = (RaRange) ra.get();
                raBetween(where, r.from(), r.to());
            }
            positional = true;
        }
        for (Key key : new Key[] {Key.AZ, Key.EL, Key.CRPA}) {
            var angle = s.get(key, TelescopeAngle.class);
            if (angle.isPresent()) {
                String column =
                        switch (key) {
                            case AZ -> "o.azimuth";
                            case EL -> "o.elevation";
                            default -> "o.cass_rotator_pa";
                        };
                where.add(
                        column + " >= ? and " + column + " < ?",
                        angle.get().from(),
                        angle.get().to());
                positional = true;
            }
        }
        if (positional) {
            where.add(Access.coordinatesPublic("o"));
        }
    }

    private static double wrap(double degrees) {
        double d = degrees % 360.0;
        return d < 0 ? d + 360.0 : d;
    }

    private static void raBetween(Conjunction where, double from, double to) {
        if (to > from) {
            where.add("o.ra >= ? and o.ra < ?", from, to);
        } else {
            where.add("o.ra >= ? or o.ra < ?", from, to);
        }
    }

    /**
     * Always case-insensitive; {@code *} is a wildcard only when the name starts or ends with one.
     * Unlike the archive, the name's own % and _ are literal.
     */
    static String objectPattern(String name) {
        String literal = Conjunction.likeLiteral(name);
        return name.startsWith("*") || name.endsWith("*") ? literal.replace("*", "%") : literal;
    }
}
