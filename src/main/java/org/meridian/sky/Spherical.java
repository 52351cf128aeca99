// SPDX-License-Identifier: Apache-2.0
package org.meridian.sky;

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
}
