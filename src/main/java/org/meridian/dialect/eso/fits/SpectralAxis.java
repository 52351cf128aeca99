// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.fits;

/**
 * A linear wavelength axis of a cube (FITS WCS paper III, {@code WAVE}/{@code AWAV} without
 * non-linear algorithm codes), in metres as SODA's BAND is.
 *
 * @param axis the FITS axis number (3 for a MUSE-like cube)
 * @param crval the wavelength at the reference pixel, metres
 * @param cdelt the step per pixel, metres (may be negative)
 * @param crpix the reference pixel (1-based)
 */
public record SpectralAxis(int axis, double crval, double cdelt, double crpix) {

    /** The wavelength in metres at a 1-based pixel position. */
    public double wavelength(double pixel) {
        return crval + (pixel - crpix) * cdelt;
    }

    /** The 1-based pixel position of a wavelength in metres. */
    public double pixel(double metres) {
        return crpix + (metres - crval) / cdelt;
    }
}
