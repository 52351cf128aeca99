// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.mast;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.meridian.sky.Healpix;
import org.meridian.sky.HealpixRanges;
import org.meridian.sky.RangeSet;
import org.meridian.store.SqlFragment;

/**
 * A position search: observations whose centre lies within {@code radius} degrees of (ra, dec). The
 * SQL is a short list of HEALPix ranges on {@code o.hpx} (order 29) plus the exact distance.
 */
public record ConeSearch(double ra, double dec, double radius) {

    /** astroquery's default radius. */
    public static final double DEFAULT_RADIUS = 0.2;

    /** The order of the {@code observation.hpx} column. */
    private static final int HPX_ORDER = Healpix.MAX_ORDER;

    public ConeSearch {
        if (!Double.isFinite(ra) || !Double.isFinite(dec) || dec < -90 || dec > 90) {
            throw MastException.badRequest("position out of range: ra=" + ra + " dec=" + dec);
        }
        if (!(radius >= 0) || radius > 180) {
            throw MastException.badRequest("radius must be between 0 and 180 degrees: " + radius);
        }
        ra = ((ra % 360) + 360) % 360;
    }

    /** Mast.Caom.Cone's {@code {ra, dec, radius}} (degrees; numbers or numeric strings). */
    public static ConeSearch ofParams(ObjectNode params) {
        return new ConeSearch(
                number(params.get("ra"), "ra"),
                number(params.get("dec"), "dec"),
                params.hasNonNull("radius") ? number(params.get("radius"), "radius") : DEFAULT_RADIUS);
    }

    /** Mast.Caom.Filtered.Position's {@code "ra, dec, radius"} string (degrees). */
    public static ConeSearch ofPosition(String position) {
        if (position == null) {
            throw MastException.badRequest("missing 'position'");
        }
        String[] parts = position.trim().split("\\s*,\\s*|\\s+");
        if (parts.length != 2 && parts.length != 3) {
            throw MastException.badRequest("position must be \"ra, dec, radius\": " + position);
        }
        return new ConeSearch(
                parse(parts[0], "ra"),
                parse(parts[1], "dec"),
                parts.length == 3 ? parse(parts[2], "radius") : DEFAULT_RADIUS);
    }

    /** HEALPix ranges on {@code o.hpx} and the exact distance test. */
    public SqlFragment predicate() {
        RangeSet cover = HealpixRanges.cone(ra, dec, radius, HealpixRanges.orderFor(radius))
                .toOrder(HPX_ORDER);
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("(");
        for (int i = 0; i < cover.size(); i++) {
            sql.append(i == 0 ? "" : " or ").append("o.hpx between ? and ?");
            params.add(cover.lo(i));
            params.add(cover.hi(i));
        }
        if (cover.isEmpty()) {
            sql.append("false");
        }
        sql.append(") and sky_distance(m.ra, m.dec, ?, ?) <= ?"); // m: positions the caller may see
        params.add(ra);
        params.add(dec);
        params.add(radius);
        return new SqlFragment(sql.toString(), params);
    }

    static double number(JsonNode node, String name) {
        if (node == null || node.isNull()) {
            throw MastException.badRequest("missing '" + name + "'");
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        return parse(node.asText(), name);
    }

    private static double parse(String text, String name) {
        try {
            double v = Double.parseDouble(text.trim());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw MastException.badRequest("'" + name + "' is not a number: " + text);
        }
    }
}
