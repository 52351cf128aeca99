// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.fits;

import java.util.Locale;
import java.util.Optional;
import org.meridian.sky.Wcs;

/**
 * The axes of one image HDU as SODA needs them: the pixel counts, the celestial WCS of axes 1 and 2
 * and a linear wavelength axis, when the header has them. Bad or unsupported WCS cards make that
 * axis absent rather than failing: such an HDU is cut by what it does have, or not at all.
 *
 * @param naxis the pixel counts, NAXIS1 first
 */
public record ImageAxes(long[] naxis, Optional<Wcs> celestial, Optional<SpectralAxis> spectral) {

    /** The axes of an HDU, or empty when it holds no image (NAXIS below 2, or a table). */
    public static Optional<ImageAxes> of(HeaderCards cards) {
        if (cards.text("XTENSION").map(x -> !x.trim().equalsIgnoreCase("IMAGE")).orElse(false)) {
            return Optional.empty();
        }
        int n = cards.number("NAXIS").map(Double::intValue).orElse(0);
        if (n < 2 || n > 999) {
            return Optional.empty();
        }
        long[] naxis = new long[n];
        for (int i = 0; i < n; i++) {
            naxis[i] = cards.number("NAXIS" + (i + 1)).map(Double::longValue).orElse(0L);
            if (naxis[i] <= 0) {
                return Optional.empty();
            }
        }
        return Optional.of(new ImageAxes(naxis, celestial(cards), spectral(cards, n)));
    }

    public long width() {
        return naxis[0];
    }

    public long height() {
        return naxis[1];
    }

    private static Optional<Wcs> celestial(HeaderCards cards) {
        Optional<String> c1 = cards.text("CTYPE1");
        Optional<String> c2 = cards.text("CTYPE2");
        if (c1.isEmpty() || c2.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Wcs.fromHeader(c1.get(), c2.get(), cards::number));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<SpectralAxis> spectral(HeaderCards cards, int n) {
        for (int k = 3; k <= n; k++) {
            String ctype = cards.text("CTYPE" + k).orElse("").trim().toUpperCase(Locale.ROOT);
            if (!ctype.equals("WAVE") && !ctype.equals("AWAV")) {
                continue;
            }
            String cdelt = "CDELT" + k;
            Optional<Double> step = cards.number("CD" + k + "_" + k).or(() -> cards.number(cdelt));
            Optional<Double> crval = cards.number("CRVAL" + k);
            double scale = metres(cards.text("CUNIT" + k).orElse("m"));
            if (step.isEmpty() || crval.isEmpty() || step.get() == 0 || Double.isNaN(scale)) {
                return Optional.empty();
            }
            return Optional.of(new SpectralAxis(
                    k,
                    crval.get() * scale,
                    step.get() * scale,
                    cards.number("CRPIX" + k).orElse(1.0)));
        }
        return Optional.empty();
    }

    /** Metres per unit of a FITS wavelength unit (paper III table 5); NaN for one it does not know. */
    static double metres(String unit) {
        return switch (unit.trim()) {
            case "m", "" -> 1;
            case "cm" -> 1e-2;
            case "mm" -> 1e-3;
            case "um" -> 1e-6;
            case "nm" -> 1e-9;
            case "Angstrom", "angstrom", "Å" -> 1e-10;
            default -> Double.NaN;
        };
    }
}
