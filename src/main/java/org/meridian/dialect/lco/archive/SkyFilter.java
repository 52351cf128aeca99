// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.lco.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.meridian.sky.BoundingCircle;
import org.meridian.sky.HealpixRanges;
import org.meridian.sky.RangeSet;
import org.meridian.sky.SphericalPolygon;
import org.meridian.store.SqlFragment;

/**
 * {@code covers} and {@code intersects} with geography semantics (great-circle edges, RA wrapping at
 * 0/360) over the frames' footprints. Three stages, cheapest first: the footprint centre's HEALPix
 * index ({@code fp_hpx}) must lie in the cone that any footprint touching the region has its centre
 * in; then the bounding circles must meet; then the exact SQL predicate of V2.
 */
public final class SkyFilter {

    /** HEALPix order of the {@code fp_hpx} column. */
    private static final int HPX_ORDER = 29;

    private SkyFilter() {}

    /**
     * Frames whose footprint covers the point.
     *
     * @param maxFootprintRadius the largest footprint bounding radius in the table (degrees)
     */
    public static SqlFragment covers(String o, Wkt.Point p, double maxFootprintRadius) {
        return centreNear(o, p.ra(), p.dec(), maxFootprintRadius)
                .and(SqlFragment.of(
                        "sky_distance(" + o + ".fp_ra, " + o + ".fp_dec, ?, ?) <= " + o + ".fp_radius",
                        p.ra(),
                        p.dec()))
                .and(SqlFragment.of("sky_in_polygon(?, ?, " + o + ".footprint)", p.ra(), p.dec()));
    }

    /** Frames whose footprint shares a point with the polygon (a single vertex means a point). */
    public static SqlFragment intersects(String o, List<double[]> vertices, double maxFootprintRadius) {
        if (vertices.size() == 1) {
            return covers(o, new Wkt.Point(vertices.getFirst()[0], vertices.getFirst()[1]), maxFootprintRadius);
        }
        SphericalPolygon polygon = SphericalPolygon.of(vertices);
        BoundingCircle bound = polygon.boundingCircle();
        Double[] flat = new Double[vertices.size() * 2];
        for (int i = 0; i < vertices.size(); i++) {
            flat[2 * i] = vertices.get(i)[0];
            flat[2 * i + 1] = vertices.get(i)[1];
        }
        return centreNear(o, bound.ra(), bound.dec(), bound.radius() + maxFootprintRadius)
                .and(SqlFragment.of(
                        "sky_distance(" + o + ".fp_ra, " + o + ".fp_dec, ?, ?) <= " + o + ".fp_radius + ?",
                        bound.ra(),
                        bound.dec(),
                        bound.radius()))
                .and(new SqlFragment(
                        "sky_polygons_intersect(" + o + ".footprint, ?::double precision[])", List.of((Object) flat)));
    }

    /** Footprint centres within {@code radius} degrees of a point, as {@code fp_hpx} ranges. */
    static SqlFragment centreNear(String o, double ra, double dec, double radius) {
        double r = Math.min(radius, 180);
        RangeSet ranges = HealpixRanges.cone(ra, dec, r, HealpixRanges.orderFor(Math.max(r, 1e-6)))
                .toOrder(HPX_ORDER);
        if (ranges.isEmpty()) {
            return SqlFragment.of("false");
        }
        StringJoiner sql = new StringJoiner(" or ", "(", ")");
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            sql.add(o + ".fp_hpx between ? and ?");
            params.add(ranges.lo(i));
            params.add(ranges.hi(i));
        }
        return new SqlFragment(sql.toString(), params);
    }
}
