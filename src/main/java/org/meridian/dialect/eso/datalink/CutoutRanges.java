// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.datalink;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.meridian.dialect.eso.fits.ImageAxes;
import org.meridian.dialect.eso.fits.SpectralAxis;
import org.meridian.dialect.eso.fits.StoredCards;
import org.meridian.sky.Spherical;
import org.meridian.sky.Wcs;

/**
 * What a SODA descriptor says a dataset's parameters may be: the sky its first image with a
 * celestial WCS covers, and the wavelengths of its first linear spectral axis. A dataset without a
 * celestial image (a spectrum, a table, a bias frame) gets no descriptor.
 */
public record CutoutRanges(double[] circle, double[] polygon, Optional<double[]> band) {

    /** From the stored header cards (one JSON array per HDU). */
    public static Optional<CutoutRanges> of(JsonNode hdus) {
        for (JsonNode hdu : hdus) {
            Optional<ImageAxes> axes = ImageAxes.of(new StoredCards(hdu));
            if (axes.isPresent() && axes.get().celestial().isPresent()) {
                return Optional.of(of(axes.get(), axes.get().celestial().get()));
            }
        }
        return Optional.empty();
    }

    private static CutoutRanges of(ImageAxes axes, Wcs wcs) {
        double w = axes.width();
        double h = axes.height();
        double[][] pixels = {{0.5, 0.5}, {w + 0.5, 0.5}, {w + 0.5, h + 0.5}, {0.5, h + 0.5}};
        double[] polygon = new double[8];
        double[] centre = wcs.pixelToSky((w + 1) / 2, (h + 1) / 2);
        double radius = 0;
        for (int i = 0; i < 4; i++) {
            double[] sky = wcs.pixelToSky(pixels[i][0], pixels[i][1]);
            polygon[2 * i] = sky[0];
            polygon[2 * i + 1] = sky[1];
            radius = Math.max(radius, Spherical.distanceDeg(centre[0], centre[1], sky[0], sky[1]));
        }
        Optional<double[]> band = axes.spectral().map(s -> range(s, axes.naxis()[s.axis() - 1]));
        return new CutoutRanges(new double[] {centre[0], centre[1], radius}, polygon, band);
    }

    private static double[] range(SpectralAxis s, long n) {
        double a = s.wavelength(0.5);
        double b = s.wavelength(n + 0.5);
        return new double[] {Math.min(a, b), Math.max(a, b)};
    }
}
