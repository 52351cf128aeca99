// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.observing;

import java.util.Objects;

/**
 * One instrument configuration of a Request (valhalla's Molecule), as the duration and block rules
 * count it: an {@link org.meridian.core.observing.requests.InstrumentConfig} with its
 * configuration's settings. {@code binX}/{@code binY} may be null, meaning the instrument's
 * default binning; {@code acquireExpTime} null means the instrument's acquisition exposure time.
 */
public record Molecule(
        String type,
        String instrumentName,
        String filter,
        double exposureTime,
        int exposureCount,
        Integer binX,
        Integer binY,
        String readoutMode,
        AcquireMode acquireMode,
        Double acquireExpTime,
        String agMode) {

    public enum AcquireMode {
        OFF,
        WCS,
        BRIGHTEST
    }

    public Molecule {
        Objects.requireNonNull(type, "type is required");
        Objects.requireNonNull(instrumentName, "instrument_name is required");
        if (exposureTime < 0.01) {
            throw new IllegalArgumentException("exposure_time must be >= 0.01");
        }
        if (exposureCount < 1) {
            throw new IllegalArgumentException("exposure_count must be >= 1");
        }
        if ((binX == null) != (binY == null)) {
            throw new IllegalArgumentException("bin_x and bin_y must be given together");
        }
        type = type.toUpperCase(java.util.Locale.ROOT);
        acquireMode = acquireMode == null ? AcquireMode.OFF : acquireMode;
        agMode = agMode == null ? "OPTIONAL" : agMode;
    }

    /** An EXPOSE molecule with the portal's defaults for everything optional. */
    public static Molecule expose(String instrument, String filter, double exposureTime, int count, Integer bin) {
        return new Molecule("EXPOSE", instrument, filter, exposureTime, count, bin, bin, null, null, null, null);
    }

    public Molecule withExposureCount(int count) {
        return new Molecule(
                type,
                instrumentName,
                filter,
                exposureTime,
                count,
                binX,
                binY,
                readoutMode,
                acquireMode,
                acquireExpTime,
                agMode);
    }
}
