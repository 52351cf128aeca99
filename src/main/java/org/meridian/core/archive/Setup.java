// SPDX-License-Identifier: Apache-2.0
package org.meridian.core.archive;

/**
 * The optical configuration.
 *
 * @param centralWavelength micrometres, spectroscopy only
 * @param wavelengthMin shortest wavelength covered, metres (ObsCore em_min), or null
 * @param wavelengthMax longest wavelength covered, metres (ObsCore em_max), or null
 * @param mode one of imaging, spectroscopy, LS, MOS, IFS, IFP
 */
public record Setup(
        String filter,
        String disperser,
        String focalPlaneMask,
        String camera,
        Double centralWavelength,
        String wavelengthBand,
        Double wavelengthMin,
        Double wavelengthMax,
        String mode,
        boolean spectroscopy,
        boolean adaptiveOptics,
        boolean laserGuideStar,
        String wavefrontSensor,
        String gcalLamp) {

    /** A setup known only by its filter and perhaps its mode, as plain FITS and LCO imager headers describe it. */
    public static Setup filterOnly(String filter, String mode) {
        return new Setup(filter, null, null, null, null, null, null, null, mode, false, false, false, null, null);
    }
}
