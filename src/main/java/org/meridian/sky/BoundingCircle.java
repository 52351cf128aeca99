// SPDX-License-Identifier: Apache-2.0
package org.meridian.sky;

/**
 * A circle on the sky (a spherical cap) that contains some region; used to pre-filter before an
 * exact test. Not necessarily the smallest such circle.
 *
 * @param radius in degrees, in [0, 180]
 */
public record BoundingCircle(double ra, double dec, double radius) {

    public BoundingCircle {
        if (!Double.isFinite(ra) || !(dec >= -90 && dec <= 90) || !(radius >= 0 && radius <= 180)) {
            throw new IllegalArgumentException("bad circle: ra=" + ra + " dec=" + dec + " radius=" + radius
                    + " (need -90<=dec<=90, 0<=radius<=180)");
        }
        ra = Angles.wrap360(ra);
    }

    public boolean contains(double pointRa, double pointDec) {
        return Spherical.distanceDeg(ra, dec, pointRa, pointDec) <= radius;
    }

    /** True when the two circles share at least one point. */
    public boolean intersects(BoundingCircle other) {
        return Spherical.distanceDeg(ra, dec, other.ra, other.dec) <= radius + other.radius;
    }

    Vector3 centre() {
        return Vector3.ofRaDec(ra, dec);
    }
}
