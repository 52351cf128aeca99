// SPDX-License-Identifier: Apache-2.0
package org.meridian.sky;

/** Distances and bounds for {@link Region.Range}, an RA/Dec rectangle. */
final class RangeGeometry {

    private RangeGeometry() {}

    /**
     * A circle around the range. When the range is at most 180 degrees wide, centred on its middle RA,
     * the farthest points are corners: along a side of constant Dec distance grows with the RA offset,
     * and along a meridian side it has no interior maximum. Wider ranges are bounded by a polar cap
     * when they keep to one hemisphere, else by the whole sky.
     */
    static BoundingCircle boundingCircle(Region.Range r) {
        double width = r.width();
        if (width <= 180) {
            double ra = Angles.wrap360(r.ra1() + width / 2);
            double dec = (r.dec1() + r.dec2()) / 2;
            double radius = 0;
            for (double cra : new double[] {r.ra1(), r.ra2()}) {
                for (double cdec : new double[] {r.dec1(), r.dec2()}) {
                    radius = Math.max(radius, Spherical.distanceDeg(ra, dec, cra, cdec));
                }
            }
            return new BoundingCircle(ra, dec, Math.min(180, radius * (1 + 1e-12) + 1e-12));
        }
        if (r.dec1() >= 0) {
            return new BoundingCircle(0, 90, 90 - r.dec1());
        }
        if (r.dec2() <= 0) {
            return new BoundingCircle(0, -90, 90 + r.dec2());
        }
        return new BoundingCircle(0, 0, 180);
    }

    /** The angular distance in degrees from a position to the nearest point of the range (0 inside). */
    static double distanceDeg(Region.Range r, double ra, double dec) {
        if (r.contains(ra, dec)) {
            return 0;
        }
        double best = Double.POSITIVE_INFINITY;
        // The nearest point of a Dec side is straight north or south when the RA is within the range;
        // otherwise it is a corner (distance grows with the RA offset along a small circle).
        if (r.raInside(ra)) {
            best = Math.min(Math.abs(dec - r.dec1()), Math.abs(dec - r.dec2()));
        }
        if (r.width() < 360) {
            for (double side : new double[] {r.ra1(), r.ra2()}) {
                best = Math.min(best, distanceToMeridianArc(side, r.dec1(), r.dec2(), ra, dec));
            }
        }
        return best;
    }

    /** Distance from (ra, dec) to the meridian arc at {@code side} between dec1 and dec2. */
    private static double distanceToMeridianArc(double side, double dec1, double dec2, double ra, double dec) {
        // On the great circle of a meridian, the nearest point to P has dec = atan2(sin dec, cos dec ·
        // cos Δra); clamp it into the arc (the distance along a great circle is unimodal).
        double dra = Math.toRadians(ra - side);
        double d = Math.toRadians(dec);
        double nearest = Math.toDegrees(Math.atan2(Math.sin(d), Math.cos(d) * Math.cos(dra)));
        if (Math.cos(dra) < 0) {
            // the nearest point is on the opposite meridian; on this half the distance is monotonic,
            // so the closer end of the arc is nearest
            return Math.min(Spherical.distanceDeg(ra, dec, side, dec1), Spherical.distanceDeg(ra, dec, side, dec2));
        }
        double clamped = Math.max(dec1, Math.min(dec2, nearest));
        return Spherical.distanceDeg(ra, dec, side, clamped);
    }
}
