// SPDX-License-Identifier: Apache-2.0
package org.meridian.sky;

import java.util.List;

/** Spherical geometry on the celestial sphere; all angles in degrees unless a name says otherwise. */
public final class Spherical {

    private Spherical() {}

    /**
     * The angular distance between two positions, by the Vincenty form of the great-circle formula:
     * accurate both for tiny separations (where the cosine formula loses everything) and near 180°
     * (where haversine does).
     */
    public static double distanceDeg(double ra1, double dec1, double ra2, double dec2) {
        double dra = Math.toRadians(ra2 - ra1);
        double p1 = Math.toRadians(dec1);
        double p2 = Math.toRadians(dec2);
        double sp1 = Math.sin(p1);
        double cp1 = Math.cos(p1);
        double sp2 = Math.sin(p2);
        double cp2 = Math.cos(p2);
        double sdra = Math.sin(dra);
        double cdra = Math.cos(dra);
        double a = cp2 * sdra;
        double b = cp1 * sp2 - sp1 * cp2 * cdra;
        double num = Math.hypot(a, b);
        double den = sp1 * sp2 + cp1 * cp2 * cdra;
        return Math.toDegrees(Math.atan2(num, den));
    }

    /**
     * The position angle of the second position as seen from the first, measured from north through
     * east, in [0, 360).
     */
    public static double positionAngleDeg(double ra1, double dec1, double ra2, double dec2) {
        double dra = Math.toRadians(ra2 - ra1);
        double p1 = Math.toRadians(dec1);
        double p2 = Math.toRadians(dec2);
        double y = Math.sin(dra) * Math.cos(p2);
        double x = Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(dra);
        return Angles.wrap360(Math.toDegrees(Math.atan2(y, x)));
    }

    /**
     * True when a position is inside a polygon with great-circle edges. Vertices are {ra, dec} in
     * degrees; the polygon must fit in a hemisphere and its inside is the smaller region. For many
     * tests against one polygon, build a {@link SphericalPolygon} once instead.
     */
    public static boolean polygonContains(List<double[]> vertices, double ra, double dec) {
        return SphericalPolygon.of(vertices).contains(ra, dec);
    }

    /** True when the polygon and the circle (centre and radius in degrees) share a point. */
    public static boolean polygonIntersectsCircle(List<double[]> vertices, double ra, double dec, double radiusDeg) {
        return SphericalPolygon.of(vertices).intersectsCircle(ra, dec, radiusDeg);
    }

    /** True when the two polygons share a point. */
    public static boolean polygonsIntersect(List<double[]> first, List<double[]> second) {
        return SphericalPolygon.of(first).intersects(SphericalPolygon.of(second));
    }

    /** A circle containing every vertex and every point of every great-circle edge. */
    public static BoundingCircle boundingCircle(List<double[]> vertices) {
        return SphericalPolygon.of(vertices).boundingCircle();
    }

    public static double polygonAreaSteradians(List<double[]> vertices) {
        return SphericalPolygon.of(vertices).areaSteradians();
    }

    public static double polygonAreaSquareDegrees(List<double[]> vertices) {
        return SphericalPolygon.of(vertices).areaSquareDegrees();
    }

    /** The centroid {ra, dec} of the polygon's surface. */
    public static double[] polygonCentroid(List<double[]> vertices) {
        return SphericalPolygon.of(vertices).centroid();
    }

    /** The area of a circle (spherical cap) of the given radius, in steradians. */
    public static double capAreaSteradians(double radiusDeg) {
        return 2 * Math.PI * (1 - Math.cos(Math.toRadians(radiusDeg)));
    }
}
