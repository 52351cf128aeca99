// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.archive;

/**
 * Detector settings, as the Gemini archive names them.
 *
 * @param binning {@code "XxY"}, e.g. {@code "2x2"}
 * @param naxis1 image width in pixels of the first image HDU, or null
 * @param naxis2 image height in pixels, or null
 */
public record Detector(
        String binning,
        String gain,
        String roi,
        String readSpeed,
        String wellDepth,
        String readMode,
        Integer coadds,
        Integer naxis1,
        Integer naxis2) {}
