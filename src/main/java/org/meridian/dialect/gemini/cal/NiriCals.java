// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.cal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.meridian.core.calibration.CalQuery;
import org.meridian.core.calibration.CalRule;
import org.meridian.core.calibration.CalTarget;

/**
 * NIRI (FitsStorage {@code calibration_niri.py}): darks ±180 d with the exposure time within 0.01 s;
 * flats and arcs ±180 d; lamp-off flats, photometric standards and tellurics ±1 d. The detector
 * data section is recorded as the ROI setting.
 */
final class NiriCals {

    private NiriCals() {}

    /** Thermal filters whose imaging needs no flat. */
    private static final Set<String> NO_FLAT_FILTERS =
            Set.of("Lprime_G0207", "Mprime_G0208", "Bra_G0238", "Bracont_G0237", "hydrocarb_G0231");

    static final InstrumentCals CALS = new InstrumentCals(
            NiriCals::applicable,
            Map.of(
                    "dark",
                            CalRule.of(
                                    10,
                                    1,
                                    (t, p) -> Optional.of(CalQuery.of(t)
                                            .rawOrProcessed("DARK", p)
                                            .match("instrument", "detector_roi_setting", "detector_readmode_setting")
                                            .match("detector_welldepth_setting", "coadds")
                                            .tolerance("exposure_time", 0.01)
                                            .within(180))),
                    "flat",
                            CalRule.of(10, 1, (t, p) -> {
                                CalQuery q = CalQuery.of(t)
                                        .rawOrProcessed("FLAT", p)
                                        .where(
                                                "Mgrism".equals(t.text("disperser"))
                                                        ? "(o.gcal_lamp in ('IRhigh', 'IRlow', 'Off') or o.gcal_lamp like 'QH%')"
                                                        : "(o.gcal_lamp in ('IRhigh', 'IRlow') or o.gcal_lamp like 'QH%')")
                                        .match("instrument", "detector_roi_setting", "detector_welldepth_setting")
                                        .match("filter_name", "camera", "focal_plane_mask", "disperser")
                                        .within(180);
                                return Optional.of(t.spectroscopy() ? q.tolerance("central_wavelength", 0.001) : q);
                            }),
                    "arc",
                            InfraredRules.arc(
                                    180,
                                    "detector_roi_setting",
                                    "filter_name",
                                    "camera",
                                    "focal_plane_mask",
                                    "disperser"),
                    "lampoff_flat",
                            InfraredRules.lampOffFlat(
                                    10,
                                    "detector_roi_setting",
                                    "detector_welldepth_setting",
                                    "filter_name",
                                    "camera",
                                    "disperser"),
                    "photometric_standard",
                            CalRule.rawOnly(
                                    10,
                                    (t, p) -> t.spectroscopy()
                                            ? Optional.empty()
                                            : Optional.of(CalQuery.of(t)
                                                    .raw()
                                                    .observationType("OBJECT")
                                                    .spectroscopy(false)
                                                    .where("o.phot_standard")
                                                    .match("instrument", "filter_name", "camera")
                                                    .within(1))),
                    "telluric",
                            CalRule.rawOnly(
                                    10,
                                    (t, p) -> Optional.of(CalQuery.of(t)
                                            .raw()
                                            .observationType("OBJECT")
                                            .observationClass("partnerCal")
                                            .match(
                                                    "instrument",
                                                    "filter_name",
                                                    "camera",
                                                    "focal_plane_mask",
                                                    "disperser")
                                            .tolerance("central_wavelength", 0.001)
                                            .within(1))),
                    "bpm", InstrumentCals.badPixelMask()));

    static List<CalType> applicable(CalTarget t) {
        List<CalType> types = new ArrayList<>();
        String obsType = String.valueOf(t.text("observation_type"));
        boolean flatFilter = !NO_FLAT_FILTERS.contains(String.valueOf(t.text("filter_name")));
        if (obsType.equals("OBJECT") && !t.spectroscopy()) {
            types.add(CalType.PROCESSED_FLAT);
            if (t.is("observation_class", "partnerCal") && flatFilter) {
                types.add(CalType.FLAT);
            }
            if (t.is("observation_class", "science")) {
                types.add(CalType.DARK);
                if (flatFilter) {
                    types.add(CalType.FLAT);
                }
                types.add(CalType.PHOTOMETRIC_STANDARD);
            }
        }
        if (obsType.equals("FLAT") && !t.spectroscopy() && !t.is("gcal_lamp", "Off")) {
            types.add(CalType.LAMPOFF_FLAT);
        }
        if (obsType.equals("OBJECT") && t.spectroscopy()) {
            types.addAll(List.of(CalType.FLAT, CalType.ARC));
            if (t.is("observation_class", "science")) {
                types.addAll(List.of(CalType.TELLURIC, CalType.PROCESSED_FLAT));
            }
        }
        types.add(CalType.PROCESSED_BPM);
        return types;
    }
}
