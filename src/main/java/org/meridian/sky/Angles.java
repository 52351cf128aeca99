// SPDX-License-Identifier: Apache-2.0
package org.meridian.sky;

/** Small angle helpers shared by the sky package. */
public final class Angles {

    private Angles() {}

    /** The angle wrapped into [0, 360); -0.0 and 360 both become 0. */
    public static double wrap360(double deg) {
        double r = deg % 360.0;
        if (r < 0) {
            r += 360.0;
        }
        // r + 360 can round to exactly 360 for tiny negative r; 0 is the same direction
        return r >= 360.0 || r == 0 ? 0.0 : r;
    }

    /** The angle wrapped into (-180, 180]. */
    public static double wrap180(double deg) {
        double r = wrap360(deg);
        return r > 180 ? r - 360 : r;
    }
}
