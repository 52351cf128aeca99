// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.calselector;

import java.util.List;
import java.util.Map;
import org.meridian.core.calibration.CalRule;
import org.meridian.core.calibration.CalTarget;

/**
 * FORS2 (ESO's FORS2 calibration plan): every frame its biases, through the same binning and read
 * clock; imaging its twilight flats and the night's photometric standard through the same filter;
 * long-slit spectroscopy its screen flats, arcs and a spectrophotometric standard through the same
 * grism and slit. Masters stand for the raw frames they were made of, with a longer validity.
 */
final class Fors2Rules {

    private Fors2Rules() {}

    private static final String[] SPECTRAL_SETUP = {"disperser", "focal_plane_mask"};

    static final EsoCalRules RULES = new EsoCalRules(
            Fors2Rules::applicable,
            Map.of(
                    "bias",
                    EsoCalRules.BIAS,
                    "flat",
                    CalRule.of(
                            4,
                            1,
                            (t, p) -> imaging(t)
                                    ? EsoCalRules.frames(t, p, "FLAT,SKY", "MASTER_SKY_FLAT_IMG")
                                            .map(q -> q.match(EsoCalRules.DETECTOR)
                                                    .match("filter_name")
                                                    .within(p ? 14 : 7))
                                    : EsoCalRules.frames(t, p, "FLAT,LAMP", "MASTER_SCREEN_FLAT_LSS")
                                            .map(q -> q.match(EsoCalRules.DETECTOR)
                                                    .match(SPECTRAL_SETUP)
                                                    .within(p ? 7 : 1))),
                    "arc",
                    CalRule.rawOnly(1, (t, p) -> EsoCalRules.frames(t, false, "WAVE,LAMP", null)
                            .map(q -> q.match(EsoCalRules.DETECTOR)
                                    .match(SPECTRAL_SETUP)
                                    .within(1))),
                    "standard",
                    CalRule.rawOnly(1, (t, p) -> EsoCalRules.frames(t, false, "STD", null)
                            .map(q -> q.match(EsoCalRules.DETECTOR)
                                    .match(imaging(t) ? new String[] {"filter_name"} : SPECTRAL_SETUP)
                                    .within(1)))));

    /** FORS2 names its imaging mode IMG; anything else (LSS, MOS, MXU) is spectroscopy. */
    static boolean imaging(CalTarget t) {
        String mode = t.text("mode");
        return mode == null || mode.startsWith("IMG");
    }

    static List<String> applicable(CalTarget t) {
        String type = t.text("observation_type");
        if (type == null) {
            return List.of();
        }
        return switch (type) {
            case "OBJECT" ->
                imaging(t) ? List.of("bias", "flat", "standard") : List.of("bias", "flat", "arc", "standard");
            case "STD" -> imaging(t) ? List.of("bias", "flat") : List.of("bias", "flat", "arc");
            case "FLAT,SKY", "FLAT,LAMP", "WAVE,LAMP" -> List.of("bias");
            default -> List.of();
        };
    }
}
