// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.cal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meridian.core.calibration.CalQuery;
import org.meridian.core.calibration.CalRule;
import org.meridian.core.calibration.CalTarget;

/**
 * GNIRS (FitsStorage {@code calibration_gnirs.py}): darks and flats ±90 d, arcs and pinholes ±365 d,
 * lamp-off flats and tellurics ±1 d. The setup is disperser, camera, focal plane mask and filter.
 */
final class GnirsCals {

    private GnirsCals() {}

    private static final String[] SETUP = {"disperser", "camera", "focal_plane_mask", "filter_name"};

    static final InstrumentCals CALS = new InstrumentCals(
            GnirsCals::applicable,
            Map.of(
                    "dark",
                            InfraredRules.dark(
                                    90,
                                    "exposure_time",
                                    "detector_readmode_setting",
                                    "coadds",
                                    "detector_welldepth_setting"),
                    "flat", InfraredRules.flat(90, SETUP, "detector_welldepth_setting", "detector_readmode_setting"),
                    "arc", InfraredRules.arc(365, SETUP),
                    "pinhole",
                            CalRule.of(
                                    5,
                                    1,
                                    (t, p) -> Optional.of(CalQuery.of(t)
                                            .rawOrProcessed("PINHOLE", p)
                                            .match("instrument", "disperser", "camera")
                                            .tolerance("central_wavelength", 0.001)
                                            .within(365))),
                    "lampoff_flat", InfraredRules.lampOffFlat(10, SETUP),
                    "telluric", InfraredRules.spectroscopicStandard("TELLURIC", 8, 1, SETUP),
                    "standard", InfraredRules.spectroscopicStandard("STANDARD", 8, 1, SETUP),
                    "bpm", InstrumentCals.badPixelMask()));

    static List<CalType> applicable(CalTarget t) {
        List<CalType> types = new ArrayList<>();
        String obsType = String.valueOf(t.text("observation_type"));
        if (obsType.equals("OBJECT") && !t.acquisition() && !t.spectroscopy()) {
            types.addAll(List.of(CalType.DARK, CalType.FLAT, CalType.LAMPOFF_FLAT, CalType.PROCESSED_FLAT));
        }
        if (obsType.equals("OBJECT") && t.spectroscopy()) {
            types.addAll(List.of(
                    CalType.TELLURIC, CalType.PROCESSED_TELLURIC, CalType.STANDARD, CalType.PROCESSED_STANDARD));
            Double cwave = t.number("central_wavelength");
            if (cwave != null && cwave < 2.8) {
                types.add(CalType.ARC);
            }
            String disperser = String.valueOf(t.text("disperser"));
            String camera = String.valueOf(t.text("camera"));
            if (disperser.contains("XD")) {
                types.addAll(List.of(CalType.FLAT, CalType.PINHOLE));
                // Below the thermal limit of the camera and grating, lamp-off flats too.
                double limit = camera.contains("Short") ? 2.7 : disperser.contains("32") ? 4.25 : 4.3;
                if (cwave != null && (camera.contains("Short") || camera.contains("Long")) && cwave < limit) {
                    types.add(CalType.LAMPOFF_FLAT);
                }
            }
        }
        if (obsType.equals("FLAT") && t.is("gcal_lamp", "IRhigh")) {
            types.add(CalType.LAMPOFF_FLAT);
        }
        types.add(CalType.PROCESSED_BPM);
        return types;
    }
}
