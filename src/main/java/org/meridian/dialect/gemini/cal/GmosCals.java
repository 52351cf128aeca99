// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.cal;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meridian.core.calibration.CalQuery;
import org.meridian.core.calibration.CalRule;
import org.meridian.core.calibration.CalTarget;

/**
 * GMOS-N and GMOS-S (FitsStorage {@code calibration_gmos.py}). The archive records the
 * detector ROI name rather than the amplifier read area, and the ROI determines the area, so rules
 * that match {@code amp_read_area} match {@code detector_roi_setting}. Nod-and-shuffle counts are
 * not recorded, so darks do not match them.
 */
final class GmosCals {

    private GmosCals() {}

    /** Instrument, binning, read speed, gain and ROI: what every detector calibration shares. */
    private static final String[] DETECTOR = {
        "instrument", "detector_binning", "detector_readspeed_setting", "detector_gain_setting", "detector_roi_setting"
    };

    static final InstrumentCals CALS = new InstrumentCals(
            GmosCals::applicable,
            Map.of(
                    "bias",
                            CalRule.of(
                                    50,
                                    1,
                                    (t, p) -> Optional.of(CalQuery.of(t)
                                            .rawOrProcessed("BIAS", p)
                                            .match(DETECTOR)
                                            .within(90))),
                    "dark",
                            CalRule.of(
                                    15,
                                    1,
                                    (t, p) -> Optional.of(CalQuery.of(t)
                                            .rawOrProcessed("DARK", p)
                                            .match(DETECTOR)
                                            .tolerance("exposure_time", 50)
                                            .within(365))),
                    "flat", CalRule.of(20, 1, GmosCals::flat),
                    "arc", CalRule.of(1, 1, GmosCals::arc),
                    "fringe",
                            CalRule.of(
                                    1,
                                    1,
                                    (t, p) -> !p
                                            ? Optional.empty()
                                            : Optional.of(CalQuery.of(t)
                                                    .rawOrProcessed("FRINGE", true)
                                                    .match(
                                                            "instrument",
                                                            "detector_binning",
                                                            "detector_roi_setting",
                                                            "filter_name")
                                                    .within(365))),
                    "bpm", InstrumentCals.badPixelMask(),
                    "standard", CalRule.of(4, 1, (t, p) -> t.spectroscopy() ? specphot(t, p) : photometric(t, p)),
                    "specphot", CalRule.of(4, 1, GmosCals::specphot),
                    "photometric_standard", CalRule.of(4, 4, GmosCals::photometric),
                    "mask",
                            CalRule.rawOnly(
                                    1,
                                    (t, p) -> Optional.of(CalQuery.of(t)
                                            // The science mask name is the MASK file's data label (sic, FitsStorage).
                                            .where("o.observation_type = 'MASK' and o.instrument like 'GMOS%'")
                                            .where("o.data_label = ?", String.valueOf(t.text("focal_plane_mask")))))));

    private static Optional<CalQuery> flat(CalTarget t, boolean processed) {
        CalQuery q = CalQuery.of(t)
                .match(DETECTOR)
                .match("filter_name", "spectroscopy", "focal_plane_mask", "disperser")
                .within(180);
        if (!t.spectroscopy()) {
            // Raw imaging flats are twilight sky frames.
            return Optional.of(
                    processed
                            ? q.rawOrProcessed("FLAT", true)
                            : q.raw()
                                    .observationClass("dayCal")
                                    .observationType("OBJECT")
                                    .where("o.object = 'Twilight'"));
        }
        q.rawOrProcessed("FLAT", processed).tolerance("central_wavelength", 0.001);
        Double elevation = t.number("elevation");
        if (elevation != null) {
            // Flexure: spectroscopic flats near the science elevation and rotator angle.
            String mask = String.valueOf(t.text("focal_plane_mask"));
            Double cwave = t.number("central_wavelength");
            boolean ifu = mask.startsWith("IFU");
            boolean redOrR150 = (cwave != null && cwave > 0.55)
                    || String.valueOf(t.text("disperser")).startsWith("R150");
            double threshold = redOrR150 ? 15.0 : ifu ? 7.5 : 30.0;
            if (ifu || redOrR150) {
                q.tolerance("elevation", threshold);
            }
            if (elevation < 85) {
                q.tolerance("cass_rotator_pa", threshold / Math.cos(Math.toRadians(elevation)));
            }
        }
        return Optional.of(q);
    }

