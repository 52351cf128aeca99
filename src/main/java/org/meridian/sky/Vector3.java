// SPDX-License-Identifier: Apache-2.0
package org.meridian.sky;

/**
 * A Cartesian 3-vector; unit vectors stand for directions on the celestial sphere (x towards
 * ra=0 dec=0, y towards ra=90 dec=0, z towards the north pole). Working with vectors instead of
 * angles avoids the singularities at the poles and the seam at ra 0/360.
 */
public record Vector3(double x, double y, double z) {

    /** The unit vector of a position in degrees. */
    public static Vector3 ofRaDec(double raDeg, double decDeg) {
        double ra = Math.toRadians(raDeg);
        double dec = Math.toRadians(decDeg);
        double c = Math.cos(dec);
        return new Vector3(c * Math.cos(ra), c * Math.sin(ra), Math.sin(dec));
    }

    /** This direction as {ra, dec} in degrees, ra in [0, 360); the vector need not be unit length. */
    public double[] toRaDec() {
        double rho = Math.hypot(x, y);
        double dec = Math.toDegrees(Math.atan2(z, rho));
        double ra = rho == 0 ? 0.0 : Angles.wrap360(Math.toDegrees(Math.atan2(y, x)));
        return new double[] {ra, dec};
    }

    public double dot(Vector3 o) {
        return x * o.x + y * o.y + z * o.z;
    }

    public Vector3 cross(Vector3 o) {
        return new Vector3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
    }

    public Vector3 plus(Vector3 o) {
        return new Vector3(x + o.x, y + o.y, z + o.z);
    }

    public Vector3 minus(Vector3 o) {
        return new Vector3(x - o.x, y - o.y, z - o.z);
    }

    public Vector3 times(double k) {
        return new Vector3(x * k, y * k, z * k);
    }

    public double norm() {
        return Math.sqrt(x * x + y * y + z * z);
    }

    /** This vector scaled to unit length; the zero vector has no direction and is rejected. */
    public Vector3 unit() {
        double n = norm();
        if (n == 0) {
            throw new IllegalArgumentException("the zero vector has no direction");
        }
        return times(1 / n);
    }

    /** The angle between two directions in radians, accurate at every separation. */
    public double angleTo(Vector3 o) {
        return Math.atan2(cross(o).norm(), dot(o));
    }
}
