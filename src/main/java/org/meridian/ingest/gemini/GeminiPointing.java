// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.gemini;

import java.util.Optional;
import java.util.Set;
import org.meridian.core.archive.Pointing;
import org.meridian.ingest.FitsHeaders;
import org.meridian.ingest.generic.Cards;
import org.meridian.ingest.generic.WcsGeometry;

/** Target, telescope position and footprint of a Gemini file (docs/gemini-headers.md). */
final class GeminiPointing {

    private GeminiPointing() {}

    static Pointing of(FitsHeaders headers, Set<String> tags, String instrument) {
        FitsHeaders.Hdu phu = headers.primary();
        double[] radec =
                tags.contains("AZEL_TARGET") ? new double[] {Double.NaN, Double.NaN} : radec(headers, instrument);
        Double ra = radec[0] >= 0 && radec[0] <= 360 ? radec[0] : null;
        Double dec = radec[1] >= -90 && radec[1] <= 90 ? radec[1] : null;
        Double elevation = phu.number("ELEVATIO").orElse(null);
        Double crpa = phu.number("CRPA").filter(v -> Math.abs(v) <= 360).orElse(null);
        return new Pointing(
                Cards.textOrNull("OBJECT", phu),
                ra,
                dec,
                phu.number("AZIMUTH").orElse(null),
                elevation,
                crpa,
                airmass(phu.number("AIRMASS").orElse(null), elevation),
                Cards.firstImage(headers).map(WcsGeometry::corners).orElse(java.util.List.of()),
                phu.bool("PROP_MD").orElse(false));
    }

    /**
     * GMOS: CRVAL1/2 of the first extension when its axes are RA---TAN/DEC--TAN; other instruments:
     * the WCS at the centre of the first extension; else the telescope's RA/DEC.
     */
    private static double[] radec(FitsHeaders headers, String instrument) {
        FitsHeaders.Hdu ext = headers.firstExtension();
        Optional<double[]> fromWcs;
        if (instrument != null && instrument.startsWith("GMOS")) {
            boolean tan = Cards.text(ext, "CTYPE1").map("RA---TAN"::equals).orElse(false);
            fromWcs = tan
                    ? ext.number("CRVAL1").flatMap(r -> ext.number("CRVAL2").map(d -> new double[] {r, d}))
                    : Optional.empty();
        } else {
            fromWcs = WcsGeometry.centre(ext);
        }
        FitsHeaders.Hdu phu = headers.primary();
        return fromWcs.orElseGet(() -> new double[] {
            phu.number("RA").orElse(Double.NaN), phu.number("DEC").orElse(Double.NaN)
        });
    }

    /** AIRMASS when plausible (1 to 50), else the plane-parallel secant of the zenith distance. */
    static Double airmass(Double header, Double elevation) {
        if (header != null && header >= 1 && header <= 50) {
            return header;
        }
        if (elevation != null && elevation > 0 && elevation <= 90) {
            return 1 / Math.cos(Math.toRadians(90 - elevation));
        }
        return null;
    }
}
