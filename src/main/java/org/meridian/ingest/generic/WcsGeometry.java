// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.generic;

import java.util.List;
import java.util.Optional;
import org.meridian.ingest.FitsHeaders;
import org.meridian.sky.Wcs;

/** Sky positions of an image HDU through its celestial WCS (projection by {@link Wcs}). */
public final class WcsGeometry {

    private WcsGeometry() {}

    /** The HDU's WCS, or empty when it has none that {@link Wcs} understands. */
    public static Optional<Wcs> wcs(FitsHeaders.Hdu hdu) {
        Optional<String> c1 = Cards.text(hdu, "CTYPE1");
        Optional<String> c2 = Cards.text(hdu, "CTYPE2");
        if (c1.isEmpty() || c2.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Wcs.fromHeader(c1.get(), c2.get(), hdu::number));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not a celestial TAN/SIN WCS: no position from it
        }
    }

    /** The sky position {ra, dec} of the image centre. */
    public static Optional<double[]> centre(FitsHeaders.Hdu hdu) {
        var n1 = hdu.integer("NAXIS1");
        var n2 = hdu.integer("NAXIS2");
        if (n1.isEmpty() || n2.isEmpty()) {
            return Optional.empty();
        }
        return wcs(hdu).map(w -> w.pixelToSky((n1.get() + 1) / 2.0, (n2.get() + 1) / 2.0));
    }

    /** The corners (1,1), (1,NAXIS2), (NAXIS1,NAXIS2), (NAXIS1,1) on the sky; empty without a WCS. */
    public static List<double[]> corners(FitsHeaders.Hdu hdu) {
        var n1 = hdu.integer("NAXIS1");
        var n2 = hdu.integer("NAXIS2");
        if (n1.isEmpty() || n2.isEmpty() || n1.get() < 1 || n2.get() < 1) {
            return List.of();
        }
        double x = n1.get();
        double y = n2.get();
        return wcs(hdu).map(
                        w -> List.of(w.pixelToSky(1, 1), w.pixelToSky(1, y), w.pixelToSky(x, y), w.pixelToSky(x, 1)))
                .orElse(List.of());
    }
}
