// SPDX-License-Identifier: Apache-2.0
package org.meridian.dialect.gemini.cal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.meridian.core.calibration.CalQuery;
import org.meridian.core.calibration.CalRule;
import org.meridian.core.calibration.CalTarget;

/**
 * One instrument's calibration association: which types its data need (FitsStorage's {@code
 * set_applicable}, used by the calibrations pages and associated downloads) and the rule for each
 * kind it can find. A type without a rule finds nothing, as in FitsStorage.
 */
record InstrumentCals(Function<CalTarget, List<CalType>> applicability, Map<String, CalRule> rules) {

    static Optional<InstrumentCals> forInstrument(String instrument) {
        if (instrument == null) {
            return Optional.empty();
        }
        return switch (instrument) {
            case "GMOS-N", "GMOS-S" -> Optional.of(GmosCals.CALS);
            case "NIRI" -> Optional.of(NiriCals.CALS);
            case "F2" -> Optional.of(F2Cals.CALS);
            case "GNIRS" -> Optional.of(GnirsCals.CALS);
            default -> Optional.empty();
        };
    }

    List<CalType> applicable(CalTarget target) {
        // A bad pixel mask is itself a calibration and needs none, whatever the instrument (FitsStorage);
        // GMOS's own list says so as well, alongside its other exceptions.
        if (target.is("observation_type", "BPM")) {
            return List.of();
        }
        return applicability.apply(target);
    }

    Optional<CalRule> rule(CalType type) {
        return Optional.ofNullable(rules.get(type.rule()));
    }

    /** Bad pixel masks, the same rule for every instrument: the same instrument and binning, made no later than the target. */
    static CalRule badPixelMask() {
        return CalRule.of(
                1,
                1,
                (t, processed) -> Optional.of(CalQuery.of(t)
                        .rawOrProcessed("BPM", processed)
                        .match("instrument", "detector_binning")
                        .notAfter()));
    }
}
