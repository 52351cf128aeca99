// SPDX-License-Identifier: Apache-2.0
package org.meridian.demo;

import java.util.List;
import org.meridian.sky.Wcs;

/** What a detector saw, before noise: the renderer turns a scene into counts. */
sealed interface Scene {

    /** Bias level every frame carries, in ADU. */
    double bias();

    /** A bias frame: the bias level and read noise only. */
    record Bias(double bias) implements Scene {}

    /** A dark: bias plus dark current and a sprinkling of hot pixels. */
    record Dark(double bias, double exposure) implements Scene {}

    /** A flat field: a bright, smooth illumination pattern with vignetting towards the corners. */
    record Flat(double bias, double level) implements Scene {}

    /** An arc: bright emission lines across the dispersion axis (x). */
    record Arc(double bias, double level) implements Scene {}

    /** A long-slit spectrum: a continuum trace along x at row {@code traceRow} over sky lines. */
    record Spectrum(double bias, double sky, double continuum, double traceRow) implements Scene {}

    /**
     * Stars drawn from the catalog through the WCS.
     *
     * @param zeroPoint G magnitude that gives 1 count per second in total
     * @param fwhmPixels PSF full width at half maximum
     */
    record StarField(
            double bias, Wcs wcs, List<Star> stars, double sky, double zeroPoint, double exposure, double fwhmPixels)
            implements Scene {}
}
