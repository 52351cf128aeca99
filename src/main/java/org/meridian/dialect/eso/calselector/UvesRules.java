// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.eso.calselector;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meridian.core.calibration.CalQuery;
import org.meridian.core.calibration.CalRule;
import org.meridian.core.calibration.CalTarget;

/**
 * UVES echelle (ESO's UVES calibration plan): biases through the same binning and read speed; lamp
 * flats and ThAr arcs through the same arm (the INS MODE path) and grating central wavelength, taken
 * within a day; a flux standard of the same setting within three days. Masters: MASTER_BIAS,
 * MASTER_FLAT and the arc's LINE_TABLE.
 */
final class UvesRules {

    private UvesRules() {}

    /** The grating's central wavelength in micrometres: a setting, so equal to a picometre. */
    private static final double SAME_SETTING = 1e-6;

    static final EsoCalRules RULES = new EsoCalRules(
            UvesRules::applicable,
            Map.of(
                    "bias",
                    EsoCalRules.BIAS,
                    "flat",
                    CalRule.of(3, 1, (t, p) -> setting(EsoCalRules.frames(t, p, "LAMP,FLAT", "MASTER_FLAT"), p)),
                    "arc",
                    CalRule.of(1, 1, (t, p) -> setting(EsoCalRules.frames(t, p, "LAMP,WAVE", "LINE_TABLE"), p)),
                    "standard",
                    CalRule.rawOnly(1, (t, p) -> EsoCalRules.frames(t, false, "STD", null)
                            .map(q -> q.match("mode")
                                    .tolerance("central_wavelength", SAME_SETTING)
                                    .within(3)))));

    /** Same detector, arm and grating setting; a day for raw frames, a week for masters. */
    private static Optional<CalQuery> setting(Optional<CalQuery> frames, boolean processed) {
        return frames.map(q -> q.match(EsoCalRules.DETECTOR)
                .match("mode")
                .tolerance("central_wavelength", SAME_SETTING)
                .within(processed ? 7 : 1));
    }

    static List<String> applicable(CalTarget t) {
        String type = t.text("observation_type");
        if (type == null) {
            return List.of();
        }
        return switch (type) {
            case "OBJECT" -> List.of("bias", "flat", "arc", "standard");
            case "STD" -> List.of("bias", "flat", "arc");
            case "LAMP,FLAT", "LAMP,WAVE" -> List.of("bias");
            default -> List.of();
        };
    }
}
