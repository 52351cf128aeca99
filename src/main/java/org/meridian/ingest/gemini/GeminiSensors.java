// SPDX-License-Identifier: Apache-2.0
package org.meridian.ingest.gemini;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.meridian.ingest.FitsHeaders;
import org.meridian.ingest.generic.Cards;

/** Wavefront sensing, adaptive optics and the calibration unit (docs/gemini-headers.md). */
final class GeminiSensors {

    private static final String[] WFS = {"AOWFS", "OIWFS", "PWFS1", "PWFS2"};

    private GeminiSensors() {}

    /** The guiding sensors, sorted and joined with {@code &}; null when none guided. */
    static String wavefrontSensor(FitsHeaders.Hdu phu) {
        Set<String> guiding = new TreeSet<>();
        for (String wfs : WFS) {
            if (Cards.text(phu, wfs + "_ST").map("guiding"::equalsIgnoreCase).orElse(false)) {
                guiding.add(wfs);
            }
        }
        if (phu.has("GWFS1CFG")) {
            guiding.add("GEMS");
        }
        return guiding.isEmpty() ? null : String.join("&", guiding);
    }

    static boolean adaptiveOptics(FitsHeaders.Hdu phu) {
        return Cards.text(phu, "AOFOLD").map("IN"::equalsIgnoreCase).orElse(false);
    }

    static boolean laserGuideStar(FitsHeaders.Hdu phu) {
        return Cards.text(phu, "LGSLOOP").map("CLOSED"::equalsIgnoreCase).orElse(false)
                || Cards.text(phu, "LGUSTAGE").map("IN"::equalsIgnoreCase).orElse(false);
    }

    /** An IR lamp behind a closed GCAL shutter lights nothing: that is a lamp-off frame. */
    static String gcalLamp(FitsHeaders.Hdu phu) {
        String lamp = Cards.text(phu, "GCALLAMP").orElse(null);
        if (lamp == null) {
            return null;
        }
        boolean closed =
                Cards.text(phu, "GCALSHUT").map("CLOSED"::equalsIgnoreCase).orElse(false);
        if (closed && lamp.toUpperCase(Locale.ROOT).startsWith("IR")) {
            return "Off";
        }
        return lamp;
    }
}