    private static Optional<CalQuery> arc(CalTarget t, boolean processed) {
        if (!t.spectroscopy()) {
            return Optional.empty();
        }
        CalQuery q = CalQuery.of(t)
                .rawOrProcessed("ARC", processed)
                .match("instrument", "disperser", "filter_name", "detector_binning", "detector_roi_setting")
                .tolerance("central_wavelength", 0.001)
                .within(365);
        // Any longslit will do for a 5.0arcsec target; otherwise the mask must be the same.
        return Optional.of(
                "5.0arcsec".equals(t.text("focal_plane_mask"))
                        ? q.where("o.focal_plane_mask like '%arcsec'")
                        : q.match("focal_plane_mask"));
    }

    /** Spectrophotometric standards: STANDARD-tagged spectra through a like slit, half a year either side. */
    private static Optional<CalQuery> specphot(CalTarget t, boolean processed) {
        if (!t.spectroscopy()) {
            return Optional.empty();
        }
        // FitsStorage's tolerance is 200 unbinned pixels of the grating's dispersion (1000 for MOS);
        // without a dispersion table use its worst case, 0.03 µm / 1200 pixels.
        double tolerance = (t.hasTag("MOS") ? 1000 : 200) * 0.03 / 1200.0;
        CalQuery q = CalQuery.of(t)
                .where("'STANDARD' = any(o.types) and o.object is distinct from 'Twilight'")
                .match("instrument", "filter_name", "disperser")
                .tolerance("central_wavelength", tolerance)
                .within(183);
        if (t.hasTag("MOS") || t.hasTag("LS")) {
            q.where("o.focal_plane_mask like '%arcsec%'");
        } else if (t.hasTag("IFU")) {
            q.where("o.focal_plane_mask like '%IFU%'");
        } else {
            q.match("focal_plane_mask");
        }
        return Optional.of(
                processed
                        ? q.rawOrProcessed("STANDARD", true)
                        : q.raw().observationType("OBJECT").spectroscopy(true));
    }

    /** Photometric standards: partnerCal OBJECT frames of a CAL program through the same filter, within a day. */
    private static Optional<CalQuery> photometric(CalTarget t, boolean processed) {
        if (processed || t.spectroscopy()) {
            return Optional.empty();
        }
        return Optional.of(CalQuery.of(t)
                .observationType("OBJECT")
                .observationClass("partnerCal")
                .where("o.program_id like 'G_-CAL%'")
                .match("instrument", "filter_name")
                .within(1));
    }

    /** FitsStorage's {@code set_applicable} for GMOS. */
    static List<CalType> applicable(CalTarget t) {
        List<CalType> types = new ArrayList<>();
        String obsType = String.valueOf(t.text("observation_type"));
        if (obsType.equals("MASK") || obsType.equals("BPM") || t.hasTag("PROCESSED_SCIENCE")) {
            return types;
        }
        boolean twilight = t.is("object", "Twilight");
        if (!obsType.equals("BIAS")
                && !obsType.equals("ARC")
                && !t.acquisition()
                && !t.is("detector_roi_setting", "Central Stamp")) {
            types.addAll(List.of(CalType.BIAS, CalType.PROCESSED_BIAS));
        }
        if (t.spectroscopy() && obsType.equals("FLAT")) {
            types.addAll(List.of(CalType.ARC, CalType.PROCESSED_ARC));
        }
        if (t.spectroscopy() && obsType.equals("OBJECT") && !twilight) {
            types.addAll(List.of(CalType.ARC, CalType.PROCESSED_ARC, CalType.FLAT, CalType.PROCESSED_FLAT));
            if (!t.hasTag("STANDARD")) {
                types.add(CalType.STANDARD);
                if (t.number("central_wavelength") != null) {
                    types.addAll(List.of(CalType.PROCESSED_STANDARD, CalType.PROCESSED_SLITILLUM, CalType.SLITILLUM));
                }
            }
        }
        if (!t.spectroscopy()
                && t.is("focal_plane_mask", "Imaging")
                && obsType.equals("OBJECT")
                && !twilight
                && !t.acquisition()) {
            types.addAll(List.of(CalType.FLAT, CalType.PROCESSED_FLAT, CalType.PROCESSED_FRINGE));
            if (t.number("central_wavelength") != null) {
                types.add(CalType.PROCESSED_STANDARD);
            }
            if (t.is("observation_class", "science")) {
                types.add(CalType.PHOTOMETRIC_STANDARD);
            }
        }
        // Nod-and-shuffle needs darks, for the old CCDs (FitsStorage: data before 2020).
        if (t.hasTag("NODANDSHUFFLE")
                && obsType.equals("OBJECT")
                && t.ut().atZone(ZoneOffset.UTC).getYear() < 2020) {
            types.addAll(List.of(CalType.DARK, CalType.PROCESSED_DARK));
        }
        if (t.hasTag("MOS")) {
            types.add(CalType.MASK);
        }
        if (t.text("detector_binning") != null) {
            types.add(CalType.PROCESSED_BPM);
        }
        return types;
    }
}
