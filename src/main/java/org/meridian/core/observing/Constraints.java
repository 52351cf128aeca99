// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

/** Observing constraints; the nullable ones are not used by visibility in valhalla. */
public record Constraints(
        double maxAirmass, double minLunarDistance, Double maxLunarPhase, Double maxSeeing, Double minTransparency) {

    public static final double DEFAULT_MAX_AIRMASS = 1.6;
    public static final double DEFAULT_MIN_LUNAR_DISTANCE = 30.0;

    public Constraints {
        if (maxAirmass < 1 || maxAirmass > 25) {
            throw new IllegalArgumentException("max_airmass must be within [1, 25]");
        }
        if (minLunarDistance < 0 || minLunarDistance > 180) {
            throw new IllegalArgumentException("min_lunar_distance must be within [0, 180]");
        }
    }

    public static Constraints defaults() {
        return new Constraints(DEFAULT_MAX_AIRMASS, DEFAULT_MIN_LUNAR_DISTANCE, null, null, null);
    }

    public static Constraints of(double maxAirmass, double minLunarDistance) {
        return new Constraints(maxAirmass, minLunarDistance, null, null, null);
    }
}
