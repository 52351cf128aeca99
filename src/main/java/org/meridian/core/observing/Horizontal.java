// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

/** A topocentric position: altitude and azimuth in degrees, hour angle in hours within (−12, 12]. */
public record Horizontal(double altitude, double azimuth, double hourAngle) {

    public double zenithDistanceRadians() {
        return Math.toRadians(90 - altitude);
    }

    /** Great-circle distance to another position in the same frame, degrees. */
    public double separation(Horizontal other) {
        return Math.toDegrees(org.jastronomy.jsofa.JSOFA.jauSeps(
                Math.toRadians(azimuth), Math.toRadians(altitude),
                Math.toRadians(other.azimuth), Math.toRadians(other.altitude)));
    }
}
