// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.lco;

import java.util.List;
import java.util.Optional;
import org.meridian.ingest.FitsHeaders;
import org.meridian.ingest.generic.WcsGeometry;

/** The frame's sky area (docs/lco-archive.md): a RADIUS square, else the WCS corners, else none. */
final class LcoArea {

    private LcoArea() {}

    /** Corners in the order (1,1), (1,NAXIS2), (NAXIS1,NAXIS2), (NAXIS1,1) (open: first not repeated). */
    static List<double[]> of(FitsHeaders.Hdu hdu) {
        Optional<Double> radius = hdu.number("RADIUS").filter(r -> r > 0);
        Optional<Double> ra = hdu.string("RA").flatMap(LcoArea::hoursToDegrees);
        Optional<Double> dec = hdu.string("DEC").flatMap(LcoArea::sexagesimalDegrees);
        if (radius.isPresent() && ra.isPresent() && dec.isPresent()) {
            double r = radius.get() / 3600.0;
            double a = ra.get();
            double d = dec.get();
            return List.of(
                    new double[] {a - r, d - r},
                    new double[] {a - r, d + r},
                    new double[] {a + r, d + r},
                    new double[] {a + r, d - r});
        }
        boolean hasCd = hdu.has("CD1_1") && hdu.has("CD2_2");
        if (hasCd && hdu.has("NAXIS1") && hdu.has("NAXIS2") && !hdu.has("NAXIS3")) {
            return WcsGeometry.corners(hdu);
        }
        return List.of();
    }

    /** LCO writes RA as sexagesimal hours ({@code 08:41:01.2}); a plain number is taken as hours too. */
    static Optional<Double> hoursToDegrees(String value) {
        return sexagesimalDegrees(value).map(h -> h * 15.0);
    }

    /** {@code [+-]dd:mm:ss.s} (or space-separated, or a decimal number) as a signed number. */
    static Optional<Double> sexagesimalDegrees(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        boolean negative = v.startsWith("-");
        String[] parts = v.replaceFirst("^[+-]", "").split("[:\\s]+");
        try {
            double result = 0;
            double scale = 1;
            for (String p : parts) {
                result += Double.parseDouble(p) / scale;
                scale *= 60;
            }
            return Optional.of(negative ? -result : result);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
