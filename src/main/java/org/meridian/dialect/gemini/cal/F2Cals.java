// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.cal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.meridian.core.calibration.CalTarget;

/**
 * FLAMINGOS-2 (FitsStorage {@code calibration_f2.py}): darks, flats and arcs ±90 d; lamp-off flats,
 * photometric standards and tellurics ±1 d; spectroscopic standards ±90 d. The Lyot stop is not
 * recorded, so the setup is disperser, filter and focal plane mask.
 */
final class F2Cals {

    private F2Cals() {}

    private static final String[] SETUP = {"disperser", "filter_name", "focal_plane_mask"};

    static final InstrumentCals CALS = new InstrumentCals(
            F2Cals::applicable,
            Map.of(
                    "dark", InfraredRules.dark(90, "exposure_time", "detector_readmode_setting"),
                    "flat", InfraredRules.flat(90, SETUP),
                    "arc", InfraredRules.arc(90, SETUP),
                    "lampoff_flat",
                            InfraredRules.lampOffFlat(
                                    10, "disperser", "filter_name", "focal_plane_mask", "exposure_time"),
                    "photometric_standard", InfraredRules.photometricStandard(10, "filter_name"),
                    "telluric", InfraredRules.spectroscopicStandard("TELLURIC", 10, 1, SETUP),
                    "standard", InfraredRules.spectroscopicStandard("STANDARD", 10, 90, SETUP),
                    "bpm", InstrumentCals.badPixelMask()));

    static List<CalType> applicable(CalTarget t) {
        List<CalType> types = new ArrayList<>();
        String obsType = String.valueOf(t.text("observation_type"));
        boolean science = t.is("observation_class", "science");
        if (obsType.equals("OBJECT") && !t.spectroscopy() && !t.acquisition()) {
            types.addAll(List.of(CalType.DARK, CalType.PROCESSED_DARK, CalType.FLAT, CalType.PROCESSED_FLAT));
            if (science) {
                types.add(CalType.PHOTOMETRIC_STANDARD);
            }
        }
        if (obsType.equals("OBJECT") && t.spectroscopy()) {
            types.addAll(
                    List.of(CalType.DARK, CalType.PROCESSED_DARK, CalType.FLAT, CalType.PROCESSED_FLAT, CalType.ARC));
            if (science) {
                types.addAll(List.of(CalType.TELLURIC, CalType.STANDARD));
            }
        }
        if (obsType.equals("FLAT")) {
            types.addAll(List.of(CalType.DARK, CalType.PROCESSED_DARK));
        }
        if (obsType.equals("ARC")) {
            types.addAll(List.of(CalType.DARK, CalType.PROCESSED_DARK, CalType.FLAT, CalType.PROCESSED_FLAT));
            String filter = String.valueOf(t.text("filter_name"));
            if (filter.equals("HK") || filter.equals("K-long")) {
                types.add(CalType.LAMPOFF_FLAT);
            }
        }
        types.add(CalType.PROCESSED_BPM);
        return types;
    }
}
