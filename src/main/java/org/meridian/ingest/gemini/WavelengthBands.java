// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.gemini;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The photometric band nearest to an effective wavelength (docs/gemini-headers.md). Band
 * centres in µm: SDSS u'g'r'i'z' and the Johnson/Mauna Kea near- and mid-infrared bands.
 */
final class WavelengthBands {

    private static final Map<String, Double> BANDS = new LinkedHashMap<>();

    static {
        BANDS.put("u", 0.35);
        BANDS.put("g", 0.475);
        BANDS.put("r", 0.63);
        BANDS.put("i", 0.78);
        BANDS.put("z", 0.925);
        BANDS.put("Y", 1.02);
        BANDS.put("J", 1.25);
        BANDS.put("H", 1.65);
        BANDS.put("K", 2.2);
        BANDS.put("L", 3.45);
        BANDS.put("M", 4.75);
        BANDS.put("N", 10.5);
        BANDS.put("Q", 20.0);
    }

    private WavelengthBands() {}

    static String nearest(double micrometres) {
        String best = null;
        double bestDistance = Double.MAX_VALUE;
        for (var e : BANDS.entrySet()) {
            double d = Math.abs(Math.log(micrometres / e.getValue()));
            if (d < bestDistance) {
                bestDistance = d;
                best = e.getKey();
            }
        }
        return best;
    }

    /**
     * The effective wavelength of a pretty filter name when it names a band ({@code g}, {@code r},
     * {@code Kshort}, {@code H2}, ...), else null.
     */
    static Double ofFilter(String filter) {
        if (filter == null || filter.isEmpty() || filter.equals("open") || filter.equals("blank")) {
            return null;
        }
        String first = filter.split("&")[0];
        if (BANDS.containsKey(first)) {
            return BANDS.get(first);
        }
        String lower = first.toLowerCase(Locale.ROOT);
        if (lower.startsWith("ha")) {
            return 0.656;
        }
        if (lower.startsWith("oiii")) {
            return 0.499;
        }
        String initial = first.substring(0, 1);
        return BANDS.get(initial);
    }
}
